package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.Exams;
import org.exampath.ListedSummaries;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.store.ListedSummary;
import org.junit.jupiter.api.Test;

/**
 * The headline a store lists each saved exam with ({@link Engine#headline}, worked out without the next tests) is the
 * one the whole assessment gives, at a first visit and at a follow-up, so the list says what the window shows.
 */
class HeadlineTest {
    private static final Engine ENGINE = TestKnowledge.ENGINE;
    private static final RandomExams EXAMS = new RandomExams(TestKnowledge.SHIPPED);

    @Test
    void isTheWholeAssessmentsForRandomExamsAndLastVisits() {
        ForAll.check(EXAMS, random -> random.nextBoolean() ? null : EXAMS.exam(random), (exam, lastVisit) -> {
            Assessment whole = ENGINE.assess(exam, lastVisit);
            assertEquals(whole.headline(), ENGINE.headline(exam, lastVisit));
            assertEquals(ListedSummaries.of(whole), ListedSummaries.by(ENGINE).of(exam, lastVisit));
        });
    }

    @Test
    void aFollowUpListsTheFlagItsProgressionRaises() {
        Exam last = Exams.of().is("neuro.myotome.L5", "normal").exam();
        Exam now = Exams.of().is("neuro.myotome.L5", "weak").exam();
        Headline headline = ENGINE.headline(now, last);
        assertNotEquals(ENGINE.headline(now, null), headline);
        assertTrue(headline.redFlags().stream().anyMatch(f -> !f.derivedFrom().isEmpty()), headline.redFlags().toString());
        assertEquals(ENGINE.assess(now, last).headline(), headline);
    }

    @Test
    void anEmergencyListsNoLeadingHypothesis() {
        Exam exam = Exams.of().yes("redflag.saddle_anaesthesia").exam();
        ListedSummary summary = ListedSummaries.by(ENGINE).of(exam, null);
        assertNull(summary.leading());
        assertNull(summary.leadingProbability());
        assertEquals(ListedSummaries.of(ENGINE.assess(exam, null)), summary);
        assertTrue(summary.flags().startsWith("emergency: cauda_equina"), summary.flags());
    }
}
