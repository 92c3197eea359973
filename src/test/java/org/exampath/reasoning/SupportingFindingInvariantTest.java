package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.LikelihoodRow;
import org.junit.jupiter.api.Test;

/**
 * Review 39, finding 1, as a property over random exams: recording an untested finding at a value that only brings in
 * rows of LR at least 1 for a hypothesis (and takes away only rows of LR at most 1) never lowers that hypothesis.
 * A validated cluster may not replace member tests that said more the same way. Changes that set a kind of finding
 * aside (an inconsistency such as widespread tenderness) are left out: they are meant to take evidence away.
 */
class SupportingFindingInvariantTest {
    private static final KnowledgeBase KNOWLEDGE = TestKnowledge.SHIPPED;
    private static final RandomExams EXAMS = new RandomExams(KNOWLEDGE);
    private static final List<FindingDefinition> ASKABLE = KNOWLEDGE.findings().values().stream()
            .filter(d -> !d.pseudo()).toList();

    @Test
    void aFindingThatOnlySupportsAHypothesisNeverLowersIt() {
        ForAll.check(EXAMS, Random::nextLong, (exam, seed) -> {
            Random random = new Random(seed);
            List<FindingDefinition> untested = ASKABLE.stream().filter(d -> exam.value(d.id()) == null).toList();
            FindingDefinition d = RandomExams.pick(untested, random);
            Exam after = exam.with(d.id(), EXAMS.value(d, random));
            Assessment a = TestKnowledge.ENGINE.assess(exam);
            Assessment b = TestKnowledge.ENGINE.assess(after);
            if (!settingAside(a).equals(settingAside(b))) {
                return;
            }
            for (HypothesisResult h : a.hypotheses()) {
                if (onlySupports(h.id(), exam, after, d.id())) {
                    double then = probability(b, h.id());
                    assertTrue(then >= h.probability() - 1e-12, d.id() + " = " + after.value(d.id()) + " only supports "
                            + h.id() + ", yet lowers it from " + h.probability() + " to " + then);
                }
            }
        });
    }

    /**
     * The same property worked through every combination of each validated cluster's members (untested or one of the
     * values the ranker tries), so the patterns random exams rarely draw (two piriformis tests done) are covered.
     */
    @Test
    void noFurtherSupportingMemberOfAClusterLowersItsHypothesis() {
        Set<List<Object>> clusters = new java.util.LinkedHashSet<>();
        KNOWLEDGE.rows().stream().filter(LikelihoodRow::cluster)
                .forEach(row -> clusters.add(List.of(row.hypothesis(), List.copyOf(new TreeSet<>(row.supersedes())))));
        int checked = 0;
        for (List<Object> cluster : clusters) {
            String hypothesis = (String) cluster.get(0);
            @SuppressWarnings("unchecked")
            List<String> members = (List<String>) cluster.get(1);
            for (Exam exam : combinations(members, 0, new Exam(new org.exampath.domain.Patient(40, null), null, java.util.Map.of()))) {
                double before = probability(exam, hypothesis);
                for (String id : members) {
                    if (exam.value(id) != null) {
                        continue;
                    }
                    for (org.exampath.domain.FindingValue value : NextTestRanker.probesOf(KNOWLEDGE.findings().get(id))) {
                        Exam after = exam.with(id, value);
                        if (onlySupports(hypothesis, exam, after, id)) {
                            checked++;
                            double then = probability(after, hypothesis);
                            assertTrue(then >= before - 1e-12, id + " = " + value + " only supports " + hypothesis
                                    + " beside " + exam.findings() + ", yet lowers it from " + before + " to " + then);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "the clusters' members were tried: " + checked);
    }

    /** Every exam giving each of {@code members} from {@code from} on no value or one the ranker tries. */
    private static List<Exam> combinations(List<String> members, int from, Exam base) {
        if (from == members.size()) {
            return List.of(base);
        }
        List<Exam> out = new java.util.ArrayList<>(combinations(members, from + 1, base));
        for (org.exampath.domain.FindingValue value : NextTestRanker.probesOf(KNOWLEDGE.findings().get(members.get(from)))) {
            out.addAll(combinations(members, from + 1, base.with(members.get(from), value)));
        }
        return out;
    }

    private static double probability(Exam exam, String id) {
        return TestKnowledge.ENGINE.hypotheses(exam).stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow()
                .probability();
    }

    /** Every row of the hypothesis that the new value brings in has LR at least 1, and every row it takes away at most 1. */
    private static boolean onlySupports(String hypothesis, Exam before, Exam after, String id) {
        ExamFacts was = new ExamFacts(before);
        ExamFacts is = new ExamFacts(after);
        for (LikelihoodRow row : KNOWLEDGE.rows()) {
            if (!row.hypothesis().equals(hypothesis) || !row.references().contains(id)) {
                continue;
            }
            boolean held = row.when().test(was);
            boolean holds = row.when().test(is);
            if (holds && !held && row.lr() < 1 || held && !holds && row.lr() > 1) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> settingAside(Assessment a) {
        Set<String> ids = new TreeSet<>();
        a.inconsistencies().forEach(i -> KNOWLEDGE.inconsistencies().stream()
                .filter(rule -> rule.id().equals(i.id()) && !rule.setAside().isEmpty()).forEach(rule -> ids.add(i.id())));
        return ids;
    }

    private static double probability(Assessment a, String id) {
        return a.hypotheses().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow().probability();
    }
}
