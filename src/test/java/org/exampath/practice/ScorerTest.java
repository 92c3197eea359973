package org.exampath.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;

/** Scoring on hand-computed examples. */
class ScorerTest {
    private final Scorer scorer = new Scorer(TestKnowledge.ENGINE);

    private static PracticeCase hamstringCase() {
        return new PracticeCase("pht", "Hamstring", "A runner.", List.of("Point one."),
                Exams.of().yes("history.region.lower_medial_buttock").is("palpation.ischial_tuberosity", "familiar")
                        .is("provocation.modified_bent_knee_stretch", "positive").is("provocation.bent_knee_stretch", "positive").exam(),
                new PracticeCase.Expect(Set.of("proximal_hamstring_tendinopathy"), Set.of(), true, Set.of("not_indicated"), Set.of()));
    }

    @Test
    void aGoodAnswerWithProbabilitiesGetsItsBrierScore() {
        PracticeSession s = new PracticeSession(hamstringCase());
        s.ask("history.region.lower_medial_buttock");
        askWholeScreen(s);
        s.ask("provocation.modified_bent_knee_stretch");
        Feedback f = scorer.score(s, new Answer(List.of("proximal_hamstring_tendinopathy", "deep_gluteal_syndrome"),
                Map.of("proximal_hamstring_tendinopathy", 0.7, "deep_gluteal_syndrome", 0.2), Set.of(), "not_indicated", Set.of()));
        // Brier over the 10 hypotheses: (0.7 - 1)^2 + 0.2^2 = 0.13, divided by 10 = 0.013
        assertEquals(0.013, f.brier(), 1e-12);
        assertTrue(f.leadingCorrect());
        assertTrue(f.imagingCorrect());
        assertEquals(List.of(), f.missedFlags());
        assertEquals(List.of("provocation.modified_bent_knee_stretch"), f.testsUsed());
        assertEquals(40 + 30 + 15 + (f.onPath().size() == 1 ? 15 : 0), f.score());
    }

    private static void askWholeScreen(PracticeSession s) {
        TestKnowledge.SHIPPED.findingsOfStep("redflag").forEach(d -> s.ask(d.id()));
    }

    @Test
    void aSkippedScreenIsToldAndLosesTheFlagShareEvenWithNoFlagInTheCase() {
        PracticeSession s = new PracticeSession(hamstringCase());
        s.ask("redflag.cancer_history");
        s.ask("redflag.fever_or_unwell");
        s.ask("provocation.modified_bent_knee_stretch");
        Answer answer = new Answer(List.of("proximal_hamstring_tendinopathy"), Map.of(), Set.of(), "not_indicated", Set.of());
        Feedback f = scorer.score(s, answer);
        int total = TestKnowledge.SHIPPED.findingsOfStep("redflag").size();
        assertEquals(total, f.screenTotal());
        assertEquals(total - 2, f.screenUnasked().size());
        assertFalse(f.screenUnasked().contains("redflag.cancer_history"));
        assertEquals(List.of(), f.missedFlags(), "no flag in the case to miss");
        assertFalse(f.flagsEarned(), "2 of the screen's questions cannot earn 'all seen'");
        assertEquals(30 + 15 + (f.onPath().size() == 1 ? 15 : 0), f.score(), "the red-flag share is lost");

        askWholeScreen(s);
        Feedback complete = scorer.score(s, answer);
        assertTrue(complete.screenComplete());
        assertTrue(complete.flagsEarned());
        assertEquals(f.score() + 40, complete.score());
    }

    @Test
    void aFlagTickedWithoutAskingTheQuestionThatShowsItIsNotEarned() {
        PracticeCase c = new PracticeCase("ces", "CES", "v", List.of(),
                Exams.of().patient(45, org.exampath.domain.Sex.MALE).yes("redflag.saddle_anaesthesia").exam(),
                new PracticeCase.Expect(Set.of(), Set.of("cauda_equina"), false, Set.of("urgent"), Set.of()));
        PracticeSession s = new PracticeSession(c);
        TestKnowledge.SHIPPED.findingsOfStep("redflag").stream().map(d -> d.id())
                .filter(id -> !id.equals("redflag.saddle_anaesthesia")).forEach(s::ask);
        Feedback f = scorer.score(s, new Answer(List.of("lumbar_radicular"), Map.of(), Set.of("cauda_equina"), "urgent", Set.of()));
        assertEquals(List.of(), f.missedFlags(), "the flag was ticked");
        assertEquals(List.of("redflag.saddle_anaesthesia"), f.relevantUnasked(), "but the question that shows it was never asked");
        assertFalse(f.flagsEarned());
    }

    @Test
    void aTestWhoseFamilyIsAnsweredAddsNothing() {
        PracticeSession s = new PracticeSession(hamstringCase());
        s.ask("provocation.modified_bent_knee_stretch");
        s.ask("provocation.bent_knee_stretch");
        s.ask("provocation.long_stride_walk");
        Feedback f = scorer.score(s, new Answer(List.of("proximal_hamstring_tendinopathy"), Map.of(), Set.of(), "not_indicated", Set.of()));
        assertEquals(List.of("provocation.bent_knee_stretch"), f.addedNothing());
        assertNull(f.brier(), "no probabilities, no calibration");
        assertEquals(3, f.testsUsed().size());
    }

