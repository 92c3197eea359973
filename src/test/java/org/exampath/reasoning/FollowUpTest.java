package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * The pain's duration moves forward by the days since the last visit, rounded to the nearest week as a duration
     * typed in days is stored, and no further than the form takes; nothing else moves.
     */
    @Test
    void movesThePainsDurationForwardByTheWeeksSinceTheLastVisit() {
        Exam start = Exams.of().count("history.duration_weeks", 2).count("history.nrs_now", 7).exam();
        assertEquals(Exams.of().count("history.duration_weeks", 8).count("history.nrs_now", 7).exam(), followUp.movedForward(start, 42));
        assertEquals(3, ((org.exampath.domain.FindingValue.Count) followUp.movedForward(start, 10).value("history.duration_weeks")).value());
        assertEquals(3, ((org.exampath.domain.FindingValue.Count) followUp.movedForward(start, 4).value("history.duration_weeks")).value());
        assertEquals(start, followUp.movedForward(start, 3), "under half a week: as it was");
        assertEquals(start, followUp.movedForward(start, 0));
        assertEquals(1040, ((org.exampath.domain.FindingValue.Count) followUp.movedForward(
                Exams.of().count("history.duration_weeks", 1030).exam(), 700).value("history.duration_weeks")).value(),
                "no further than the form's largest value");
        Exam none = Exams.of().count("history.nrs_now", 7).exam();
        assertEquals(none, followUp.movedForward(none, 42), "a duration not recorded stays not recorded");
    }

    /**
     * Moved from where it was entered: the value entered plus the whole time since, rounded once; never below the value
     * the follow-up carries, and left alone when that value is not carried over from the entry (entered again since).
     */
    @Test
    void movesThePainsDurationForwardFromTheVisitThatEnteredIt() {
        String id = "history.duration_weeks";
        var three = new org.exampath.domain.FindingValue.Count(3);
        Exam carried = Exams.of().count(id, 3).exam();
        assertEquals(Exams.of().count(id, 4).exam(), followUp.movedForwardFrom(carried, id, three, 9), "9 days: one week more");
        Exam movedBefore = Exams.of().count(id, 6).exam();
        assertEquals(movedBefore, followUp.movedForwardFrom(movedBefore, id, three, 9), "a value moved further before stands");
        Exam retyped = Exams.of().count(id, 2).exam();
        assertEquals(retyped, followUp.movedForwardFrom(retyped, id, three, 30), "2 is not carried from 3: as it is");
        Exam pain = Exams.of().count("history.nrs_now", 3).exam();
        assertEquals(pain, followUp.movedForwardFrom(pain, "history.nrs_now", three, 30), "only a duration in weeks moves");
    }

    @Test
    void aDurationMovedForwardIsStillCarriedOverButAShorterOneIsNot() {
        var two = new org.exampath.domain.FindingValue.Count(2);
        var eight = new org.exampath.domain.FindingValue.Count(8);
        assertTrue(FollowUp.carries("history.duration_weeks", two, eight));
        assertTrue(FollowUp.carries("history.duration_weeks", two, two));
        assertFalse(FollowUp.carries("history.duration_weeks", eight, two));
        assertFalse(FollowUp.carries("history.nrs_now", two, eight), "only a duration moves on by itself");
        assertFalse(FollowUp.carries("history.duration_weeks", null, eight));
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
