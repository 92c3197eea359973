package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 2: the avulsion rule reads a fall answered on the red-flag screen (minor or major trauma) as an
 * injury, as it reads an onset recorded as one; and bruising at the back of the thigh or a gap below the sitting bone
 * with the onset not asked raises the flag at soon and asks how the pain began.
 */
class AvulsionAfterAFallOnTheScreenTest {

    private static Exams signsAfterAFall(String fall) {
        return Exams.of().patient(44, Sex.FEMALE).yes(fall, "observation.posterior_thigh_bruising",
                "observation.hamstring_gap", "history.region.lower_medial_buttock").count("history.duration_weeks", 0);
    }

    private static Optional<RedFlag> avulsion(Assessment a) {
        return a.redFlags().stream().filter(f -> f.id().equals("hamstring_avulsion")).findFirst();
    }

    @Test
    void aFallWithBruisingAndAGapBelowTheSittingBoneRaisesTheAvulsionFlag() {
        Assessment a = TestKnowledge.ENGINE.assess(signsAfterAFall("redflag.minor_trauma").exam());
        assertEquals("urgent", avulsion(a).map(RedFlag::urgency).orElse("none"), "a fall, bruising at the back of the thigh"
                + " and a palpable gap; flags raised: " + a.redFlags().stream().map(f -> f.id() + " (" + f.urgency() + ")").toList());
    }

    @Test
    void majorTraumaOnTheScreenWithBruisingIsUrgentToo() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(30, Sex.MALE)
                .yes("redflag.major_trauma", "observation.posterior_thigh_bruising").exam());
        assertEquals("urgent", avulsion(a).map(RedFlag::urgency).orElse("none"));
    }

    @Test
    void aFallWithThighPainAndTheSignsUncheckedIsSoonAndAsksForThem() {
        RedFlag flag = avulsion(TestKnowledge.ENGINE.assess(Exams.of().patient(44, Sex.FEMALE)
                .yes("redflag.minor_trauma", "history.region.posterior_thigh").exam())).orElseThrow();
        assertEquals("soon", flag.urgency());
        assertTrue(flag.checks().containsAll(List.of("observation.posterior_thigh_bruising", "observation.hamstring_gap")),
                "checks " + flag.checks());
    }

    @Test
    void bruisingWithTheOnsetUnaskedIsSoonAndAsksHowThePainBegan() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(44, Sex.FEMALE)
                .yes("observation.posterior_thigh_bruising").exam());
        RedFlag flag = avulsion(a).orElseThrow();
        assertEquals("soon", flag.urgency());
        assertEquals("history.onset", flag.checks().get(0), "the open question comes first: " + flag.checks());
        assertTrue(flag.action().startsWith("Ask now how the pain began"), flag.action());
        assertTrue(flag.unsafeTests().containsAll(List.of("nerve.slr", "nerve.slump", "provocation.puranen_orava")),
                "one answer could make it urgent, so the stretch tests wait: " + flag.unsafeTests());
        assertTrue(a.imaging().reason().contains("ask now how it began"), a.imaging().reason());
    }

    @Test
    void aGapWithAGradualOnsetAndNoInjuryRecordedRaisesNothing() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(44, Sex.FEMALE).yes("observation.hamstring_gap")
                .is("history.onset", "gradual_no_cause").no("redflag.hamstring_pop", "redflag.minor_trauma", "redflag.major_trauma")
                .exam());
        assertFalse(avulsion(a).isPresent(), "flags " + a.redFlags());
    }

    @Test
    void aPopWithBothSignsRecordedAbsentStillGetsTheReviewWording() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(44, Sex.FEMALE).yes("redflag.hamstring_pop")
                .no("observation.posterior_thigh_bruising", "observation.hamstring_gap").exam());
        assertEquals("soon", avulsion(a).map(RedFlag::urgency).orElse("none"));
        assertTrue(a.imaging().reason().contains("with no bruising and no gap found"), a.imaging().reason());
    }
}
