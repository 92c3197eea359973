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

    /** The leading hypothesis's probability (only the imaging gate asks). */
    default double leadingProbability() {
        return 0;
    }

    /** How many physical-exam findings are recorded (only the imaging gate asks). */
    default int physicalTestsRecorded() {
        return 0;
    }
}
