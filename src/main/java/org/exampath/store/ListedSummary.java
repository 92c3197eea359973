package org.exampath.store;

import org.exampath.domain.Exam;

/**
 * What the encounter list shows of an exam beside its label and date: the leading hypothesis and its probability (both
 * null while an emergency holds the working diagnosis back) and the red-flag state ({@code "urgent: malignancy"}, or
 * whether the screen is complete). A store writes it for the exam it stores, which after a merge with a colleague's
 * save is not the exam the saving window sent (ADR 4); the window sends none.
 */
public record ListedSummary(String leading, Double leadingProbability, String flags) {
    /** Nothing worked out: the list says the flags were "not recorded" rather than name those of another exam. */
    public static final ListedSummary NOT_WORKED_OUT = new ListedSummary(null, null, null);

    /**
     * Works the summary out from an exam; {@code lastVisit} is the exam of the visit it follows up (null for a first
     * visit), from which the engine derives progression. Built at the composition root from the engine, so neither store
     * depends on the reasoning package.
     */
    @FunctionalInterface
    public interface Summariser {
        ListedSummary of(Exam exam, Exam lastVisit);

        /**
         * The knowledge version the summaries are worked out under. A store records it with each summary it writes and
         * works out again those recorded under another version; null (a summariser of no known knowledge) leaves every
         * summary as it is.
         */
        default String knowledgeVersion() {
            return null;
        }
    }
}
