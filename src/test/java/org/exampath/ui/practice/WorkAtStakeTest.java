package org.exampath.ui.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.practice.PracticeSession;
import org.junit.jupiter.api.Test;

/** The words of the question asked before a case is left: what would be lost, or nothing when nothing would. */
class WorkAtStakeTest {
    private final PracticeSession session = new PracticeSession(new CaseLibraryReader(TestKnowledge.SHIPPED).shipped().cases()
            .stream().filter(c -> c.name().equals("gluteal-tendinopathy-classic")).findFirst().orElseThrow());

    @Test
    void nothingOpenOrNothingDoneIsNothingAtStake() {
        assertEquals(Optional.empty(), WorkAtStake.of(null, false, null, 0, false));
        assertEquals(Optional.empty(), WorkAtStake.of(session, false, null, 0, false));
        assertEquals(Optional.empty(), WorkAtStake.of(session, true, null, 3, true), "committed and kept");
    }

    @Test
    void theFindingsAndTheAnswerAreNamedAsFarAsTheyGo() {
        assertEquals(Optional.of("You are working \u201cCannot lie on that side\u201d: your 1 finding will be lost, and nothing is"
                + " scored or kept."), WorkAtStake.of(session, false, null, 1, false));
        assertEquals(Optional.of("You are working \u201cCannot lie on that side\u201d: your answer will be lost, and nothing is"
                + " scored or kept."), WorkAtStake.of(session, false, null, 0, true));
        assertEquals(Optional.of("You are working \u201cCannot lie on that side\u201d: your 3 findings and your answer will be lost,"
                + " and nothing is scored or kept."), WorkAtStake.of(session, false, null, 3, true));
    }

    @Test
    void aCommittedAttemptNotKeptIsAtStake() {
        assertEquals(Optional.of("Your attempt on \u201cCannot lie on that side\u201d is not kept: no name was given when it was"
                + " committed. Enter your name first to keep it."), WorkAtStake.of(session, true, WorkAtStake.NO_NAME, 2, true));
    }
}
