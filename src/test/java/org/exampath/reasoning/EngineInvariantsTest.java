package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.exchange.AssessmentWriter;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.FindingKind;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.RedFlagLevel;
import org.exampath.knowledge.RedFlagRule;
import org.exampath.knowledge.Urgency;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the engine over random exams drawn from the shipped catalogue ({@link RandomExams}, run by
 * {@link ForAll}: a few hundred seeded tries each, so the suite barely grows).
 */
class EngineInvariantsTest {
    private static final KnowledgeBase KNOWLEDGE = TestKnowledge.SHIPPED;
    private static final Engine ENGINE = TestKnowledge.ENGINE;
    /** A second engine built from the same knowledge: nothing may hang on which instance answers. */
    private static final Engine OTHER = new Engine(KNOWLEDGE);
    private static final RandomExams EXAMS = new RandomExams(KNOWLEDGE);
    private static final Function<Random, Void> NOTHING = random -> null;

    @Test
    void theSameExamGivesTheSameAssessmentAndTheSameBytes() {
        ForAll.check(EXAMS, NOTHING, (exam, none) -> {
            Assessment first = ENGINE.assess(exam);
            Assessment again = OTHER.assess(exam);
            assertEquals(first, again);
            assertArrayEquals(new AssessmentWriter().write(first), new AssessmentWriter().write(again));
        });
    }

    /** Engine.hypotheses, which tests use to read the figures without ranking the next tests, says what assess lists. */
    @Test
    void theHypothesesAloneAreTheOnesTheAssessmentLists() {
        ForAll.check(EXAMS, NOTHING, (exam, none) -> assertEquals(ENGINE.assess(exam).hypotheses(), ENGINE.hypotheses(exam)));
    }

    @Test
    void everyHypothesisIsListedOnceWithAProbability() {
        Set<String> expected = new TreeSet<>();
        KNOWLEDGE.hypotheses().forEach(h -> expected.add(h.id()));
        ForAll.check(EXAMS, NOTHING, (exam, none) -> {
            Assessment a = ENGINE.assess(exam);
            List<String> listed = a.hypotheses().stream().map(HypothesisResult::id).toList();
            assertEquals(expected.size(), listed.size(), "each hypothesis once: " + listed);
            assertEquals(expected, new TreeSet<>(listed));
            for (HypothesisResult h : a.hypotheses()) {
                assertProbability(h.prior(), h.id() + " prior");
                assertProbability(h.probability(), h.id());
            }
            a.drivers().forEach(d -> assertProbability(d.probability(), "driver " + d.id()));
            assertProbability(a.driver().probability(), "headline driver");
        });
    }

    private static void assertProbability(double p, String what) {
        assertTrue(p >= 0 && p <= 1, what + " has probability " + p);
    }

    /**
     * A flag names only findings that were recorded, and never one answered "no"; it asks each check once, never
     * one recorded already nor one it makes unsafe; the screen counts as
     * unasked exactly the red-flag questions with no answer (a question not asked is never reported negative).
     */
    @Test
    void aFlagRestsOnRecordedAnswersAndTheScreenOnTheRealCount() {
        List<String> questions = EXAMS.screenQuestions();
        ForAll.check(EXAMS, NOTHING, (exam, none) -> {
            Assessment a = ENGINE.assess(exam);
            for (RedFlag flag : a.redFlags()) {
                for (String id : flag.findings()) {
                    assertNotNull(exam.value(id), flag.id() + " names " + id + ", which was not recorded");
                    assertFalse(FindingValue.Flag.NO.equals(exam.value(id)), flag.id() + " names the 'no' to " + id);
                }
                assertEquals(flag.checks().size(), new TreeSet<>(flag.checks()).size(), flag.id() + " asks twice: " + flag.checks());
                for (String check : flag.checks()) {
                    assertNull(exam.value(check), flag.id() + " asks for " + check + ", recorded already");
                    assertFalse(flag.unsafeTests().contains(check), flag.id() + " asks for " + check + ", which it makes unsafe");
                }
            }
            assertEquals(questions.stream().filter(id -> exam.value(id) == null).toList(), a.redFlagScreen().unasked());
        });
    }

    /**
     * Recording "yes" to a red-flag question (unasked, or answered "no" before) never lowers the most pressing
     * urgency raised, and every emergency stays an emergency. That is what holds, not "no flag's urgency ever
     * drops": a few levels stand on a question being unasked (both legs affected with the cauda equina screen
     * incomplete; a weak myotome not yet known to be progressive), and a yes to that question moves the concern
     * to a level at least as pressing, of the same flag or another (progressive deficit, cauda equina emergency;
     * RedFlagLaneEdgesTest shows one).
     * The emergency levels read no red-flag question through a "not", so a yes can only keep them.
     */
    @Test
    void aYesNeverLowersTheMostPressingUrgency() {
        List<String> questions = EXAMS.redFlagQuestions();
        ForAll.check(EXAMS, random -> RandomExams.pick(questions, random), (exam, question) -> {
            if (FindingValue.Flag.YES.equals(exam.value(question))) {
                return;
            }
            Assessment before = ENGINE.assess(exam);
            Assessment after = ENGINE.assess(exam.with(question, FindingValue.Flag.YES));
            assertTrue(rank(after.highestUrgency()) <= rank(before.highestUrgency()),
                    "yes to " + question + ": " + urgencies(before) + " became " + urgencies(after));
            Map<String, Urgency> now = urgencies(after);
            for (RedFlag flag : before.redFlags()) {
                if (flag.level() == Urgency.EMERGENCY) {
                    assertEquals(Urgency.EMERGENCY, now.get(flag.id()), "yes to " + question + " lost " + flag.id());
                }
            }
        });
    }

