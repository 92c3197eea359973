package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.junit.jupiter.api.Test;

/** The follow-up comparison: what changed, and new or growing deficits. */
class FollowUpTest {
    private final FollowUp followUp = new FollowUp(TestKnowledge.SHIPPED);

    @Test
    void startsFromTheLastVisitWithoutItsRedFlagAnswers() {
        Exam last = Exams.of().is("nerve.slump", "positive").no("redflag.cancer_history").exam();
        Exam start = followUp.startFrom(last);
        assertEquals(Exams.of().is("nerve.slump", "positive").exam(), start);
    }

    @Test
    void listsWhatChanged() {
        Exam last = Exams.of().is("nerve.slump", "positive").count("history.nrs_now", 7).exam();
        Exam now = Exams.of().is("nerve.slump", "negative").count("history.nrs_now", 7).yes("history.quality.burning").exam();
        assertEquals(List.of(new FollowUp.Change("history.quality.burning", null, org.exampath.domain.FindingValue.Flag.YES),
                new FollowUp.Change("nerve.slump", new org.exampath.domain.FindingValue.Choice("positive"),
                        new org.exampath.domain.FindingValue.Choice("negative"))), followUp.changes(last, now));
    }

    @Test
    void newWeaknessOrNumbnessIsProgression() {
        Exam last = Exams.of().is("neuro.myotome.L5", "normal").strength("strength.hip_abduction", 5, "none")
                .is("neuro.sensation.S1", "normal").exam();
        Exam now = Exams.of().is("neuro.myotome.L5", "weak").strength("strength.hip_abduction", 5, "none")
                .is("neuro.sensation.S1", "reduced").exam();
        assertEquals(Map.of("redflag.progressive_weakness", List.of("neuro.myotome.L5"),
                "redflag.progressive_numbness", List.of("neuro.sensation.S1")), followUp.progression(last, now));
        Exam weaker = Exams.of().strength("strength.hip_abduction", 3, "none").exam();
        assertEquals(List.of("strength.hip_abduction"),
                followUp.progression(Exams.of().strength("strength.hip_abduction", 4, "none").exam(), weaker)
                        .get("redflag.progressive_weakness"));
        assertEquals(List.of("history.quality.numbness"),
                followUp.progression(Exams.of().no("history.quality.numbness").exam(), Exams.of().yes("history.quality.numbness").exam())
                        .get("redflag.progressive_numbness"));
        // numbness the last visit never asked about has an unknown course: not growing
        assertEquals(Map.of(), followUp.progression(Exams.of().exam(), Exams.of().yes("history.quality.numbness").exam()));
    }

    @Test
    void improvementIsNotProgression() {
        Exam last = Exams.of().is("neuro.reflex.ankle", "absent").strength("strength.knee_flexion", 3, "pain").exam();
        Exam now = Exams.of().is("neuro.reflex.ankle", "reduced").strength("strength.knee_flexion", 4, "pain").exam();
        assertFalse(followUp.progression(last, now).containsKey("redflag.progressive_weakness"));
    }

    @Test
    void anEarlierVisitsFlagsAreCarriedWithTheirUrgency() {
        Exam last = Exams.of().yes("redflag.saddle_anaesthesia").exam();
        List<RedFlag> earlier = followUp.earlierFlags(last);
        assertEquals(List.of("cauda_equina"), earlier.stream().map(RedFlag::id).toList());
        assertEquals("emergency", earlier.get(0).urgency());
        // the follow-up re-asks the screen, but the earlier flag is still there to show
        assertEquals(List.of(), TestKnowledge.ENGINE.assess(followUp.startFrom(last)).redFlags());
        assertEquals(List.of(), followUp.earlierFlags(Exams.of().no("redflag.saddle_anaesthesia").exam()));
    }
}
