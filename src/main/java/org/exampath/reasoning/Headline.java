package org.exampath.reasoning;

import java.util.List;
import java.util.Optional;
import org.exampath.knowledge.Urgency;

/**
 * What an encounter list shows of an assessment: the leading hypothesis, the red flags raised (most pressing first) and
 * the state of the red-flag screen. {@link Engine#headline} works it out without the rest of an assessment;
 * {@link Assessment#headline} takes it from a whole one, and both give the same for the same exams.
 */
public record Headline(HypothesisResult leading, List<RedFlag> redFlags, RedFlagScreen redFlagScreen) {
    public Headline {
        redFlags = List.copyOf(redFlags);
    }

    /**
     * The leading hypothesis as it may be shown or listed: none while an emergency holds the working diagnosis back, so
     * no list names a diagnosis the window withholds.
     */
    public Optional<HypothesisResult> shownLeading() {
        boolean emergency = !redFlags.isEmpty() && redFlags.get(0).level() == Urgency.EMERGENCY;
        return emergency ? Optional.empty() : Optional.of(leading);
    }
}
