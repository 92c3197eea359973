package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.knowledge.Urgency;
import org.junit.jupiter.api.Test;

/**
 * Red-flag paths that mutation testing showed no test held. The engine is built afresh from the knowledge
 * files in each test, so the loader and the lane's construction are checked too, not only a shared engine.
 */
class RedFlagLaneEdgesTest {

    private static Engine fresh() {
        return new Engine(KnowledgeLoader.fromClasspath());
    }

    private static RedFlag only(Assessment a) {
        assertEquals(1, a.redFlags().size(), a.redFlags().toString());
        return a.redFlags().get(0);
    }

    /**
     * Weakness in two myotomes is urgent with its own action (referral and MRI), and its checks first ask
     * whether the weakness or numbness is growing: a yes reaches the level above, same urgency, another action.
     */
    @Test
    void twoWeakMyotomesTakeTheirOwnActionAndAskWhetherTheWeaknessIsGrowing() {
        RedFlag flag = only(fresh().assess(Exams.of().is("neuro.myotome.L4", "weak").is("neuro.myotome.L5", "weak").exam()));
        assertEquals("progressive_neuro_deficit", flag.id());
        assertEquals(Urgency.URGENT, flag.level());
        assertTrue(flag.serious());
        assertTrue(flag.action().startsWith("Urgent specialist referral and MRI"), flag.action());
        assertEquals(List.of("redflag.progressive_weakness", "redflag.progressive_numbness"), flag.checks().subList(0, 2));
        assertTrue(flag.checks().contains("redflag.bilateral_leg_symptoms"), "the one answer that would make it cauda equina");
    }

    /** One weak myotome, not yet asked whether it grows: "soon", not serious. */
    @Test
    void oneWeakMyotomeIsSoonAndNotSerious() {
        RedFlag flag = only(fresh().assess(Exams.of().is("neuro.myotome.L5", "weak").exam()));
        assertEquals(Urgency.SOON, flag.level());
        assertFalse(flag.serious());
    }

    /**
     * No hop or single-leg stand for a runner with three weeks of pain until gait and hip rotation are checked:
     * one answer (an antalgic gait) would make a femoral-neck stress fracture urgent. Once months of pain and no
     * running (and no significant trauma or contusion) put every such level out of reach of one answer, the single-leg stand is offered again (the hop
     * test itself moves no probability, so it is never ranked).
     */
    @Test
    void theSingleLegStandWaitsWhileAStressFractureIsOneAnswerAwayAndIsOfferedOnceOutOfReach() {
        Engine engine = fresh();
        Exam runner = Exams.of().patient(30, Sex.FEMALE).yes("history.aggravator.running").count("history.duration_weeks", 3).exam();
        List<String> next = engine.rankNextTests(runner).stream().map(NextTest::finding).toList();
        assertFalse(next.contains("provocation.single_leg_stance_30s"), next.toString());
        assertFalse(next.contains("provocation.trendelenburg_sign"), next.toString());
        Exam settled = Exams.of().patient(30, Sex.MALE).no("history.aggravator.running", "redflag.major_trauma", "redflag.contusion")
                .count("history.duration_weeks", 40)
                .is("history.onset", "gradual_no_cause").exam();
        assertTrue(engine.rankNextTests(settled).stream().anyMatch(t -> t.finding().equals("provocation.single_leg_stance_30s")));
    }

    /**
     * Both sides affected, the both-legs question unasked, and every other cauda equina question answered no:
     * cauda equina stands (urgent) only while progressive weakness is unasked. A yes to it with ten weeks of
     * symptoms moves the concern to the progressive deficit (urgent), which asks the one question that would
     * make it the cauda equina emergency. So a yes keeps the most pressing urgency, not each flag's.
     */
    @Test
    void aYesCanMoveTheConcernFromOneFlagToAnotherAtTheSameUrgency() {
        Engine engine = fresh();
        Exam exam = Exams.of().side(Side.BILATERAL).yes("history.region.below_knee")
                .no("redflag.saddle_anaesthesia", "redflag.bladder_bowel_change", "redflag.sexual_dysfunction_new",
                        "redflag.progressive_numbness")
                .is("neuro.sensation.saddle", "normal").count("history.duration_weeks", 10).exam();
        assertEquals(Map.of("cauda_equina", Urgency.URGENT), urgencies(engine.assess(exam)));
        Assessment after = engine.assess(exam.with("redflag.progressive_weakness", FindingValue.Flag.YES));
        assertEquals(Map.of("progressive_neuro_deficit", Urgency.URGENT), urgencies(after));
        assertTrue(after.redFlags().get(0).checks().contains("redflag.bilateral_leg_symptoms"), after.redFlags().get(0).checks().toString());
    }

