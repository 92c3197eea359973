package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/** Next-test ranking on the tiny knowledge base, where every gain can be worked by hand. */
class NextTestRankingTest {
    /** Answers that put every fracture level out of reach of one more answer, for a man under 70 with no trauma. */
    static final String[] NO_FRACTURE = {"redflag.osteoporosis_or_steroids", "redflag.major_trauma", "redflag.contusion"};
    private final Engine mini = new Engine(TestKnowledge.mini());

    @Test
    void ranksByExpectedInformationGainWithHandCheckedValues() {
        List<NextTest> ranked = mini.rankNextTests(Exams.of().exam());
        assertEquals(List.of("t1", "t3", "t2", "q"), ranked.stream().map(NextTest::finding).toList());
        // t1 on a (p 0.5, LR 10 / 0.1): H(0.5) - [0.745 H(0.6644) + 0.255 H(0.0194)] = 0.27896 bits
        assertEquals(0.2789626, ranked.get(0).expectedGain(), 1e-6);
        // t2 on a (LR 2 / 0.5): 0.07310 bits; q on b (p 0.2, LR 3 / 1): 0.03052 bits, counted at b's probability
        // relative to the leader a, 0.2 / 0.5 (b is below half of a: no contender, no which-contender term)
        assertEquals(0.0731040, ranked.get(2).expectedGain(), 1e-6);
        assertEquals(0.0305188 * 0.4, ranked.get(3).expectedGain(), 1e-6);
        // the short list offers t3, of t1's family, after the tests of other families
        List<NextTest> next = mini.assess(Exams.of().exam()).nextTests();
        assertEquals(List.of("t1", "t2", "q", "t3"), next.stream().map(NextTest::finding).toList());
    }

    @Test
    void aTestWhoseFamilyIsAnsweredByAStrongerOneGainsNothing() {
        List<NextTest> next = mini.assess(Exams.of().is("t1", "positive").exam()).nextTests();
        assertFalse(next.stream().anyMatch(t -> t.finding().equals("t3")), next.toString());
        assertTrue(next.stream().anyMatch(t -> t.finding().equals("t2")));
    }

    @Test
    void testedFindingsAreNeverSuggested() {
        List<NextTest> next = mini.assess(Exams.of().is("t2", "negative").exam()).nextTests();
        assertFalse(next.stream().anyMatch(t -> t.finding().equals("t2")));
    }

    @Test
    void emptyExamGetsAFullFirstListFromTheShippedKnowledge() {
        List<NextTest> next = TestKnowledge.ENGINE.assess(Exams.of().exam()).nextTests();
        assertEquals(NextTestRanker.LIMIT, next.size());
        for (int i = 1; i < next.size(); i++) {
            assertTrue(next.get(i - 1).expectedGain() >= next.get(i).expectedGain());
        }
    }

    @Test
    void answeredSciaticFamilyRanksItsOtherMembersLow() {
        double slrBefore = gainOf(TestKnowledge.ENGINE.rankNextTests(Exams.of().exam()), "nerve.slr");
        double slrAfter = gainOf(TestKnowledge.ENGINE.rankNextTests(Exams.of().is("nerve.slump", "negative").exam()), "nerve.slr");
        assertTrue(slrAfter < slrBefore / 2, "SLR gain " + slrBefore + " -> " + slrAfter);
    }

    @Test
    void theSijCountAndTheTestsOneByOneAreNotSuggestedOnceTheOtherWayIsRecorded() {
        List<String> five = List.of("provocation.sij_distraction", "provocation.sij_thigh_thrust", "provocation.sij_compression",
                "provocation.sij_sacral_thrust", "provocation.sij_gaenslen");
        // a man of 45 not on steroids, with no significant trauma or contusion: no fracture in view, so the sacroiliac
        // tests are not withheld
        Exams sij = Exams.of().patient(45, Sex.MALE).yes("history.region.sacroiliac").no(NO_FRACTURE);
        assertTrue(gainOf(TestKnowledge.ENGINE.rankNextTests(sij.exam()), "provocation.sij_cluster_positive") > 0);
        List<NextTest> afterOne = TestKnowledge.ENGINE.rankNextTests(Exams.of().patient(45, Sex.MALE).yes("history.region.sacroiliac").no(NO_FRACTURE)
                .is("provocation.sij_gaenslen", "positive").exam());
        assertEquals(0, gainOf(afterOne, "provocation.sij_cluster_positive"), "a count would repeat the tests recorded one by one");
        assertTrue(gainOf(afterOne, "provocation.sij_thigh_thrust") > 0, "the other tests are still worth doing");
        List<NextTest> before = TestKnowledge.ENGINE.rankNextTests(sij.exam());
        five.forEach(t -> assertTrue(before.stream().anyMatch(n -> n.finding().equals(t)), t + " is ranked before any SIJ test"));
        List<NextTest> afterCount = TestKnowledge.ENGINE.rankNextTests(Exams.of().patient(45, Sex.MALE).yes("history.region.sacroiliac").no(NO_FRACTURE)
                .count("provocation.sij_cluster_positive", 1).exam());
        five.forEach(t -> assertFalse(afterCount.stream().anyMatch(n -> n.finding().equals(t)), t + " after the count of all five"));
    }

    @Test
    void aQuestionForOneSexIsNotSuggestedForAPatientRecordedAsTheOther() {
        Exams woman = Exams.of().patient(31, org.exampath.domain.Sex.FEMALE).yes("history.region.sacroiliac");
        Exams man = Exams.of().patient(31, org.exampath.domain.Sex.MALE).yes("history.region.sacroiliac");
        assertTrue(gainOf(TestKnowledge.ENGINE.rankNextTests(woman.exam()), "history.pregnancy_related") > 0);
        assertFalse(TestKnowledge.ENGINE.rankNextTests(man.exam()).stream().anyMatch(t -> t.finding().equals("history.pregnancy_related")));
    }

    private static double gainOf(List<NextTest> ranked, String id) {
        return ranked.stream().filter(t -> t.finding().equals(id)).mapToDouble(NextTest::expectedGain)
                .findFirst().orElse(0);
    }
}
