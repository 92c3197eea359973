package org.exampath.text;

import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;

/**
 * Whether the figures are still starting estimates: nothing recorded beyond the patient's age and sex has lifted any
 * hypothesis (the rule by which the engine names a pain driver; a finding that only lowers one, such as pain on one
 * side for spinal stenosis, leaves the rest at their starting figures). Until something has, no hypothesis is named
 * as leading, alone or in a close call.
 */
public final class StartingEstimates {

    private StartingEstimates() {
    }

    /** No hypothesis of {@code assessment} has been lifted by anything but age and sex. */
    public static boolean only(Assessment assessment) {
        return assessment.hypotheses().stream().noneMatch(HypothesisResult::liftedByTheExam);
    }
}
