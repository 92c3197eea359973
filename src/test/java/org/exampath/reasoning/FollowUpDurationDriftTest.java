package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * The pain's duration at a follow-up of a follow-up (review 32, finding 3). Moved forward by the days since the visit
 * just before, rounded to whole weeks at every visit, the rounding's error added up along a chain of close follow-ups;
 * the window now moves it from the visit where it was entered (the one {@code FindingOrigins.enteredAt} traces back to),
 * rounding once. These tests make each follow-up of a chain as the window does, from day 0, where it was entered.
 */
class FollowUpDurationDriftTest {
    private static final String DURATION = "history.duration_weeks";
    private final FollowUp followUp = new FollowUp(TestKnowledge.SHIPPED);

    private String malignancy(Exam exam) {
        return TestKnowledge.ENGINE.assess(exam.with("redflag.unexplained_weight_loss", FindingValue.Flag.YES)).redFlags()
                .stream().filter(f -> f.id().equals("malignancy")).map(f -> f.level().name()).findFirst().orElse("not raised");
    }

    /**
     * A follow-up of {@code last} started on day {@code day}, as the window starts one: the duration, not entered again
     * since day 0 ({@code entered}), moved forward from that visit's value by the days since it.
     */
    private Exam followUp(Exam last, Exam entered, long day) {
        return followUp.movedForwardFrom(followUp.startFrom(last), DURATION, entered.value(DURATION), day);
    }

    /**
     * A 45-year-old with 3 weeks of pain is seen on day 0 and treated every 3 days (days 3, 6 and 9). At day 9 the pain has
     * lasted over 4 weeks and she reports unexplained weight loss: malignancy's urgent level (weight loss with pain for
     * 4 weeks or more) applies, as it does when the day-9 visit follows day 0 directly. Along the chain each 3-day gap
     * rounds to 0 weeks, so the duration still reads 3 and the flag stays at soon; visits every 3 days never move it.
     */
    @Test
    void theDurationMovesForwardAlongAChainOfCloseFollowUpsAsItDoesInOneStep() {
        Exam day0 = Exams.of().patient(45, Sex.FEMALE).count(DURATION, 3).exam();
        Exam direct = followUp(day0, day0, 9);
        assertEquals("URGENT", malignancy(direct), "sanity: day 9 read straight from day 0 is " + direct.value(DURATION));
        Exam day9 = followUp(followUp(followUp(day0, day0, 3), day0, 6), day0, 9);
        assertEquals("URGENT", malignancy(day9), "after follow-ups on days 3, 6 and 9 the pain of 3 weeks on day 0 still reads "
                + day9.value(DURATION).display() + " (one step from day 0 reads " + direct.value(DURATION).display()
                + "), so weight loss with over 4 weeks of pain is held at soon");
    }

    /**
     * The other way: visits every 4 days each add a whole week. Pain of 1 week on day 0, seen on days 4, 8, 12, 16 and 20
     * (about 3.9 weeks of pain by then), reads 6 weeks on day 20 and 7 on day 24 (4.4 weeks): over-counted by two weeks
     * and more, which takes recent pain out of the branches that read at most 6 weeks (cauda equina, infection, fracture).
     */
    @Test
    void theDurationIsNotOverCountedByFollowUpsFourDaysApart() {
        Exam day0 = Exams.of().patient(45, Sex.FEMALE).count(DURATION, 1).exam();
        Exam at = day0;
        for (int visit = 1; visit <= 5; visit++) {
            at = followUp(at, day0, 4L * visit);
        }
        assertEquals(new FindingValue.Count(4), at.value(DURATION), "1 week of pain on day 0, read on day 20 after follow-ups every"
                + " 4 days (20 days, just under 3 weeks, later)");
    }
}
