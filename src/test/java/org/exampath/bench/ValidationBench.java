package org.exampath.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.TestKnowledge;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Evidence;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.RedFlag;
import org.exampath.reasoning.ValidationSet;

/**
 * How the engine does on the published-case validation set: top-1, top-3, mean probability of the
 * report's diagnosis, multi-class Brier score, red-flag recall and false emergencies. Accuracy is
 * scored over cases whose diagnosis is a hypothesis; a case whose diagnosis is a red flag counts
 * only for flag recall. Figures are printed for each batch of cases (the set as first assembled,
 * and each batch added later as a check against over-fitting) and for all cases together. For each
 * miss it prints the top three and the findings that moved the leader and the report's diagnosis.
 * Last, the same figures by how much of the presentation a report gives (findings entered beyond
 * age, sex and side), since an abstract that states one finding cannot be ranked like a full text.
 * Run: mvn -Pbench test-compile exec:exec -Dbench.main=org.exampath.bench.ValidationBench
 */
public final class ValidationBench {
    private ValidationBench() {
    }

    public static void main(String[] args) throws Exception {
        ValidationSet set = ValidationSet.load();
        Set<String> hypotheses = new TreeSet<>();
        TestKnowledge.SHIPPED.hypotheses().forEach(h -> hypotheses.add(h.id()));
        Map<String, Tally> batches = new LinkedHashMap<>();
        batches.put(ValidationSet.ORIGINAL_BATCH, new Tally());
        Tally all = new Tally();
        Map<String, Tally> byDetail = new LinkedHashMap<>();
        for (String bucket : DETAIL_BUCKETS) {
            byDetail.put(bucket, new Tally());
        }
        List<String> lines = new ArrayList<>();
        for (ValidationSet.Case c : set.cases()) {
            Assessment a = TestKnowledge.ENGINE.assess(c.exam());
            Tally batch = batches.computeIfAbsent(c.batch(), b -> new Tally());
            String line = score(c, a, hypotheses, batch);
            score(c, a, hypotheses, all);
            score(c, a, hypotheses, byDetail.get(detailBucket(c.exam().findings().size())));
            if (line != null) {
                lines.add(line);
            }
        }
        System.out.println("validation set: " + set.cases().size() + " cases, " + all.scored + " scored for diagnosis");
        lines.forEach(System.out::println);
        batches.forEach((name, t) -> t.print("batch " + name));
        all.print("all cases");
        byDetail.forEach((bucket, t) -> t.print("reports giving " + bucket + " findings"));
    }

    private static final List<String> DETAIL_BUCKETS = List.of("0-2", "3-5", "6-8", "9 or more");

    /** The bucket for a report that gives this many findings beyond age, sex and side. */
    private static String detailBucket(int findings) {
        return DETAIL_BUCKETS.get(Math.min(findings / 3, DETAIL_BUCKETS.size() - 1));
    }

    /** Scores one case into the tally; returns its line, or null when its diagnosis is a red flag. */
    private static String score(ValidationSet.Case c, Assessment a, Set<String> hypotheses, Tally t) {
        t.cases++;
        Set<String> raised = new TreeSet<>();
        for (RedFlag f : a.redFlags()) {
            if (!"noted".equals(f.urgency())) {
                raised.add(f.id());
            }
            if ("emergency".equals(f.urgency()) && !c.redFlags().contains(f.id())) {
                t.falseEmergencies.add(c.file() + " (" + f.id() + ")");
            }
        }
        if (c.noRedFlags()) {
            t.withoutFlags++;
            if (!raised.isEmpty()) {
                t.flaggedWithout.add(c.file() + " " + raised);
            }
        }
        for (String flag : c.redFlags()) {
            t.flagsExpected++;
            if (raised.contains(flag)) {
                t.flagsRaised++;
            } else {
                t.missedFlags.add(c.file() + " (" + flag + ")");
            }
        }
        if (!hypotheses.contains(c.diagnosis())) {
            t.unscored.add(c.file() + " (" + c.diagnosis() + ")");
            return null;
        }
        t.scored++;
        List<HypothesisResult> ranked = a.hypotheses();
        int rank = 0;
        while (rank < ranked.size() && !ranked.get(rank).id().equals(c.diagnosis())) {
            rank++;
        }
        if (rank == 0) {
            t.top1++;
        }
        if (rank < 3) {
            t.top3++;
        }
        double p = rank < ranked.size() ? ranked.get(rank).probability() : 0;
        t.probabilitySum += p;
        t.brierSum += brier(ranked, c.diagnosis());
        String line = String.format(Locale.ROOT, "  %-56s %-32s rank %d  p %.2f  leading %s  flags %s",
                c.file(), c.diagnosis(), rank + 1, p, ranked.get(0).id(), raised);
        if (rank > 0) {
            line += System.lineSeparator() + "      top 3: " + top(ranked, 3)
                    + System.lineSeparator() + "      " + moved(ranked.get(0))
                    + (rank < ranked.size() ? System.lineSeparator() + "      " + moved(ranked.get(rank)) : "");
        }
        return line;
    }

