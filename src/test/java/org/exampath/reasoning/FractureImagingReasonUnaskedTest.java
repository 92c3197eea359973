package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * The fracture imaging reason never reports unasked urgent features as absent (review 30, finding 8). Before: a 75-year-old woman with three weeks of buttock pain raises the fracture flag at soon, and the
 * questions any one of which would make it urgent (osteoporosis or steroids, a fall or major trauma, a contusion, new
 * inability to bear weight, constant severe pain) are not asked yet: the flag lists them as its checks. The imaging
 * reason (panel and note) still says "For a possible fracture without an urgent feature", reporting unasked questions
 * as answered no.
 */
class FractureImagingReasonUnaskedTest {
    @Test
    void theImagingReasonDoesNotCallUnaskedUrgentFeaturesAbsent() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(75, Sex.FEMALE)
                .yes("history.region.deep_mid_buttock").count("history.duration_weeks", 3).exam());
        RedFlag fracture = a.redFlags().stream().filter(f -> f.id().equals("fracture")).findFirst().orElseThrow();
        assertEquals("soon", fracture.urgency());
        assertTrue(fracture.checks().contains("redflag.osteoporosis_or_steroids"), fracture.checks().toString());
        assertFalse(a.imaging().reason().contains("without an urgent feature"), a.imaging().reason());
        assertTrue(a.imaging().reason().contains("no urgent feature recorded"), a.imaging().reason());
        assertEquals("urgent", a.imaging().recommendation());
    }
}
