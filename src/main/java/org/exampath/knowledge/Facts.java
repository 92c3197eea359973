package org.exampath.knowledge;

import java.util.Set;
import org.exampath.domain.FindingValue;

/** What a rule may ask about: recorded findings and, for the imaging gate, the rest of the assessment. */
public interface Facts {
    /** The recorded value, or null when the finding was not asked or not tested. */
    FindingValue value(String id);

    /** Whether a red flag of one of these urgencies is raised (only the imaging gate asks). */
    default boolean flagRaised(Set<String> urgencies) {
        return false;
    }

    /** Whether the red flag with this id is raised, at any urgency (only the imaging gate asks). */
    default boolean flagRaised(String id) {
        return false;
    }

    /** Whether the red flag with this id is raised at one of these urgencies (only the imaging gate asks). */
    default boolean flagRaised(String id, Set<String> urgencies) {
        return false;
    }

    /** The leading hypothesis's probability (only the imaging gate asks). */
    default double leadingProbability() {
        return 0;
    }

    /**
     * How many informative physical tests are recorded (only the imaging gate asks): physical-exam findings that a
     * likelihood-ratio row reads, whatever their result. A neutral test (no row for any hypothesis, such as Freiberg's
     * sign or an upper motor neurone sign) cannot move the working diagnosis and is not counted.
     */
    default int informativeTestsRecorded() {
        return 0;
    }
}