    @Test
    void aMissedRedFlagTheStudentFoundKeepsAQuarterOfItsShareAndTheEmergencyIsTheWorkingDiagnosis() {
        // a man with only saddle numbness: radicular and referred tie at their 20% priors; ties go by id
        PracticeCase c = new PracticeCase("ces", "CES", "v", List.of(),
                Exams.of().patient(45, org.exampath.domain.Sex.MALE).yes("redflag.saddle_anaesthesia").exam(),
                new PracticeCase.Expect(Set.of(), Set.of("cauda_equina"), false, Set.of("urgent"), Set.of()));
        PracticeSession s = new PracticeSession(c);
        s.ask("redflag.saddle_anaesthesia");
        Feedback f = scorer.score(s, new Answer(List.of("lumbar_radicular"), Map.of(), Set.of("malignancy"), "not_indicated", Set.of()));
        assertEquals(List.of("cauda_equina"), f.missedFlags());
        assertEquals(List.of("malignancy"), f.extraFlags());
        assertFalse(f.imagingCorrect());
        assertEquals(Map.of("cauda_equina", List.of("redflag.saddle_anaesthesia")), f.foundFlags(), "the student asked the question that shows it");
        assertEquals(Scorer.FOUND_NOT_NAMED - Scorer.OVER_CALLED, f.flagPoints(), "found but not named: 10 of 40, less 5 for malignancy called");
        assertEquals(List.of("malignancy"), f.namedWithoutImaging(), "malignancy named, yet no imaging chosen");
        assertFalse(f.leadingCorrect(), "the panel holds the working diagnosis back: the emergency is the answer, and it was not named");
        assertEquals(5, f.score(), "no imaging share and no test share (an emergency not named)");
    }

    @Test
    void unremarkableFindingsRevealNothing() {
        PracticeSession s = new PracticeSession(hamstringCase());
        assertNull(s.ask("nerve.slump"));
        assertFalse(s.revealed().has("nerve.slump"));
        assertTrue(s.hasAsked("nerve.slump"));
    }

    private static PracticeCase caudaEquinaCase() {
        return new PracticeCase("ces2", "CES", "v", List.of(),
                Exams.of().patient(47, org.exampath.domain.Sex.MALE).yes("redflag.saddle_anaesthesia")
                        .yes("redflag.bladder_bowel").is("neuro.sensation.saddle", "reduced").is("nerve.slr", "positive")
                        .is("nerve.slump", "positive").exam(),
                new PracticeCase.Expect(Set.of(), Set.of("cauda_equina"), false, Set.of("urgent"), Set.of()));
    }

    @Test
    void anEmergencyInTheUncoveredHistoryEndsTheEnginesPathAndAConfirmingCheckStaysOnIt() {
        PracticeSession s = new PracticeSession(caudaEquinaCase());
        askWholeScreen(s);
        s.ask("neuro.sensation.saddle");
        s.ask("nerve.slr");
        Feedback f = scorer.score(s, new Answer(List.of("lumbar_radicular"), Map.of(), Set.of("cauda_equina"), "urgent", Set.of()));
        assertTrue(f.emergency());
        assertEquals(List.of(), f.enginePath(), "the engine acts on the emergency instead of testing");
        assertEquals(List.of("neuro.sensation.saddle"), f.onPath(), "the check that confirms the flag counts");
        assertEquals(List.of("neuro.sensation.saddle"), f.graded(), "the SLR does not bear on the emergency, so it is not graded");

        PracticeSession none = new PracticeSession(caudaEquinaCase());
        askWholeScreen(none);
        Feedback acted = scorer.score(none, new Answer(List.of("lumbar_radicular"), Map.of(), Set.of("cauda_equina"), "urgent", Set.of()));
        assertEquals(List.of(), acted.testsUsed());
        assertEquals(f.score(), acted.score(), "no test after an emergency earns the test share, as a check of it does");
    }

    @Test
    void aTestThatRaisesARedFlagAddedSomethingThoughNoProbabilityMoved() {
        // the screening question was not asked: the saddle sensation test is what raises the flag
        PracticeSession s = new PracticeSession(caudaEquinaCase());
        s.ask("neuro.sensation.saddle");
        Feedback f = scorer.score(s, new Answer(List.of("lumbar_radicular"), Map.of(), Set.of("cauda_equina"), "urgent", Set.of()));
        assertEquals(List.of(), f.addedNothing(), "it raised cauda equina");
    }

    @Test
    void withoutTheScreenNoEmergencyIsClaimedAndTheTestIsBeforeTheScreen() {
        PracticeSession s = new PracticeSession(caudaEquinaCase());
        s.ask("nerve.slr");
        Feedback f = scorer.score(s, new Answer(List.of("lumbar_radicular"), Map.of(), Set.of(), "urgent", Set.of()));
        assertFalse(f.emergency(), "nothing the student uncovered raises the flag");
        assertEquals(List.of(), f.enginePath(), "the engine asks the screen first, finds the emergency and does no test");
        assertEquals(List.of(TestVerdict.Kind.BEFORE_SCREEN), f.verdicts().stream().map(TestVerdict::kind).toList());
        assertTrue(f.testedBeforeScreen());
    }
}
