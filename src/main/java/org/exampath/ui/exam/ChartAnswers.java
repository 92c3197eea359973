package org.exampath.ui.exam;

import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;

/**
 * The one rule the body chart and its keyboard checklist share for a region taken back: the chart is
 * complete only when every region has an answer, and only then is a region taken back pain-free; otherwise
 * it goes back to not asked (a question not asked is never recorded negative).
 */
final class ChartAnswers {
    private final List<String> regionIds;

    ChartAnswers(List<FindingDefinition> regions) {
        this.regionIds = regions.stream().map(FindingDefinition::id).toList();
    }

    /** Every region answered (painful or pain-free); one "no" among regions never asked is not a finished chart. */
    boolean complete(Exam exam) {
        return !regionIds.isEmpty() && regionIds.stream().allMatch(id -> exam.value(id) != null);
    }

    /** What a region marked painful becomes when taken back: pain-free on a complete chart, else not asked (null). */
    FindingValue takenBack(Exam exam) {
        return complete(exam) ? FindingValue.Flag.NO : null;
    }
}
