package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.reasoning.Assessment;
import org.exampath.text.ScreenStatus;
import org.exampath.text.ImagingLevel;
import org.junit.jupiter.api.Test;

/** The imaging line's reason as the panel and the summary show it. */
class ImagingReasonWordsTest {

    /**
     * Not yet judged, the panel said "If it finds no flag: red-flag screen not complete (0 of 25 asked): ask the rest
     * …": the engine's own screen statement repeated inside the conditional (review of 2026-11-28).
     */
    @Test
    void notYetJudgedStatesTheScreenOnceAndThenTheGuidance() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().count("history.duration_weeks", 3).exam());
        ScreenStatus screen = ScreenStatus.of(a);
        ImagingLevel level = ImagingLevel.of(a.imaging().recommendation(), screen);
        assertEquals(ImagingLevel.NOT_YET_JUDGED, level);
        String shown = level.reason(a.imaging(), screen);
        assertEquals(0, shown.split("Red-flag screen not complete", -1).length - 1, shown);
        assertTrue(shown.startsWith("So far 0 of 25 asked. If the screen finds no flag: examine, treat and review."), shown);
    }

    /**
     * The Summary screen read "Imaging: not judged until the red-flag screen is complete. Red-flag screen not complete
     * (0 of 25 asked): imaging is judged once it is. …": the wait for the screen said twice in one line.
     */
    @Test
    void theHeadlineAndItsReasonSayTheWaitOnce() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().count("history.duration_weeks", 3).exam());
        ScreenStatus screen = ScreenStatus.of(a);
        ImagingLevel level = ImagingLevel.of(a.imaging().recommendation(), screen);
        String line = level.text() + ". " + level.reason(a.imaging(), screen);
        assertEquals(1, line.split("screen is complete|judged once", -1).length - 1, line);
    }
}
