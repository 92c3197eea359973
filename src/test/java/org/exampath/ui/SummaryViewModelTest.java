package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.SummaryViewModel;
import org.junit.jupiter.api.Test;

/** The Summary's words without the toolkit. */
class SummaryViewModelTest {
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final int SCREEN = TestKnowledge.SHIPPED.findingsOfStep("redflag").size();

    private final ExamSession session = new ExamSession(TestKnowledge.ENGINE);
    private final SummaryViewModel summary = new SummaryViewModel(session, null, DAY);

    @Test
    void anEmptyExamSaysTheScreenIsNotCompleteNeverNoneRaised() {
        summary.setActive(true);
        assertEquals("Red-flag screen not complete (0 of " + SCREEN + " asked).", summary.flagsProperty().get());
        assertFalse(summary.imagingProperty().get().contains("No red flag"), summary.imagingProperty().get());
    }

    @Test
    void aCompleteNegativeScreenSaysSoWithTheDate() {
        summary.setActive(true);
        for (FindingDefinition d : TestKnowledge.SHIPPED.findingsOfStep("redflag")) {
            session.set(d.id(), FindingValue.Flag.NO);
        }
        assertEquals("Red-flag screen complete, negative (2026-11-27).", summary.flagsProperty().get());
        assertEquals(SCREEN, summary.recorded().get(1).lines().size(), "every screening answer is listed");
    }

    @Test
    void anEmergencyWithholdsManagementAndLeadsTheSummary() {
        summary.setActive(true);
        session.set("nerve.slump", new FindingValue.Choice("positive"));
        session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
        assertTrue(summary.flagsProperty().get().startsWith("EMERGENCY: "), summary.flagsProperty().get());
        assertEquals("Withheld while the emergency stands: act on the flag first.", summary.managementProperty().get());
        assertTrue(summary.diagnosisProperty().get().startsWith("An emergency stands"), summary.diagnosisProperty().get());
    }

    @Test
    void anUrgentFlagPutsManagementAfterIt() {
        summary.setActive(true);
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        assertTrue(summary.managementProperty().get().startsWith("Once the flag is cleared: "), summary.managementProperty().get());
        assertTrue(summary.flagsProperty().get().endsWith("Red-flag screen not complete (1 of " + SCREEN + " asked)."),
                summary.flagsProperty().get());
    }

    @Test
    void provocationTestsAreFiledUnderTheirOwnHeading() {
        summary.setActive(true);
        session.set("provocation.single_leg_stance_30s", new FindingValue.Choice("positive"));
        SummaryViewModel.Section provocation = summary.recorded().stream().filter(s -> s.title().equals("Provocation tests"))
                .findFirst().orElseThrow();
        assertEquals(1, provocation.lines().size());
        assertTrue(summary.recorded().stream().filter(s -> s.title().equals("Nerve-bias tests")).findFirst().orElseThrow()
                .lines().isEmpty());
    }

    @Test
    void observationsAreListedUnderTheirOwnHeadingAsOnTheNote() {
        summary.setActive(true);
        session.set("observation.gait_antalgic", FindingValue.Flag.YES);
        SummaryViewModel.Section observation = summary.recorded().stream().filter(s -> s.title().equals("Observation"))
                .findFirst().orElseThrow();
        assertEquals(1, observation.lines().size(), "the gait is recorded, not lost between the headings");
    }

    @Test
    void nothingIsWorkedOutWhileTheSummaryIsNotShown() {
        String before = summary.flagsProperty().get();
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        assertEquals(before, summary.flagsProperty().get());
        summary.setActive(true);
        assertTrue(summary.flagsProperty().get().startsWith("URGENT: Possible malignancy"), summary.flagsProperty().get());
    }
}
