package org.exampath.text;

import org.exampath.knowledge.ImagingAdvice;
import org.exampath.knowledge.Keyed;
import org.exampath.reasoning.ImagingDecision;
import org.exampath.knowledge.Urgency;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.RedFlag;

/**
 * The imaging gate's advice as every screen and the note head it: the panel, the Summary screen, the PDF, the copied
 * summary and the practice window's view of the whole case. Read from the recommendation in the light of the red-flag
 * screen (not judged until it is complete) and the loudest flag standing (not first under a soon flag, same day under
 * an emergency). Its style class is the semantic class the screens dress each level in.
 */
public enum ImagingLevel {
    NOT_INDICATED("Imaging: not indicated", "imaging-none"),
    /** "Not indicated" is a conclusion only once the red-flag screen is complete: until then it is not judged. */
    NOT_YET_JUDGED("Imaging: not judged until the red-flag screen is complete", "imaging-pending"),
    IF_NO_PROGRESS("Imaging: only if no progress", "imaging-conditional"),
    URGENT("Imaging: urgent", "imaging-urgent"),
    /** The gate's "urgent" while an emergency flag stands: same-day, on the emergency's pathway, not days to weeks. */
    EMERGENCY("Imaging: emergency, same day", "imaging-emergency"),
    /**
     * The gate's "only if no progress" while a soon flag stands and drives it: not the wait-and-see of mechanical pain
     * but the flag's own checks and review first (bloods for an infection or a malignancy), with imaging if the concern
     * persists; the rule's reason beneath names the step.
     */
    NOT_FIRST("Imaging: not first — the flag's own checks and review come first", "imaging-conditional");

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

    /**
     * The advice as it may be shown while the screen stands as it does: "not indicated" with the screen not
     * complete is {@link #NOT_YET_JUDGED}, as the lane never calls an unfinished screen negative.
     */
    public static ImagingLevel of(String recommendation, ScreenStatus screen) {
        ImagingLevel level = of(recommendation);
        return level == NOT_INDICATED && !screen.complete() ? NOT_YET_JUDGED : level;
    }

    /**
     * The advice as the headline reads it with the standing flags: "urgent" while an emergency stands is an emergency,
     * same day; "only if no progress" while a soon flag is the loudest is that flag's step first. {@code loudest}: the
     * urgency of the most pressing flag standing, a noted item not counted (null for none). The recommendation itself
     * (the exam/1 contract's three values) is unchanged.
     */
    public static ImagingLevel of(String recommendation, ScreenStatus screen, Urgency loudest) {
        ImagingLevel level = of(recommendation, screen);
        if (level == URGENT && loudest == Urgency.EMERGENCY) {
            return EMERGENCY;
        }
        if (level == IF_NO_PROGRESS && loudest == Urgency.SOON) {
            return NOT_FIRST;
        }
        return level;
    }

    /** The assessment's advice with its own screen and the loudest flag it raised (a noted item not counted). */
    public static ImagingLevel of(Assessment assessment) {
        Urgency loudest = assessment.redFlags().stream().filter(f -> !f.noted()).map(RedFlag::level)
                .min(java.util.Comparator.naturalOrder()).orElse(null);
        return of(assessment.imaging().recommendation(), ScreenStatus.of(assessment), loudest);
    }

    /** The assessment's reason beneath this headline (see {@link #reason(ImagingDecision, ScreenStatus)}). */
    public String reason(Assessment assessment) {
        return reason(assessment.imaging(), ScreenStatus.of(assessment));
    }

    /**
     * The decision's reason in the same light: while not judged, how far the screen has gone (the headline above it
     * already says imaging waits for the screen), then the rule's own guidance as what holds once the screen finds no
     * flag (the engine's screen statement is not repeated inside it).
     */
    public String reason(ImagingDecision decision, ScreenStatus screen) {
        return reason(this == NOT_YET_JUDGED ? decision.guidance() : decision.reason(), screen);
    }

    /** The rule's reason in the same light: while not judged, it is what holds once the screen finds no flag. */
    public String reason(String reason, ScreenStatus screen) {
        if (this != NOT_YET_JUDGED) {
            return screen.qualify(reason);
        }
        return "So far " + screen.count() + ". If the screen finds no flag: "
                + (reason.isEmpty() ? "" : Character.toLowerCase(reason.charAt(0)) + reason.substring(1));
    }

    public String text() {
        return text;
    }

    public String styleClass() {
        return css;
    }
}
