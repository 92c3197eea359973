package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.exchange.ExamReader;
import org.exampath.knowledge.LikelihoodRow;
import org.junit.jupiter.api.Test;

/** Next tests weighted toward the working diagnosis: confirm a clear leader, tell close contenders apart. */
class ContenderRankingTest {
    private static final String DGS = "deep_gluteal_syndrome";
    private static final String RADICULAR = "lumbar_radicular";

    @Test
    void aRivalWithinHalfTheLeaderAddsTheBitsAboutWhichContenderItIs() {
        // q yes lifts b to 0.75 / 1.75 = 0.4286, above half of a's 0.5: both are contenders
        List<NextTest> ranked = new Engine(TestKnowledge.mini()).rankNextTests(Exams.of().yes("q").exam());
        // t2 bears on a only (LR 2 / 0.5, so 0.8 / 0.2 if present; b expects 0.5 / 0.5):
        // a's own 0.0731040 bits (weight 1, a leads) + which-contender, with a's share 0.5385:
        // H(0.5385) - [0.6615 H(0.6512) + 0.3385 H(0.3182)] = 0.9957 - 0.9227 = 0.0730699
        assertEquals(0.1461739, gainOf(ranked, "t2"), 1e-6);
        // t1 (LR 10 / 0.1): 0.2789626 + 0.2838066
        assertEquals(0.5627692, gainOf(ranked, "t1"), 1e-6);
    }

    @Test
    void onTheDeepGlutealCaseTestsThatSeparateTheTwoLeadersComeFirst() throws Exception {
        Exam exam = sharedCase("deep-gluteal-sitting-burn");
        Assessment assessment = TestKnowledge.ENGINE.assess(exam);
        assertEquals(List.of(DGS, RADICULAR), assessment.hypotheses().stream().limit(2).map(HypothesisResult::id).toList());
        List<NextTest> next = assessment.nextTests();
        // below the knee points the two contenders opposite ways (radicular LR 0.6 when absent, DGS 1.2 when present)
        assertEquals("history.region.below_knee", next.get(0).finding(), next.toString());
        for (NextTest test : next.subList(0, 3)) {
            Set<String> bearsOn = hypothesesOf(test.finding());
            assertTrue(bearsOn.contains(DGS) || bearsOn.contains(RADICULAR), test + " bears on " + bearsOn);
        }
        // resisted derotation tests gluteal tendinopathy, still at its prior (0.21): below the separating tests
        assertTrue(gainOf(next, "history.region.below_knee") > gainOf(next, "strength.resisted_external_derotation"));
        assertTrue(gainOf(next, "neuro.sensation.L4") > gainOf(next, "strength.resisted_external_derotation"));
    }

    @Test
    void aClearLeaderStillGetsItsConfirmationTestsFirst() {
        Exam exam = Exams.of().patient(41, Sex.FEMALE)
                .yes("history.region.deep_mid_buttock", "history.aggravator.sitting", "history.quality.burning")
                .no("history.region.lateral_hip")
                .is("history.stretch_response", "worse_with_spread").is("history.onset", "trauma")
                .is("nerve.fair", "positive").is("nerve.slump", "negative").exam();
        Assessment assessment = TestKnowledge.ENGINE.assess(exam);
        HypothesisResult leader = assessment.hypotheses().get(0);
        assertEquals(DGS, leader.id());
        double runnerUp = assessment.hypotheses().get(1).probability();
        assertTrue(runnerUp < leader.probability() * TestKnowledge.SHIPPED.policy().contenderShare(),
                "the leader stands alone: " + assessment.hypotheses());
        for (NextTest test : assessment.nextTests().subList(0, 3)) {
            assertTrue(hypothesesOf(test.finding()).contains(DGS), test + " confirms or refutes the leader");
        }
    }

    @Test
    void anEmptyExamStillGetsAFirstListAcrossSeveralHypotheses() {
        List<NextTest> next = TestKnowledge.ENGINE.assess(Exams.of().exam()).nextTests();
        assertEquals(NextTestRanker.LIMIT, next.size());
        Set<String> covered = new TreeSet<>();
        next.forEach(t -> covered.addAll(hypothesesOf(t.finding())));
        assertTrue(covered.size() >= 4, "the first list looks across the differential: " + covered);
    }

    @Test
    void theSameExamRanksTheSameFromAFreshEngine() throws Exception {
        Exam exam = sharedCase("deep-gluteal-sitting-burn");
        List<NextTest> first = TestKnowledge.ENGINE.assess(exam).nextTests();
        assertEquals(first, new Engine(TestKnowledge.SHIPPED).assess(exam).nextTests());
        assertEquals(first, TestKnowledge.ENGINE.assess(exam).nextTests());
        assertEquals(TestKnowledge.ENGINE.rankNextTests(Exams.of().exam()), new Engine(TestKnowledge.SHIPPED).rankNextTests(Exams.of().exam()));
    }

    private static Set<String> hypothesesOf(String finding) {
        Set<String> out = new TreeSet<>();
        for (LikelihoodRow row : TestKnowledge.SHIPPED.rows()) {
            if (row.references().contains(finding)) {
                out.add(row.hypothesis());
            }
        }
        return out;
    }

    private static Exam sharedCase(String name) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return new ExamReader(TestKnowledge.SHIPPED).read(json.writeValueAsBytes(
                json.readTree(TestKnowledge.resource("shared-cases/" + name + ".json").toFile()).get("exam")));
    }

    private static double gainOf(List<NextTest> ranked, String id) {
        return ranked.stream().filter(t -> t.finding().equals(id)).mapToDouble(NextTest::expectedGain).findFirst().orElse(0);
    }
}