    /**
     * Answering a question "no" (or a test normal, negative or non-tender) never raises a flag that is not
     * raised while it is unasked, nor makes a raised one more pressing: the levels read such an answer only
     * through "not tested" (or "not yes"), which the answer makes false.
     */
    @Test
    void aNegativeAnswerNeverRaisesAFlag() {
        List<Answer> negatives = negativeAnswers();
        ForAll.check(EXAMS, random -> RandomExams.pick(negatives, random), (exam, answer) -> {
            Exam unasked = exam.with(answer.id(), null);
            Map<String, Urgency> open = urgencies(ENGINE.assess(unasked));
            Assessment answered = ENGINE.assess(unasked.with(answer.id(), answer.value()));
            for (RedFlag flag : answered.redFlags()) {
                Urgency was = open.get(flag.id());
                assertTrue(was != null && rank(was) <= rank(flag.level()),
                        answer + " raised " + flag.id() + " at " + flag.urgency() + " (unasked: " + was + ")");
            }
        });
    }

    /** A finding with one value. */
    record Answer(String id, FindingValue value) {
        @Override
        public String toString() {
            return id + " = " + value.display();
        }
    }

    /** Every yes/no finding answered no, and every test with a normal, negative or non-tender result. */
    private static List<Answer> negativeAnswers() {
        List<Answer> out = new ArrayList<>();
        for (FindingDefinition d : KNOWLEDGE.findings().values()) {
            if (d.pseudo()) {
                continue;
            }
            if (d.kind() == FindingKind.BOOLEAN) {
                out.add(new Answer(d.id(), FindingValue.Flag.NO));
            }
            for (String negative : List.of("normal", "negative", "non_tender")) {
                if (d.kind() == FindingKind.CHOICE && d.values().contains(negative)) {
                    out.add(new Answer(d.id(), new FindingValue.Choice(negative)));
                }
            }
        }
        return out;
    }

    /**
     * A physical test result that moves the probabilities but that no red-flag rule reads changes nothing in
     * the flags: a standing emergency is never hidden because a musculoskeletal diagnosis became more likely.
     */
    @Test
    void aMusculoskeletalResultNeverChangesTheFlags() {
        List<FindingDefinition> tests = musculoskeletalTests();
        assertTrue(tests.size() > 10, "enough musculoskeletal tests to draw from: " + tests.size());
        ForAll.check(EXAMS, random -> {
            FindingDefinition d = RandomExams.pick(tests, random);
            return new Answer(d.id(), EXAMS.value(d, random));
        }, (exam, result) -> {
            Assessment before = ENGINE.assess(exam);
            Assessment after = ENGINE.assess(exam.with(result.id(), result.value()));
            assertEquals(before.redFlags(), after.redFlags(), result.toString());
            assertEquals(before.emergency(), after.emergency());
        });
    }

    /** Physical tests with likelihood ratios that no red-flag level reads nor marks unsafe. */
    private static List<FindingDefinition> musculoskeletalTests() {
        Set<String> read = new TreeSet<>();
        for (RedFlagRule rule : KNOWLEDGE.redFlags()) {
            for (RedFlagLevel level : rule.levels()) {
                level.when().references(read);
                read.addAll(level.unsafeTests());
            }
        }
        return KNOWLEDGE.findings().values().stream()
                .filter(d -> d.physical() && !d.pseudo() && !read.contains(d.id()) && !KNOWLEDGE.rowsFor(d.id()).isEmpty())
                .toList();
    }

    /**
     * The next tests never repeat a recorded test nor suggest one a raised flag makes unsafe, and an
     * emergency suggests none (it is acted on).
     */
    @Test
    void theNextTestsAreNeverRecordedOrUnsafe() {
        ForAll.check(EXAMS, NOTHING, (exam, none) -> {
            Assessment a = ENGINE.assess(exam);
            Set<String> unsafe = new TreeSet<>();
            a.redFlags().forEach(f -> unsafe.addAll(f.unsafeTests()));
            List<NextTest> offered = new ArrayList<>(a.nextTests());
            offered.addAll(ENGINE.rankNextTests(exam));
            for (NextTest test : offered) {
                assertNull(exam.value(test.finding()), test.finding() + " is recorded already");
                assertFalse(unsafe.contains(test.finding()), test.finding() + " is unsafe under " + urgencies(a));
            }
            if (a.emergency()) {
                assertEquals(List.of(), a.nextTests());
            }
        });
    }

    /** 0 for an emergency … 3 for a noted item, 4 for no flag at all. */
    private static int rank(Urgency urgency) {
        return urgency == null ? Urgency.values().length : urgency.ordinal();
    }

    private static Map<String, Urgency> urgencies(Assessment a) {
        Map<String, Urgency> out = new TreeMap<>();
        a.redFlags().forEach(f -> out.put(f.id(), f.level()));
        return out;
    }
}
