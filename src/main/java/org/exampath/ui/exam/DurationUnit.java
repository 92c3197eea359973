package org.exampath.ui.exam;

/**
 * How a duration is typed: the clinician may give days, weeks or months; the exam stores whole
 * weeks ({@code history.duration_weeks}). A month is 52/12 weeks; results round to the nearest week.
 */
enum DurationUnit {
    DAYS("days", 1.0 / 7),
    WEEKS("weeks", 1.0),
    MONTHS("months", 52.0 / 12);

    private final String label;
    private final double weeks;

    DurationUnit(String label, double weeks) {
        this.label = label;
        this.weeks = weeks;
    }

    String label() {
        return label;
    }

    int toWeeks(int amount) {
        return (int) Math.round(amount * weeks);
    }

    /** Findings stored in weeks take a unit choice on the form. */
    static boolean appliesTo(String findingId) {
        return findingId.endsWith("_weeks");
    }
}
