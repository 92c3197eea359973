package org.exampath;

import org.exampath.domain.Exam;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Engine;
import org.exampath.reasoning.Headline;
import org.exampath.store.ListedSummary;
import org.exampath.text.FlagState;

/**
 * The encounter list's summary of an assessment: the working diagnosis the window shows (none while an emergency holds
 * it back) and the red-flag state ({@link FlagState}). Part of the composition root, which gives the stores {@link #by}:
 * they list the exam they store, not the one a stale window sent, and depend on neither the engine nor the text package
 * (which may not reach the store seam).
 */
public final class ListedSummaries {
    private ListedSummaries() {
    }

    public static ListedSummary of(Assessment assessment) {
        return of(assessment.headline());
    }

    /** The summary of an assessment's headline (the part of it a list shows). */
    public static ListedSummary of(Headline headline) {
        String flags = FlagState.of(headline);
        return headline.shownLeading().map(h -> new ListedSummary(h.id(), h.probability(), flags))
                .orElseGet(() -> new ListedSummary(null, null, flags));
    }

    /**
     * The summariser of {@code engine}'s assessment of an exam, at a follow-up against the last visit's exam. It works out
     * only the headline ({@link Engine#headline}): a store runs it inside every save's transaction, and the next tests a
     * whole assessment ranks cost several times as much.
     */
    public static ListedSummary.Summariser by(Engine engine) {
        String version = engine.knowledge().version();
        return new ListedSummary.Summariser() {
            @Override
            public ListedSummary of(Exam exam, Exam lastVisit) {
                return ListedSummaries.of(engine.headline(exam, lastVisit));
            }

            @Override
            public String knowledgeVersion() {
                return version;
            }
        };
    }
}
