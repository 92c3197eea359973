package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;

/** The copied summary reads as prose: sentences, positives and pertinent negatives, nothing not entered. */
class SoapSummaryTest {
    private static String soap(Exam exam) {
        return new SoapSummary(TestKnowledge.SHIPPED).text(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext("P-7", "2026-11-26", "", "v", List.of()));
    }

    private static Exam tendinopathy() {
        return Exam.empty()
                .with("history.region.lateral_hip", FindingValue.Flag.YES)
                .with("history.region.below_knee", FindingValue.Flag.NO)
                .with("history.warm_up_eases", FindingValue.Flag.NO)
                .with("history.onset", new FindingValue.Choice("gradual_no_cause"))
                .with("history.duration_weeks", new FindingValue.Count(12))
                .with("history.aggravator.sitting", FindingValue.Flag.YES)
                .with("history.aggravator.stairs", FindingValue.Flag.YES)
                .with("palpation.greater_trochanter", new FindingValue.Choice("familiar"))
                .with("strength.hip_abduction", new FindingValue.Strength(4, "familiar"));
    }

    @Test
    void historyAndTestsReadAsSentencesUnderTheirHeadings() {
        String[] lines = soap(tendinopathy()).split("\n");
        assertEquals("S: History: pain in the lateral hip (over the greater trochanter). Duration 12 weeks"
                + " and onset gradual with no clear cause. Worse with sitting and stairs. Red-flag screen not complete (0 of "
                + TestKnowledge.SHIPPED.findingsOfStep("redflag").size() + " asked).", lines[1]);
        assertEquals("O: Palpation: greater trochanter tender, reproducing the familiar pain. Resisted tests: hip abduction"
                + " MRC 4/5 reproducing the familiar pain.", lines[2]);
    }

    @Test
    void aFlagInTheAssessmentNamesTheFindingsThatRaisedIt() {
        Exam exam = new Exam(new org.exampath.domain.Patient(71, org.exampath.domain.Sex.FEMALE), null, java.util.Map.of())
                .with("redflag.cancer_history", FindingValue.Flag.YES)
                .with("redflag.unexplained_weight_loss", FindingValue.Flag.YES);
        String a = soap(exam).split("\n")[3];
        assertTrue(a.startsWith("A: URGENT: possible malignancy ("), a);
        assertTrue(a.contains("history of cancer"), "the finding behind the flag is named: " + a);
        assertTrue(a.contains("age 71"), "an age reads as words, not 'age: 71': " + a);
    }

    @Test
    void aResponseToAStretchReadsAsWhatThePainDid() {
        String s = soap(Exam.empty().with("history.stretch_response", new FindingValue.Choice("worse_with_spread"))).split("\n")[1];
        assertTrue(s.contains("pain worse and spreading with a figure-four / piriformis stretch"), s);
    }

    @Test
    void everyPartEndsInAFullStopAndNoAnswerIsLeftAsLabelColonYesOrNo() {
        String text = soap(tendinopathy());
        for (String line : text.split("\n")) {
            assertTrue(line.endsWith("."), line);
        }
        assertFalse(text.matches("(?s).*: (yes|no)[;.].*"), text);
    }

    @Test
    void aNegativeThatMovedNothingIsLeftOutAndANotAskedQuestionIsNeverMentioned() {
        // knowledge 2026.11.29: sitting no longer lifts radicular pain, so it is not among the diagnoses shown and
        // "no pain below the knee" (0.6 for it) is not pertinent; no claudication (0.23 for stenosis, x3 or more) is
        String text = soap(tendinopathy().with("history.aggravator.walking_eased_by_sitting", FindingValue.Flag.NO));
        assertTrue(text.contains("no walking or standing brings it on"), "a negative that moved a hypothesis is written: " + text);
        assertFalse(text.contains("No pain below the knee"), "a small shift of a diagnosis not shown is left out: " + text);
        assertFalse(text.contains("warmed up"), "a negative that moved nothing (no likelihood ratio) is left out: " + text);
        assertFalse(text.toLowerCase().contains("running"), "running was not asked: " + text);
        assertFalse(text.contains("groin"), text);
    }

