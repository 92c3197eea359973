package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 39, finding 1: Martin 2014's "either test positive" cluster replaces every piriformis test it supersedes, so a
 * further positive piriformis test lowers deep gluteal syndrome.
 */
class Review39PiriformisClusterTest {
    private static double dgs(Exam exam) {
        return TestKnowledge.ENGINE.assess(exam).hypotheses().stream()
                .filter(h -> h.id().equals("deep_gluteal_syndrome")).findFirst().orElseThrow().probability();
    }

    @Test
    void aFurtherPositivePiriformisTestNeverLowersDeepGlutealSyndrome() {
        Exams twoPositive = Exams.of().patient(40, Sex.FEMALE)
                .is("nerve.fair", "positive").is("nerve.active_piriformis", "positive");
        double before = dgs(twoPositive.exam());
        double after = dgs(twoPositive.is("nerve.seated_piriformis_stretch", "positive").exam());
        assertTrue(after >= before, String.format(java.util.Locale.ROOT,
                "FAIR and active piriformis positive give deep gluteal syndrome %.4f; adding a positive seated piriformis"
                        + " stretch (a third positive test) lowers it to %.4f", before, after));
    }

    @Test
    void aPositiveActivePiriformisBesideAPositiveSeatedStretchNeverLowersDeepGlutealSyndrome() {
        Exams seated = Exams.of().patient(40, Sex.FEMALE).is("nerve.seated_piriformis_stretch", "positive");
        double before = dgs(seated.exam());
        double after = dgs(seated.is("nerve.active_piriformis", "positive").exam());
        assertTrue(after >= before, String.format(java.util.Locale.ROOT,
                "seated piriformis stretch positive gives deep gluteal syndrome %.4f; adding a positive active"
                        + " piriformis test lowers it to %.4f", before, after));
    }
}
