package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.LikelihoodRow;

/**
 * Ranks untested findings by how much their result is expected to sharpen the working diagnosis, in bits. Two terms:
 * <ul>
 * <li>for each hypothesis, the mutual information between its presence and the finding's result, weighted by its
 * probability relative to the leading hypothesis (the leader counts in full, a rival at a quarter of its probability
 * counts a quarter): a strong test of a hypothesis nobody is considering no longer outranks a test of the leaders;</li>
 * <li>while rivals stay in contention (probability at least the policy's {@code contenderShare} of the leader's),
 * the mutual information between which contender it is (weighted by their probabilities) and the result: tests that
 * tell the contenders apart rise, tests that lift them all alike earn nothing here.</li>
 * </ul>
 * This follows INTERNIST-I's question strategies (Miller, Pople and Myers, N Engl J Med 1982): confirm a clear
 * leader, differentiate a few close contenders. Each possible result is tried through the real odds update, so
 * dependence families, clusters and caps count exactly as they would: a test whose family is already answered gains
 * little or nothing.
 *
 * <p>Model: without the hypothesis every result is equally likely; with it, results are weighted by their likelihood
 * ratio. It is a ranking device, not a prediction of the result.
 */
final class NextTestRanker {
    static final int LIMIT = 8;
    private static final double LN2 = Math.log(2);

    private final Map<String, List<FindingValue>> probes = new LinkedHashMap<>();
    private final Map<String, List<OddsUpdate>> affected = new LinkedHashMap<>();
    private final Set<String> settingAsideFindings = new TreeSet<>();
    /** Findings that record the same examination another way, both directions: one recorded, the other is not suggested. */
    private final Map<String, Set<String>> alternatives = new LinkedHashMap<>();
    /** Findings that apply to one sex only, with that sex's id. */
    private final Map<String, String> onlyForSex = new LinkedHashMap<>();
    private final Function<Facts, List<String>> asidePrefixes;
    private final List<OddsUpdate> updates;
    /** A rival is a contender while its probability is at least this share of the leader's (policy.json). */
    private final double contenderShare;
    /** Each finding's dependence families (evidence §5.3): one LR per family counts, so one test each is offered first. */
    private final Map<String, Set<String>> familiesOf = new LinkedHashMap<>();

    NextTestRanker(KnowledgeBase knowledge, List<OddsUpdate> updates, Function<Facts, List<String>> asidePrefixes) {
        this.asidePrefixes = asidePrefixes;
        this.updates = List.copyOf(updates);
        this.contenderShare = knowledge.policy().contenderShare();
        knowledge.inconsistencies().stream().filter(rule -> !rule.setAside().isEmpty())
                .forEach(rule -> rule.when().references(settingAsideFindings));
        knowledge.families().values().forEach(family -> family.findings()
                .forEach(id -> familiesOf.computeIfAbsent(id, k -> new TreeSet<>()).add(family.id())));
        Map<String, Set<String>> mentionedBy = new LinkedHashMap<>();
        for (LikelihoodRow row : knowledge.rows()) {
            mentionedBy.computeIfAbsent(row.hypothesis(), h -> new TreeSet<>()).addAll(row.references());
        }
        for (FindingDefinition definition : knowledge.findings().values()) {
            for (String other : definition.alternatives()) {
                alternatives.computeIfAbsent(definition.id(), k -> new TreeSet<>()).add(other);
                alternatives.computeIfAbsent(other, k -> new TreeSet<>()).add(definition.id());
            }
            if (definition.onlyForSex() != null) {
                onlyForSex.put(definition.id(), definition.onlyForSex());
            }
        }
        for (FindingDefinition definition : knowledge.findings().values()) {
            List<FindingValue> values = probesOf(definition);
            List<OddsUpdate> touched = updates.stream()
                    .filter(u -> mentionedBy.getOrDefault(u.hypothesis().id(), Set.of()).contains(definition.id())).toList();
            if (!definition.pseudo() && values.size() > 1 && !touched.isEmpty()) {
                probes.put(definition.id(), values);
                affected.put(definition.id(), touched);
            }
        }
    }

    /** The results a finding is tried with: both answers, every choice but not tested, a painful and a painless grade, the probes of a count. */
    static List<FindingValue> probesOf(FindingDefinition definition) {
        List<FindingValue> out = new ArrayList<>();
        switch (definition.kind()) {
            case BOOLEAN -> {
                out.add(FindingValue.Flag.YES);
                out.add(FindingValue.Flag.NO);
            }
            case CHOICE -> definition.values().stream().filter(v -> !"not_tested".equals(v))
                    .forEach(v -> out.add(new FindingValue.Choice(v)));
            case STRENGTH -> {
                out.add(new FindingValue.Strength(4, "familiar"));
                out.add(new FindingValue.Strength(5, "none"));
            }
            case INTEGER -> definition.probes().forEach(p -> out.add(new FindingValue.Count(p)));
        }
        return out;
    }