    private static String top(List<HypothesisResult> ranked, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(n, ranked.size()); i++) {
            out.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f", ranked.get(i).id(), ranked.get(i).probability()));
        }
        return out.toString();
    }

    /** A miss's audit line: the prior and every counted finding with the LR it carried. */
    private static String moved(HypothesisResult h) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: prior %.3f", h.id(), h.prior()));
        for (Evidence e : h.contributions()) {
            out.append(e.cluster()
                    ? String.format(Locale.ROOT, ", cluster%s x%.2f", e.findings(), e.lr())
                    : String.format(Locale.ROOT, ", %s=%s x%.2f", e.finding(), e.value().display(), e.lr()));
        }
        return out.toString();
    }

    /**
     * Sum over hypotheses of (p - outcome)^2. Probabilities are normalised over the panel first,
     * since hypotheses co-exist and their posteriors need not sum to one.
     */
    private static double brier(List<HypothesisResult> ranked, String truth) {
        double total = ranked.stream().mapToDouble(HypothesisResult::probability).sum();
        double sum = 0;
        for (HypothesisResult h : ranked) {
            double p = total > 0 ? h.probability() / total : 1.0 / ranked.size();
            double o = h.id().equals(truth) ? 1 : 0;
            sum += (p - o) * (p - o);
        }
        return sum;
    }

    /** Running figures for one group of cases. */
    private static final class Tally {
        int cases;
        int scored;
        int top1;
        int top3;
        double probabilitySum;
        double brierSum;
        int flagsExpected;
        int flagsRaised;
        int withoutFlags;
        final List<String> flaggedWithout = new ArrayList<>();
        final List<String> falseEmergencies = new ArrayList<>();
        final List<String> missedFlags = new ArrayList<>();
        final List<String> unscored = new ArrayList<>();

        void print(String title) {
            System.out.println(title + ": " + cases + " cases, " + scored + " scored for diagnosis");
            if (scored > 0) {
                System.out.printf(Locale.ROOT, "  top-1 %.1f%% (%d/%d)  top-3 %.1f%% (%d/%d)  mean p(right) %.3f  Brier %.3f%n",
                        100.0 * top1 / scored, top1, scored, 100.0 * top3 / scored, top3, scored,
                        probabilitySum / scored, brierSum / scored);
            }
            System.out.printf(Locale.ROOT, "  red-flag recall %d/%d (a flag only noted does not count); false emergencies %d%n",
                    flagsRaised, flagsExpected, falseEmergencies.size());
            System.out.printf(Locale.ROOT, "  reports that give no red flag: %d, with a flag raised (soon or higher) %d%s%n",
                    withoutFlags, flaggedWithout.size(), flaggedWithout.isEmpty() ? "" : " " + flaggedWithout);
            if (!unscored.isEmpty()) {
                System.out.println("  scored on flags only (diagnosis is a red flag): " + unscored);
            }
            if (!missedFlags.isEmpty()) {
                System.out.println("  missed flags: " + missedFlags);
            }
            if (!falseEmergencies.isEmpty()) {
                System.out.println("  false emergencies: " + falseEmergencies);
            }
        }
    }
}
