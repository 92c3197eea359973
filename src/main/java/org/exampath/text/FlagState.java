package org.exampath.text;

import java.util.List;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.RedFlag;
import org.exampath.reasoning.RedFlagScreen;

/**
 * The red-flag state an encounter is listed with: the most pressing urgency and the flags raised
 * ("urgent: malignancy, fracture"), or, with none raised, whether the screen was complete; never a
 * bare "none" while screening questions are unasked. Worked out wherever an encounter is stored (the
 * window's autosave, {@code import}) so every encounter is listed with it.
 */
public final class FlagState {
    private FlagState() {
    }

    public static String of(Assessment assessment) {
        List<RedFlag> raised = assessment.redFlags().stream().filter(f -> !f.noted()).toList();
        if (!raised.isEmpty()) {
            return raised.get(0).urgency() + ": " + String.join(", ", raised.stream().map(RedFlag::id).toList());
        }
        RedFlagScreen screen = assessment.redFlagScreen();
        return screen.complete() ? "none (screen complete)"
                : "none raised; screen " + screen.asked() + " of " + screen.total() + " asked";
    }
}