    /** Every untested finding with a gain, best first. */
    List<NextTest> rank(Exam exam, ExamFacts facts) {
        List<String> aside = asidePrefixes.apply(facts);
        Map<OddsUpdate, boolean[]> holding = new LinkedHashMap<>();
        Map<OddsUpdate, Double> current = new LinkedHashMap<>();
        Map<OddsUpdate, Double> probability = new LinkedHashMap<>();
        double leader = 0;
        for (OddsUpdate update : updates) {
            boolean[] holds = update.matches(facts);
            double base = update.combinedLr(holds, aside);
            double p = OddsUpdate.toProbability(OddsUpdate.toOdds(update.hypothesis().prior()) * base);
            holding.put(update, holds);
            current.put(update, base);
            probability.put(update, p);
            leader = Math.max(leader, p);
        }
        double cut = leader * contenderShare;
        List<OddsUpdate> contenders = updates.stream().filter(u -> probability.get(u) >= cut).toList();
        List<NextTest> ranked = new ArrayList<>();
        for (Map.Entry<String, List<FindingValue>> entry : probes.entrySet()) {
            String id = entry.getKey();
            if (exam.has(id) || alternatives.getOrDefault(id, Set.of()).stream().anyMatch(exam::has) || otherSex(id, exam)) {
                continue;
            }
            List<FindingValue> values = entry.getValue();
            Map<OddsUpdate, double[]> contenderResults = new LinkedHashMap<>();
            double gain = 0;
            for (OddsUpdate update : affected.get(id)) {
                double p = probability.get(update);
                double[] given = resultChances(update, current.get(update), holding.get(update), facts, id, values, aside);
                gain += p / leader * information(p, given);
                if (p >= cut) {
                    contenderResults.put(update, given);
                }
            }
            if (contenders.size() > 1 && !contenderResults.isEmpty()) {
                gain += separation(contenders, probability, contenderResults, values.size());
            }
            if (gain > 1e-9) {
                ranked.add(new NextTest(id, gain));
            }
        }
        ranked.sort(Comparator.comparingDouble(NextTest::expectedGain).reversed().thenComparing(NextTest::finding));
        return ranked;
    }

    /**
     * The first {@code limit} of {@code ranked} (best first), one test of a dependence family before a second: tests of
     * one family share one LR (evidence §5.3), so once the best of them is done the rest add little, and three of
     * them in a short list would crowd out the other families. A second test of a family is listed only when fewer
     * than {@code limit} others remain, after them, in gain order.
     */
    List<NextTest> shortList(List<NextTest> ranked, int limit) {
        List<NextTest> out = new ArrayList<>();
        List<NextTest> later = new ArrayList<>();
        Set<String> taken = new TreeSet<>();
        for (NextTest test : ranked) {
            if (out.size() == limit) {
                break;
            }
            Set<String> families = familiesOf.getOrDefault(test.finding(), Set.of());
            if (families.stream().anyMatch(taken::contains)) {
                later.add(test);
            } else {
                taken.addAll(families);
                out.add(test);
            }
        }
        later.stream().limit(Math.max(0, limit - out.size())).forEach(out::add);
        return out;
    }

    /** A question for one sex only, and the patient is recorded as the other (not "other" or unknown). */
    private boolean otherSex(String id, Exam exam) {
        String only = onlyForSex.get(id);
        org.exampath.domain.Sex sex = exam.patient().sex();
        return only != null && sex != null && sex != org.exampath.domain.Sex.OTHER && !sex.id().equals(only);
    }

    /** The chance of each result if the hypothesis is present: its likelihood ratio against the current one, normalised. */
    private double[] resultChances(OddsUpdate update, double base, boolean[] holds, ExamFacts facts, String id,
                                   List<FindingValue> values, List<String> aside) {
        int k = values.size();
        double[] given = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            ExamFacts what = facts.with(id, values.get(i));
            List<String> whatAside = settingAsideFindings.contains(id) ? asidePrefixes.apply(what) : aside;
            given[i] = update.combinedLr(update.matchesWith(holds, what, id), whatAside) / base;
            sum += given[i];
        }
        for (int i = 0; i < k; i++) {
            given[i] /= sum;
        }
        return given;
    }

    /** Bits the result is expected to tell about one hypothesis of probability {@code p} (absent: every result alike). */
    private static double information(double p, double[] given) {
        int k = given.length;
        double expectedEntropy = 0;
        for (double g : given) {
            double outcome = p * g + (1 - p) / k;
            expectedEntropy += outcome * entropy(p * g / outcome);
        }
        return Math.max(0, entropy(p) - expectedEntropy);
    }

    /**
     * Bits the result is expected to tell about which contender it is, each weighted by its probability; a contender
     * the finding does not bear on expects every result alike.
     */
    private static double separation(List<OddsUpdate> contenders, Map<OddsUpdate, Double> probability,
                                     Map<OddsUpdate, double[]> results, int k) {
        double total = 0;
        for (OddsUpdate c : contenders) {
            total += probability.get(c);
        }
        double before = 0;
        for (OddsUpdate c : contenders) {
            before -= plogp(probability.get(c) / total);
        }
        double after = 0;
        for (int r = 0; r < k; r++) {
            double outcome = 0;
            for (OddsUpdate c : contenders) {
                outcome += probability.get(c) / total * chance(results.get(c), r, k);
            }
            double entropy = 0;
            for (OddsUpdate c : contenders) {
                entropy -= plogp(probability.get(c) / total * chance(results.get(c), r, k) / outcome);
            }
            after += outcome * entropy;
        }
        return Math.max(0, before - after);
    }

    private static double chance(double[] given, int result, int k) {
        return given == null ? 1.0 / k : given[result];
    }

    private static double plogp(double p) {
        return p <= 0 ? 0 : p * Math.log(p) / LN2;
    }

    private static double entropy(double p) {
        if (p <= 0 || p >= 1) {
            return 0;
        }
        return -(p * Math.log(p) + (1 - p) * Math.log(1 - p)) / LN2;
    }

}