    private static Map<String, Urgency> urgencies(Assessment a) {
        Map<String, Urgency> out = new TreeMap<>();
        a.redFlags().forEach(f -> out.put(f.id(), f.level()));
        return out;
    }

    /**
     * Symptoms in both legs with the rest of the cauda equina screen unasked: urgent, and its checks are the
     * unasked screen questions, each asked once although every one of them would also make it the emergency.
     */
    @Test
    void bothLegsAloneAskTheRestOfTheCaudaEquinaScreenOnce() {
        RedFlag flag = only(TestKnowledge.ENGINE.assess(Exams.of().yes("redflag.bilateral_leg_symptoms").exam()));
        assertEquals(Urgency.URGENT, flag.level());
        assertTrue(flag.checks().containsAll(List.of("redflag.saddle_anaesthesia", "redflag.bladder_bowel_change",
                "redflag.sexual_dysfunction_new", "neuro.sensation.saddle")), flag.checks().toString());
        assertEquals(new java.util.LinkedHashSet<>(flag.checks()).size(), flag.checks().size(), flag.checks().toString());
    }

    /** Night pain in a 30-year-old is noted; the "no" to "no better with care" is never named as what raised it. */
    @Test
    void aNoIsNeverNamedAmongTheFindingsThatRaisedAFlag() {
        RedFlag flag = only(TestKnowledge.ENGINE.assess(Exams.of().patient(30, Sex.FEMALE).yes("redflag.night_pain_unrelieved")
                .no("redflag.no_better_with_care").exam()));
        assertEquals("low_value_items", flag.id());
        assertEquals(List.of("redflag.night_pain_unrelieved"), flag.findings());
    }

    /**
     * A noted item (age over 50 alone) is no red flag: the imaging reason still says how much of the screen
     * was asked before serious pathology may be ruled out.
     */
    @Test
    void aNotedItemAloneLeavesTheScreenStatementInTheImagingReason() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(55, Sex.MALE).exam());
        assertEquals("low_value_items", only(a).id());
        assertTrue(a.imaging().reason().startsWith(ImagingGate.noFlagStatement(a.redFlagScreen())), a.imaging().reason());
    }

    /**
     * Fever with nothing else asked is urgent because the duration and severity are unknown: its checks ask
     * for exactly those, each of which, once recorded, may lower it.
     */
    @Test
    void feverAloneAsksForTheDurationAndSeverityItStandsOn() {
        RedFlag flag = only(TestKnowledge.ENGINE.assess(Exams.of().yes("redflag.fever_or_unwell").exam()));
        assertEquals(Urgency.URGENT, flag.level());
        assertTrue(flag.checks().containsAll(List.of("history.nrs_now", "history.nrs_worst", "history.duration_weeks",
                "redflag.constant_severe_pain")), flag.checks().toString());
    }

    /**
     * At a follow-up, a myotome that was normal and is now weak raises the progressive deficit as a derived flag
     * naming that myotome; nothing is derived without a previous visit, with no change, or when the clinician
     * entered the progression themselves.
     */
    @Test
    void aNewWeaknessSinceTheLastVisitRaisesADerivedProgressiveFlag() {
        Engine engine = fresh();
        Exam last = Exams.of().is("neuro.myotome.L5", "normal").exam();
        Exam now = Exams.of().is("neuro.myotome.L5", "weak").exam();
        RedFlag flag = only(engine.assess(now, last));
        assertEquals("progressive_neuro_deficit", flag.id());
        assertEquals(Urgency.URGENT, flag.level());
        assertTrue(flag.derived());
        assertEquals(List.of("neuro.myotome.L5"), flag.derivedFrom());
        assertEquals(engine.assess(now), engine.assess(now, null));
        assertEquals(engine.assess(now), engine.assess(now, now));
        Exam entered = now.with("redflag.progressive_weakness", FindingValue.Flag.YES);
        RedFlag own = only(engine.assess(entered, last));
        assertEquals(Urgency.URGENT, own.level());
        assertFalse(own.derived(), "the clinician's own yes is not inferred");
    }
}
