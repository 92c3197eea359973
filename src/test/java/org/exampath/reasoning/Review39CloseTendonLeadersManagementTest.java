package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 39, finding 4: while two load hypotheses are level (no clear leader, policy closeShare), the named load driver
 * still carries only the first one's own management line, so the advice picks the diagnosis the summary says cannot
 * be picked yet (ADR 0011's own argument, one level down).
 */
class Review39CloseTendonLeadersManagementTest {
    @Test
    void levelTendonLeadersDoNotGetOnlyTheFirstOnesAdvice() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(45, Sex.FEMALE)
                .yes("history.region.lateral_hip", "history.region.lower_medial_buttock")
                .is("provocation.modified_bent_knee_stretch", "positive").exam());
        List<String> close = HypothesisResult.closeLeaders(a.hypotheses(), TestKnowledge.SHIPPED.policy().closeShare())
                .stream().map(HypothesisResult::id).toList();
        assertEquals(List.of("gluteal_tendinopathy", "proximal_hamstring_tendinopathy"), close, "the two close leaders");
        String management = a.driver().management();
        boolean glutealLine = management.contains("Gluteal tendinopathy:");
        boolean hamstringLine = management.contains("Proximal hamstring tendinopathy:");
        assertFalse(glutealLine && !hamstringLine, "gluteal " + a.hypotheses().get(0).probability() + " and hamstring "
                + a.hypotheses().get(1).probability() + " are level (no clear leader), yet the " + a.driver().id()
                + " driver's advice gives only the gluteal tendon's line: " + management);
    }
}
