package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Freiberg's, Pace's and Beatty's signs (knowledge 2026.12.2): the evidence gives no accuracy figure for any of
 * them, so they are neutral. Recording them moves no probability, raises nothing, and none is ever offered as a
 * next test; they sit in the dependence families evidence §5.3 names.
 */
class PiriformisSignsTest {
    private static final KnowledgeBase KB = TestKnowledge.SHIPPED;
    private static final Engine ENGINE = TestKnowledge.ENGINE;
    static final List<String> SIGNS = List.of("nerve.freiberg", "nerve.pace", "nerve.beatty");
    private static final RandomExams EXAMS = new RandomExams(KB);
    private static final Function<Random, String> VALUE = random -> random.nextBoolean() ? "positive" : "negative";

    @Test
    void noLikelihoodRowNamesAnyOfTheSigns() {
        for (String sign : SIGNS) {
            assertTrue(KB.finding(sign).isPresent(), sign);
            assertEquals(List.of(), KB.rows().stream().filter(r -> r.references().contains(sign)).toList(), sign);
        }
    }

    @Test
    void paceAndBeattyCountWithTheDeepRotatorTestsAndFreibergWithTheInternalRotationTests() {
        assertTrue(KB.families().get("deep_rotator_contraction").findings().containsAll(List.of("nerve.pace", "nerve.beatty")));
        assertTrue(KB.families().get("hip_flexion_adduction_ir").findings().contains("nerve.freiberg"));
        long memberships = KB.families().values().stream().mapToLong(f -> f.findings().stream().filter(SIGNS::contains).count()).sum();
        assertEquals(3, memberships, "each sign in one family only");
    }

    @Test
    void aDeepGlutealExamReadsTheSameWithOrWithoutTheSigns() {
        Exam base = Exams.of().patient(41, org.exampath.domain.Sex.FEMALE).yes("history.region.deep_mid_buttock", "history.aggravator.sitting")
                .is("palpation.piriformis", "familiar").is("nerve.fair", "positive").exam();
        Exam withSigns = base.with("nerve.freiberg", new FindingValue.Choice("positive"))
                .with("nerve.pace", new FindingValue.Choice("positive")).with("nerve.beatty", new FindingValue.Choice("negative"));
        assertEquals(ENGINE.assess(base), ENGINE.assess(withSigns));
    }

    /** The published reports that now enter the signs (knowledge 2026.12.2) read exactly as they did without them. */
    @Test
    void theValidationReportsThatEnterTheSignsAssessAsBefore() throws Exception {
        List<String> files = new ArrayList<>();
        for (ValidationSet.Case c : ValidationSet.load().cases()) {
            if (SIGNS.stream().anyMatch(c.exam()::has)) {
                files.add(c.file());
                assertEquals(ENGINE.assess(without(c.exam())), ENGINE.assess(c.exam()), c.file());
            }
        }
        assertEquals(4, files.size(), "the four reports that named the signs: " + files);
    }

    /**
     * Nothing the engine reasons changes, the imaging advice included: the imaging gate's "a full exam has not
     * settled" rule counts only tests that a likelihood ratio reads, so a neutral sign never
     * carries the count across 12.
     */
    @Test
    void recordingAnySignChangesNoProbabilityFlagOrSuggestion() {
        ForAll.check(EXAMS, VALUE, (exam, value) -> {
            Exam without = without(exam);
            Exam with = without;
            for (String sign : SIGNS) {
                with = with.with(sign, new FindingValue.Choice(value));
            }
            Assessment before = ENGINE.assess(without);
            Assessment after = ENGINE.assess(with);
            assertEquals(before.hypotheses(), after.hypotheses(), value);
            assertEquals(before.drivers(), after.drivers(), value);
            assertEquals(before.redFlags(), after.redFlags(), value);
            assertEquals(before.inconsistencies(), after.inconsistencies(), value);
            assertEquals(before.nextTests(), after.nextTests(), value);
            assertEquals(before.redFlagScreen(), after.redFlagScreen(), value);
            assertEquals(before.imaging(), after.imaging(), value);
        });
    }

    @Test
    void noSignIsEverSuggestedAsANextTest() {
        List<Exam> exams = new ArrayList<>(List.of(Exam.empty(),
                Exams.of().yes("history.region.deep_mid_buttock", "history.aggravator.sitting").exam(),
                Exams.of().is("nerve.fair", "positive").is("palpation.piriformis", "familiar").exam()));
        for (Exam exam : exams) {
            List<String> next = ENGINE.assess(exam).nextTests().stream().map(NextTest::finding).toList();
            assertFalse(next.isEmpty(), "sanity: the engine suggests something");
            SIGNS.forEach(sign -> assertFalse(next.contains(sign), sign + " in " + next));
        }
        ForAll.check(EXAMS, VALUE, (exam, none) -> {
            List<String> next = ENGINE.assess(without(exam)).nextTests().stream().map(NextTest::finding).toList();
            SIGNS.forEach(sign -> assertFalse(next.contains(sign), sign + " in " + next));
        });
    }

    private static Exam without(Exam exam) {
        Map<String, FindingValue> findings = new TreeMap<>(exam.findings());
        SIGNS.forEach(findings::remove);
        return new Exam(exam.patient(), exam.side(), findings, exam.record());
    }
}