    @Test
    void theScreeningAnswersOfAnIncompleteScreenAreAllNamedOnTheSameLine() {
        Exam exam = tendinopathy()
                .with("redflag.cancer_history", FindingValue.Flag.YES)
                .with("redflag.unexplained_weight_loss", FindingValue.Flag.NO)
                .with("redflag.fever_or_unwell", FindingValue.Flag.NO)
                .with("redflag.saddle_anaesthesia", FindingValue.Flag.NO);
        String s = soap(exam).split("\n")[1];
        assertTrue(s.endsWith("Red-flag screen not complete (4 of " + TestKnowledge.SHIPPED.findingsOfStep("redflag").size()
                + " asked): positive for history of cancer; no saddle or perianal numbness, no unexplained weight loss and no fever"
                + " or feeling systemically unwell."), "each question asked is named with its answer, never 'all other questions negative': " + s);
        assertFalse(s.contains("drug"), "a question not asked is never reported: " + s);
    }

    @Test
    void aNotedItemIsNamedForTheFollowUpNotWrittenAsARedFlag() {
        Exam exam = tendinopathy().withPatient(org.exampath.domain.Patient.UNKNOWN.withAge(52));
        String a = soap(exam).split("\n")[3];
        assertTrue(a.startsWith("A: Noted for follow-up, not escalated: age 50 or over (Age: 52). "), a);
        assertFalse(a.contains("NOTED"), a);
        assertFalse(a.toLowerCase().contains("low-value item noted"), "the item is named, not the rule's title: " + a);
    }

    @Test
    void aCompleteScreenWithOnePositiveCountsAllTheOthersAsNegative() {
        Exam exam = tendinopathy();
        for (var d : TestKnowledge.SHIPPED.findingsOfStep("redflag")) {
            exam = exam.with(d.id(), d.id().equals("redflag.cancer_history") ? FindingValue.Flag.YES : FindingValue.Flag.NO);
        }
        String s = soap(exam).split("\n")[1];
        int others = TestKnowledge.SHIPPED.findingsOfStep("redflag").size() - 1;
        assertTrue(s.endsWith("positive for history of cancer; all other screening questions negative (" + others + ")."), s);
    }

    @Test
    void withNothingRecordedTheSummarySaysSoAndInventsNothing() {
        String[] lines = soap(Exam.empty()).split("\n");
        assertTrue(lines[1].startsWith("S: No history recorded. "), lines[1]);
        assertEquals("O: No physical tests recorded.", lines[2]);
    }

    @Test
    void listsUseCommasAndAndOrSemicolonsWhenAnItemHasItsOwnComma() {
        assertEquals("a, b and c", FindingProse.list(List.of("a", "b", "c")));
        assertEquals("burning; tingling, pins and needles", FindingProse.list(List.of("burning", "tingling, pins and needles")));
        assertEquals("FAIR positive", FindingProse.inSentence("FAIR positive"));
        assertEquals("straight-leg raise", FindingProse.inSentence("Straight-leg raise"));
        assertEquals("Trendelenburg sign", FindingProse.inSentence("Trendelenburg sign"));
        assertEquals("Stinchfield (resisted straight-leg raise)", FindingProse.inSentence("Stinchfield (resisted straight-leg raise)"));
        assertEquals("Romberg (standing, feet together, eyes closed)", FindingProse.inSentence("Romberg (standing, feet together, eyes closed)"));
        assertEquals("Puranen-Orava", FindingProse.inSentence("Puranen-Orava"));
    }

