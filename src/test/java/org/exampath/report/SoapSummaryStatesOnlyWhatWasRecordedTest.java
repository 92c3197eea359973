package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.reasoning.Assessment;
import org.junit.jupiter.api.Test;

/** The copyable summary never says more (or other) than the exam and its assessment support. */
class SoapSummaryStatesOnlyWhatWasRecordedTest {
    private static String soap(Exam exam, Assessment assessment) {
        return new SoapSummary(TestKnowledge.SHIPPED).text(exam, assessment,
                new NoteContext("P-7", "2026-11-26", "", "v", List.of()));
    }

    /** Every question of the red-flag screen asked and answered no. */
    private static Exam completeNegativeScreen() {
        Exam exam = Exam.empty();
        for (FindingDefinition d : TestKnowledge.SHIPPED.findingsOfStep("redflag")) {
            exam = exam.with(d.id(), FindingValue.Flag.NO);
        }
        return exam;
    }

    @Test
    void theScreenIsNeverWrittenNegativeWhileAnEmergencyFlagRaisedOnExaminationStands() {
        Exam exam = completeNegativeScreen().with("neuro.sensation.saddle", new FindingValue.Choice("reduced"));
        Assessment assessment = TestKnowledge.ENGINE.assess(exam);
        assertTrue(assessment.redFlags().stream().anyMatch(f -> "cauda_equina".equals(f.id())),
                "precondition: reduced saddle sensation raises the cauda equina flag");

        String text = soap(exam, assessment);

        assertFalse(text.contains("complete, negative"),
                "with an emergency flag standing, the summary must not call the red-flag screen negative: " + text);
        int total = TestKnowledge.SHIPPED.findingsOfStep("redflag").size();
        assertTrue(text.contains("Red-flag screen complete (" + total + " of " + total + " asked): no screening question positive."),
                "the screen's state is given beside the flag, as the PDF gives it: " + text);
    }

    @Test
    void anEmptyAssessmentAndPlanAreNotWrittenAsTheClinicians() {
        Exam exam = Exam.empty().with("nerve.slump", new FindingValue.Choice("negative"))
                .withRecord(ExamRecord.NONE.withAssessment("").withPlan("   "));

        String text = soap(exam, TestKnowledge.ENGINE.assess(exam));

        assertFalse(text.contains("Clinician's assessment: ."), "an empty assessment is not an assessment: " + text);
        assertFalse(text.contains("Clinician's plan: ."), "a blank plan is not a plan: " + text);
        assertFalse(text.contains("Clinician's"), "nothing is written in the clinician's name: " + text);
    }

    @Test
    void theClinicianTextIsOneLineWhateverItsLineEndsAndTabs() {
        Exam exam = Exam.empty().withRecord(ExamRecord.NONE.withAssessment("Line one\r\nLine two\tafter a tab").withPlan("Review\rin two weeks"));

        String text = soap(exam, TestKnowledge.ENGINE.assess(exam));

        assertTrue(text.contains("Clinician's assessment: Line one Line two after a tab."), text);
        assertTrue(text.contains("Clinician's plan: Review in two weeks."), text);
        assertFalse(text.contains("\r") || text.contains("\t"), text);
    }

    @Test
    void historyAnsweredOnlyNoIsNotReportedAsNoHistoryRecorded() {
        // three questions asked and answered no; none moves a diagnosis enough to be a pertinent negative
        Exam exam = Exam.empty()
                .with("history.aggravator.car_ride", FindingValue.Flag.NO)
                .with("history.next_day_stiffness", FindingValue.Flag.NO)
                .with("history.region.groin", FindingValue.Flag.NO);

        String subjective = soap(exam, TestKnowledge.ENGINE.assess(exam)).split("\n")[1];

        assertFalse(subjective.contains("No history recorded"),
                "three history answers were recorded; saying none was loses them from the record: " + subjective);
        assertTrue(subjective.startsWith("S: History: 3 questions asked, all negative; "),
                "the answers are counted as the note counts them: " + subjective);
    }
}
