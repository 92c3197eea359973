package org.exampath.ui.common;

import java.nio.file.Path;
import org.exampath.domain.Exam;

/**
 * One snapshot to store: which exam shown it belongs to (its generation, and its encounter once
 * known), the label (null when it breaks the rule) and the exam; no summary for the list, which the store works out
 * from the exam it stores (ADR 4).
 */
record PendingSave(long generation, Long encounter, String label, String labelProblem, Exam exam,
                   Long previousId, Exam carried, String createKey, Path copy, Exam opened,
                   String clinician) {
    /** The same snapshot, now known to go to encounter {@code id}. */
    PendingSave in(long id) {
        return new PendingSave(generation, id, label, labelProblem, exam, previousId, carried, createKey, copy, opened, clinician);
    }
}
