package org.exampath.text;

import java.util.List;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Headline;
import org.exampath.reasoning.RedFlag;
import org.exampath.reasoning.RedFlagScreen;

/**
 * The red-flag state an encounter is listed with: the flags raised under their urgency, most pressing first
 * ("urgent: malignancy, fracture"; flags at several urgencies as "emergency: cauda_equina; soon: fracture", so the
 * list can tell which urgency each stands at and count an action only for its own level or a lower one), or, with
 * none raised, whether the screen was complete; never a bare "none" while screening questions are unasked. Worked out wherever an encounter is stored (the
 * window's autosave, {@code import}) so every encounter is listed with it.
 */
public final class FlagState {
    private FlagState() {
    }

    public static String of(Assessment assessment) {
        return of(assessment.headline());
    }

    /** The red-flag state of an assessment's headline ({@link org.exampath.reasoning.Engine#headline}). */
    public static String of(Headline headline) {
        List<RedFlag> raised = headline.redFlags().stream().filter(f -> !f.noted()).toList();
        if (!raised.isEmpty()) {
            java.util.Map<String, List<String>> byUrgency = new java.util.LinkedHashMap<>();
            raised.stream().sorted(java.util.Comparator.comparing(RedFlag::level))
                    .forEach(f -> byUrgency.computeIfAbsent(f.urgency(), u -> new java.util.ArrayList<>()).add(f.id()));
            return String.join("; ", byUrgency.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList());
        }
        RedFlagScreen screen = headline.redFlagScreen();
        return screen.complete() ? "none (screen complete)"
                : "none raised; screen " + screen.asked() + " of " + screen.total() + " asked";
    }
}
