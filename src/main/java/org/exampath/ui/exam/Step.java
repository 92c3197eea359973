package org.exampath.ui.exam;

/** The exam flow, in order; Ctrl+1..5 reach them. */
public enum Step {
    HISTORY("History mapping"),
    PALPATION("Palpation"),
    STRENGTH("Rotation strength"),
    NERVE("Nerve-bias tests"),
    SUMMARY("Summary");

    private final String title;

    Step(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The step where a finding is recorded, from the knowledge base's step names. */
    public static Step of(String findingStep) {
        return switch (findingStep) {
            case "observation", "palpation" -> PALPATION;
            case "strength", "neuro" -> STRENGTH;
            case "nerve", "provocation" -> NERVE;
            default -> HISTORY;
        };
    }
}
