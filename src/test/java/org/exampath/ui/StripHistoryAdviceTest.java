package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;
import org.junit.jupiter.api.Test;

/** The strip's "map the history first" and the panel's management line use the same test, so they never disagree. */
class StripHistoryAdviceTest {
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    private final ExamSession session = new ExamSession(TestKnowledge.ENGINE);
    private final HypothesisPanelViewModel panel = new HypothesisPanelViewModel(session, id -> { }, null, DAY);

    private boolean stripSaysHistory() {
        return panel.strip().nextProperty().get().startsWith("Next: map the history first");
    }

    private boolean panelSaysHistory() {
        return panel.managementProperty().get().startsWith("Map the history first");
    }

    @Test
    void physicalFindingsOnly_stripAndPanelAgreeOnWhetherToMapTheHistory() {
        // a clinician who starts with palpation and nerve tests (or a loaded exam file with only physical findings):
        // the panel shows the driver's management, the strip tells them to map the history first and hides the top test
        session.set("palpation.piriformis", new FindingValue.Choice("familiar"));
        session.set("nerve.fair", new FindingValue.Choice("positive"));
        session.set("nerve.seated_piriformis_stretch", new FindingValue.Choice("positive"));
        assertEquals(panelSaysHistory(), stripSaysHistory(),
                "strip: " + panel.strip().nextProperty().get() + " | panel: " + panel.managementProperty().get());
    }
}
