package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
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
 * This follows INTERNIST-I's question strategies (Miller, Pople and Myers, N Engl J Med 1982): pursue a clear
 * leader, discriminate between a few close contenders. Each possible result is tried through the real odds update, so
 * dependence families, clusters and caps count exactly as they would: a test whose family is already answered gains
 * little or nothing.
 *
 * <p>Model: without the hypothesis every result is equally likely; with it, results are weighted by their likelihood
 * ratio. It is a ranking device, not a prediction of the result.
 */
final class NextTestRanker {
    static final int LIMIT = 8;
    private static final double LN2 = Math.log(2);

    /** The findings that may be suggested, in catalogue order, each with what ranking it needs. */
    private final List<Candidate> candidates = new ArrayList<>();
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
        Set<String> settingAsideFindings = new TreeSet<>();
        knowledge.inconsistencies().stream().filter(rule -> !rule.setAside().isEmpty())
                .forEach(rule -> rule.when().references(settingAsideFindings));
        knowledge.families().values().forEach(family -> family.findings()
                .forEach(id -> familiesOf.computeIfAbsent(id, k -> new TreeSet<>()).add(family.id())));
        Map<String, Set<String>> mentionedBy = new LinkedHashMap<>();
        for (LikelihoodRow row : knowledge.rows()) {
            mentionedBy.computeIfAbsent(row.hypothesis(), h -> new TreeSet<>()).addAll(row.references());
        }
        Map<String, Set<String>> alternatives = new LinkedHashMap<>();
        for (FindingDefinition definition : knowledge.findings().values()) {
            for (String other : definition.alternatives()) {
                alternatives.computeIfAbsent(definition.id(), k -> new TreeSet<>()).add(other);
                alternatives.computeIfAbsent(other, k -> new TreeSet<>()).add(definition.id());
            }
        }
        for (FindingDefinition definition : knowledge.findings().values()) {
            List<FindingValue> values = probesOf(definition);
            int[] touched = IntStream.range(0, updates.size()).filter(i -> mentionedBy
                    .getOrDefault(updates.get(i).hypothesis().id(), Set.of()).contains(definition.id())).toArray();
            if (!definition.pseudo() && values.size() > 1 && touched.length > 0) {
                candidates.add(new Candidate(definition.id(), values, touched,
                        List.copyOf(alternatives.getOrDefault(definition.id(), Set.of())), definition.onlyForSex(),
                        settingAsideFindings.contains(definition.id())));
            }
        }
    }

    /**
     * A finding the ranker may suggest: the results it is tried with, the indices (into {@link #updates}) of the
     * hypotheses whose rows mention it, the findings that record the same examination another way (one recorded, the
     * other is not suggested), the one sex it applies to (null: both), and whether a setting-aside pattern reads it.
     */
    private record Candidate(String id, List<FindingValue> values, int[] affected, List<String> alternatives,
                             String onlyForSex, boolean setsAside) {
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

    /**
     * Every untested finding with a gain, best first; {@code holding} are the rows of each hypothesis that hold for
     * {@code facts} ({@link OddsUpdate#matches}) and {@code aside} the prefixes set aside for them.
     */
    List<NextTest> rank(Exam exam, ExamFacts facts, boolean[][] holding, List<String> aside) {
        int n = updates.size();
        double[] current = new double[n];
        double[] probability = new double[n];
        double leader = 0;
        for (int i = 0; i < n; i++) {
            OddsUpdate update = updates.get(i);
            current[i] = update.combinedLr(holding[i], facts, aside);
            probability[i] = OddsUpdate.toProbability(OddsUpdate.toOdds(update.hypothesis().prior()) * current[i]);
            leader = Math.max(leader, probability[i]);
        }
        double cut = leader * contenderShare;
        int[] contender = new int[n];
        int contenders = 0;
        double contenderMass = 0;
        for (int i = 0; i < n; i++) {
            contender[i] = probability[i] >= cut ? contenders++ : -1;
            contenderMass += probability[i] >= cut ? probability[i] : 0;
        }
        double[] share = new double[contenders];
        for (int i = 0; i < n; i++) {
            if (contender[i] >= 0) {
                share[contender[i]] = probability[i] / contenderMass;
            }
        }
        List<NextTest> ranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (recorded(candidate, facts) || otherSex(candidate, exam)) {
                continue;
            }
            List<FindingValue> values = candidate.values();
            WhatIf[] whatIfs = whatIfs(candidate, facts, aside);
            double[][] contenderChances = new double[contenders][];
            boolean bearsOnContender = false;
            double gain = 0;
            for (int i : candidate.affected()) {
                double[] given = resultChances(updates.get(i), current[i], holding[i], candidate.id(), whatIfs);
                gain += probability[i] / leader * information(probability[i], given);
                if (contender[i] >= 0) {
                    contenderChances[contender[i]] = given;
                    bearsOnContender = true;
                }
            }
            if (contenders > 1 && bearsOnContender) {
                gain += separation(share, contenderChances, values.size());
            }
            if (gain > 1e-9) {
                ranked.add(new NextTest(candidate.id(), gain));
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
            if (!Collections.disjoint(families, taken)) {
                later.add(test);
            } else {
                taken.addAll(families);
                out.add(test);
            }
        }
        later.stream().limit(Math.max(0, limit - out.size())).forEach(out::add);
        return out;
    }

    /** The finding, or another way of recording the same examination, is recorded already. */
    private static boolean recorded(Candidate candidate, ExamFacts facts) {
        if (facts.recorded(candidate.id())) {
            return true;
        }
        for (String other : candidate.alternatives()) {
            if (facts.recorded(other)) {
                return true;
            }
        }
        return false;
    }

    /** A question for one sex only, and the patient is recorded as the other (not "other" or unknown). */
    private static boolean otherSex(Candidate candidate, Exam exam) {
        String only = candidate.onlyForSex();
        org.exampath.domain.Sex sex = exam.patient().sex();
        return only != null && sex != null && sex != org.exampath.domain.Sex.OTHER && !sex.id().equals(only);
    }

    /**
     * One result of a candidate laid over the exam, with the prefixes set aside then: worked out once per result, for
     * every hypothesis the candidate bears on. {@code sameAside}: the prefixes are those of the exam as it is.
     */
    private record WhatIf(ExamFacts facts, List<String> aside, boolean sameAside) {
    }

    private WhatIf[] whatIfs(Candidate candidate, ExamFacts facts, List<String> aside) {
        List<FindingValue> values = candidate.values();
        WhatIf[] out = new WhatIf[values.size()];
        for (int i = 0; i < out.length; i++) {
            ExamFacts what = facts.with(candidate.id(), values.get(i));
            List<String> whatAside = candidate.setsAside() ? asidePrefixes.apply(what) : aside;
            out[i] = new WhatIf(what, whatAside, whatAside.equals(aside));
        }
        return out;
    }

    /** The chance of each result if the hypothesis is present: its likelihood ratio against the current one, normalised. */
    private static double[] resultChances(OddsUpdate update, double base, boolean[] holds, String id, WhatIf[] whatIfs) {
        int k = whatIfs.length;
        double[] given = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            WhatIf what = whatIfs[i];
            boolean[] whatHolds = update.matchesWith(holds, what.facts(), id);
            // the same rows and the same set-aside prefixes give the same combined LR: base / base, exactly 1
            given[i] = whatHolds == holds && what.sameAside() ? 1 : update.combinedLr(whatHolds, what.facts(), what.aside()) / base;
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
     * Bits the result is expected to tell about which contender it is, given each contender's {@code share} of their
     * probability and its chances of each result ({@code null}: the finding does not bear on it, every result alike):
     * the mutual information, summed as each contender's share times the divergence of its results from the mixture.
     */
    private static double separation(double[] share, double[][] chances, int k) {
        double bits = 0;
        for (int r = 0; r < k; r++) {
            double outcome = 0;
            for (int c = 0; c < share.length; c++) {
                outcome += share[c] * chance(chances[c], r, k);
            }
            for (int c = 0; c < share.length; c++) {
                double q = chance(chances[c], r, k);
                bits += q > 0 ? share[c] * q * Math.log(q / outcome) : 0;
            }
        }
        return Math.max(0, bits / LN2);
    }

    private static double chance(double[] given, int result, int k) {
        return given == null ? 1.0 / k : given[result];
    }

    private static double entropy(double p) {
        if (p <= 0 || p >= 1) {
            return 0;
        }
        return -(p * Math.log(p) + (1 - p) * Math.log(1 - p)) / LN2;
    }

}
