package org.exampath.ui.hypotheses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.LikelihoodRow;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.text.Describe;

/**
 * Why a next test is worth doing, in a few words, worked out from the knowledge base rather than
 * written per test: each possible result is laid over the exam, the likelihood-ratio rows that then
 * match say how far it would move each hypothesis, weighted by how open that hypothesis still is
 * (p × (1 − p)). The two it moves most are named: "separates A from B" when one result pushes them
 * apart, "tests for A and B" when they move together, "tests for A" for one.
 *
 * <p>While two or more hypotheses are close contenders (each at least the policy's {@code contenderShare} of the
 * leader's probability, as the next-test ranking counts them) and the test moves them apart (some result shifts one's
 * odds more than the other's), it names the pair of contenders it separates most: the reason it is offered.
 */
final class TestPurpose {
    private final KnowledgeBase kb;

    TestPurpose(KnowledgeBase kb) {
        this.kb = kb;
    }

    String of(String finding, Exam exam, List<HypothesisResult> hypotheses) {
        FindingDefinition d = kb.finding(finding).orElse(null);
        if (d == null) {
            return "";
        }
        List<FindingValue> results = results(d);
        Map<String, double[]> shifts = shifts(finding, exam, results);
        String[] contest = contest(shifts, results.size(), hypotheses);
        if (contest != null) {
            return "separates " + shortName(contest[0]) + " from " + shortName(contest[1]);
        }
        return spread(shifts, hypotheses);
    }

    /**
     * The two close contenders this test is offered to tell apart (the pair named by "separates A from B"), or an empty
     * list when it names no such pair.
     */
    List<String> contenders(String finding, Exam exam, List<HypothesisResult> hypotheses) {
        FindingDefinition d = kb.finding(finding).orElse(null);
        if (d == null) {
            return List.of();
        }
        List<FindingValue> results = results(d);
        String[] contest = contest(shifts(finding, exam, results), results.size(), hypotheses);
        return contest == null ? List.of() : List.of(contest);
    }

    /** For each hypothesis whose rows mention the finding, how far each result would move its log odds. */
    private Map<String, double[]> shifts(String finding, Exam exam, List<FindingValue> results) {
        Map<String, double[]> shifts = new LinkedHashMap<>();
        for (LikelihoodRow row : kb.rows()) {
            if (!row.references().contains(finding)) {
                continue;
            }
            double[] shift = shifts.computeIfAbsent(row.hypothesis(), h -> new double[results.size()]);
            for (int i = 0; i < results.size(); i++) {
                FindingValue v = results.get(i);
                Facts facts = id -> id.equals(finding) ? v : exam.value(id);
                boolean now = row.when().test(id -> exam.value(id));
                if (row.when().test(facts) && !now) {
                    shift[i] += Math.log(row.lr());
                }
            }
        }
        return shifts;
    }

    /** "tests for A", "tests for A and B" or "separates A from B" by how open each hypothesis still is. */
    private String spread(Map<String, double[]> shifts, List<HypothesisResult> hypotheses) {
        List<String> order = new ArrayList<>(shifts.keySet());
        Map<String, Double> weight = new LinkedHashMap<>();
        for (HypothesisResult h : hypotheses) {
            double[] s = shifts.get(h.id());
            if (s != null) {
                double spread = max(s) - min(s);
                weight.put(h.id(), spread * h.probability() * (1 - h.probability()));
            }
        }
        order.removeIf(id -> weight.getOrDefault(id, 0.0) < 1e-6);
        order.sort(Comparator.comparingDouble((String id) -> -weight.get(id)).thenComparing(id -> id));
        if (order.isEmpty()) {
            return "";
        }
        String a = shortName(order.get(0));
        if (order.size() == 1) {
            return "tests for " + a;
        }
        String b = shortName(order.get(1));
        return apart(shifts.get(order.get(0)), shifts.get(order.get(1))) ? "separates " + a + " from " + b
                : "tests for " + a + " and " + b;
    }

    /**
     * The two close contenders whose odds some result moves furthest apart (the one it moves more first), or null when
     * fewer than two contend or the test moves none of them apart.
     */
    private String[] contest(Map<String, double[]> shifts, int results, List<HypothesisResult> hypotheses) {
        double leader = hypotheses.stream().mapToDouble(HypothesisResult::probability).max().orElse(0);
        List<String> contenders = hypotheses.stream().filter(h -> h.probability() >= leader * kb.policy().contenderShare())
                .map(HypothesisResult::id).toList();
        double[] none = new double[results];
        String first = null;
        String second = null;
        double best = 1e-6;
        for (int i = 0; i < contenders.size(); i++) {
            for (int j = i + 1; j < contenders.size(); j++) {
                double[] a = shifts.getOrDefault(contenders.get(i), none);
                double[] b = shifts.getOrDefault(contenders.get(j), none);
                for (int r = 0; r < results; r++) {
                    double gap = Math.abs(a[r] - b[r]);
                    if (gap > best) {
                        best = gap;
                        boolean aMoves = Math.abs(a[r]) >= Math.abs(b[r]);
                        first = aMoves ? contenders.get(i) : contenders.get(j);
                        second = aMoves ? contenders.get(j) : contenders.get(i);
                    }
                }
            }
        }
        return first == null ? null : new String[] {first, second};
    }

    /** Some result raises one and lowers the other. */
    private static boolean apart(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] * b[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private String shortName(String hypothesis) {
        return Describe.inSentence(HypothesisPanelViewModel.shortLabel(kb.hypothesis(hypothesis).map(h -> h.label()).orElse(hypothesis)));
    }

    private static List<FindingValue> results(FindingDefinition d) {
        List<FindingValue> out = new ArrayList<>();
        switch (d.kind()) {
            case BOOLEAN -> {
                out.add(FindingValue.Flag.YES);
                out.add(FindingValue.Flag.NO);
            }
            case CHOICE -> d.values().stream().filter(v -> !"not_tested".equals(v)).forEach(v -> out.add(new FindingValue.Choice(v)));
            case STRENGTH -> {
                out.add(new FindingValue.Strength(4, "familiar"));
                out.add(new FindingValue.Strength(5, "none"));
            }
            case INTEGER -> d.probes().forEach(p -> out.add(new FindingValue.Count(p)));
        }
        return out;
    }

    private static double max(double[] s) {
        double m = s[0];
        for (double x : s) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static double min(double[] s) {
        double m = s[0];
        for (double x : s) {
            m = Math.min(m, x);
        }
        return m;
    }
}
