package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.exampath.text.LrWords;
import org.exampath.text.ScreenStatus;
import org.junit.jupiter.api.Test;

/** The plain words for a likelihood ratio and for the state of the red-flag screen. */
class ScreenWordsTest {
    @Test
    void aLikelihoodRatioSaysWhatItDoesInWords() {
        assertEquals("makes it about 5× more likely", LrWords.effect(5.22));
        assertEquals("makes it about 3× less likely", LrWords.effect(0.3));
        assertEquals("makes it about 1.5× more likely", LrWords.effect(1.5));
        assertEquals("barely changes it", LrWords.effect(1.05));
    }

    @Test
    void aSourceIsAuthorYearAndStudyTypeWithoutTags() {
        var kb = org.exampath.TestKnowledge.SHIPPED;
        assertEquals("Martin HD 2014, diagnostic accuracy study", LrWords.source(kb.citation("martin2014"), null, false));
        assertEquals("Hopayian K 2010, systematic review (an estimate drawn from it)",
                LrWords.source(kb.citation("hopayian2010"), null, true));
        assertEquals("Cacchio A 2012, case-control study", LrWords.source(kb.citation("cacchio2012"), "case_control", false));
    }

    @Test
    void anIncompleteScreenNeverReadsAsNoRedFlag() {
        ScreenStatus partial = new ScreenStatus(3, 16, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"));
        assertEquals("Red-flag screen not complete (3 of 16 asked); examine, treat and review.",
                partial.qualify("No red flag: examine, treat and review."));
        assertEquals("Red-flag screen not complete (3 of 16 asked); a full exam has not settled on one diagnosis.",
                partial.qualify("No red flag, but a full exam has not settled on one diagnosis."));
        assertEquals("A serious flag asks for imaging.", partial.qualify("A serious flag asks for imaging."));
        assertEquals("Red-flag screen not complete (3 of 16 asked)", partial.negativeOrIncomplete("2026-11-27"));
        ScreenStatus done = new ScreenStatus(16, 16, List.of());
        assertEquals("No red flag: examine.", done.qualify("No red flag: examine."));
        assertEquals("Red-flag screen complete, negative (2026-11-27)", done.negativeOrIncomplete("2026-11-27"));
    }

    @Test
    void aCompleteScreenIsNeverNegativeWhileAFlagStands() {
        ScreenStatus done = new ScreenStatus(16, 16, List.of());
        assertEquals("Red-flag screen complete, negative (2026-11-27)", done.state(false, "2026-11-27"));
        assertEquals("Red-flag screen complete (16 of 16 asked)", done.state(true, "2026-11-27"));
        ScreenStatus partial = new ScreenStatus(15, 16, List.of("a"));
        assertEquals("Red-flag screen not complete (15 of 16 asked)", partial.state(true, "2026-11-27"));
        assertEquals("Red-flag screen not complete (15 of 16 asked)", partial.state(false, "2026-11-27"));
    }
}
