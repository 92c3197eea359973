package org.exampath.ui.hypotheses;

import org.exampath.knowledge.ImagingAdvice;
import org.exampath.knowledge.Keyed;

/** The imaging gate's advice, read from the knowledge base's words in one place. */
public enum ImagingLevel {
    NOT_INDICATED("Imaging: not indicated", "imaging-none"),
    IF_NO_PROGRESS("Imaging: only if no progress", "imaging-conditional"),
    URGENT("Imaging: urgent", "imaging-urgent");

    private final String text;
    private final String css;

    ImagingLevel(String text, String css) {
        this.text = text;
        this.css = css;
    }

    public static ImagingLevel of(String recommendation) {
        ImagingAdvice advice = Keyed.find(ImagingAdvice.class, recommendation);
        if (advice == null) {
            throw new IllegalArgumentException("unknown imaging recommendation " + recommendation);
        }
        return switch (advice) {
            case URGENT -> URGENT;
            case IF_NO_PROGRESS -> IF_NO_PROGRESS;
            case NOT_INDICATED -> NOT_INDICATED;
        };
    }

    public String text() {
        return text;
    }

    public String styleClass() {
        return css;
    }
}
