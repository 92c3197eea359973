package org.exampath.reasoning;

import java.util.List;

/**
 * The imaging gate: not_indicated, if_no_progress or urgent, with the reason as written out ({@code reason}: the
 * state of the screen or the flags it follows, then the rule's guidance) and the rule's guidance alone
 * ({@code guidance}), for a reader that states the screen in its own words.
 */
public record ImagingDecision(String recommendation, String reason, List<String> sources, String guidance) {
    public ImagingDecision {
        sources = List.copyOf(sources);
    }
}
