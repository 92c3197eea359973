package org.exampath.ui.hypotheses;

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
        return switch (recommendation) {
            case "urgent" -> URGENT;
            case "if_no_progress" -> IF_NO_PROGRESS;
            default -> NOT_INDICATED;
        };
    }

    public String text() {
        return text;
    }

    public String styleClass() {
        return css;
    }
}