    @Test
    void aClusterReadsAsEveryTestItRestsOnAndEachIsAPertinentFinding() {
        Exam exam = Exam.empty()
                .with("history.region.sacroiliac", FindingValue.Flag.YES)
                .with("provocation.sij_distraction", new FindingValue.Choice("negative"))
                .with("provocation.sij_thigh_thrust", new FindingValue.Choice("negative"))
                .with("provocation.sij_compression", new FindingValue.Choice("negative"))
                .with("provocation.sij_gaenslen", new FindingValue.Choice("negative"));
        String[] lines = soap(exam).split("\n");
        String o = lines[2];
        assertTrue(o.contains("Gaenslen's test negative"), "a name keeps its capital inside a sentence: " + o);
        for (String test : List.of("distraction", "thigh thrust", "compression", "Gaenslen")) {
            assertTrue(o.toLowerCase(java.util.Locale.ROOT).contains(test.toLowerCase(java.util.Locale.ROOT)),
                    "each test the cluster rests on is pertinent: " + o);
        }
        String a = soap(Exam.empty().with("history.region.sacroiliac", FindingValue.Flag.YES)
                .with("provocation.sij_distraction", new FindingValue.Choice("positive"))
                .with("provocation.sij_thigh_thrust", new FindingValue.Choice("positive"))).split("\n")[3];
        assertTrue(a.contains(" together (LR 4.0; "), "the cluster is named by its tests, with its own LR: " + a);
        assertTrue(a.toLowerCase(java.util.Locale.ROOT).contains("distraction"), a);
        assertTrue(a.toLowerCase(java.util.Locale.ROOT).contains("thigh thrust"), a);
    }

    @Test
    void testsThatAreAllNegativeAndBearOnNothingShownAreCountedNotDenied() {
        String o = soap(Exam.empty().with("nerve.prone_knee_bend", new FindingValue.Choice("negative"))).split("\n")[2];
        assertEquals("O: 1 physical test recorded, negative, bearing on none of the diagnoses shown.", o);
        assertEquals("O: 2 physical tests recorded, all negative, bearing on none of the diagnoses shown.",
                soap(Exam.empty().with("nerve.prone_knee_bend", new FindingValue.Choice("negative"))
                        .with("provocation.hop_test", new FindingValue.Choice("negative"))).split("\n")[2]);
        assertEquals("O: No physical tests recorded.", soap(Exam.empty()).split("\n")[2]);
    }

    @Test
    void aDiagnosisNeverRestsOnAFindingThatCountsAgainstIt() {
        String text = soap(org.exampath.Exams.of().yes("history.region.lateral_hip").is("palpation.greater_trochanter", "familiar")
                .is("provocation.single_leg_stance_30s", "negative").exam());
        String a = text.lines().filter(l -> l.startsWith("A: ")).findFirst().orElseThrow();
        int from = a.indexOf("Gluteal tendinopathy rests mainly on");
        assertTrue(from >= 0, a);
        int end = a.indexOf(" rests mainly on", from + "Gluteal tendinopathy rests mainly on".length());
        String reasons = a.substring(from, end < 0 ? a.length() : end);
        assertFalse(reasons.contains("single-leg stance 30 s negative"),
                "a negative single-leg stance (LR 0.6) lowers gluteal tendinopathy; it is not what the diagnosis rests on: " + a);
    }

    @Test
    void anEmergencyHoldsBackTheWorkingDiagnosisAsTheNoteAndPanelDo() {
        Exam emergency = org.exampath.Exams.of().patient(47, org.exampath.domain.Sex.MALE).side(org.exampath.domain.Side.BILATERAL)
                .yes("history.region.below_knee", "history.quality.numbness", "redflag.saddle_anaesthesia", "redflag.bladder_bowel_change")
                .is("neuro.sensation.saddle", "reduced").exam();
        String a = soap(emergency).lines().filter(l -> l.startsWith("A: ")).findFirst().orElseThrow();
        assertTrue(a.startsWith("A: EMERGENCY: possible cauda equina syndrome"), a);
        // the PDF note says "Withheld while the emergency stands" and the Summary step "The working diagnosis is held back"
        assertFalse(a.contains("Most likely") || a.contains("rests mainly on"),
                "the summary pasted into the record would give a working diagnosis the note and the panel withhold: " + a);
        assertTrue(a.contains("Working diagnosis withheld while the emergency stands"), a);
    }
}
