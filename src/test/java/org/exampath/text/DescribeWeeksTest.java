package org.exampath.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;

/** A finding whose label names weeks as its unit reads as a span of time wherever it is described. */
class DescribeWeeksTest {

    @Test
    void aDurationReadsAsASpanNotAsAUnitAndANumber() {
        var kb = TestKnowledge.SHIPPED;
        assertEquals("Duration: under a week", Describe.finding(kb, "history.duration_weeks", new FindingValue.Count(0)));
        assertEquals("Duration: 1 week", Describe.finding(kb, "history.duration_weeks", new FindingValue.Count(1)));
        assertEquals("Duration: 26 weeks", Describe.finding(kb, "history.duration_weeks", new FindingValue.Count(26)));
    }

    @Test
    void aCountWithoutAUnitInItsLabelIsWrittenAsItIs() {
        assertEquals("Pain now (0–10): 0", Describe.finding(TestKnowledge.SHIPPED, "history.nrs_now", new FindingValue.Count(0)));
    }
}
