package org.exampath.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.TestKnowledge;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.RedFlag;
import org.exampath.reasoning.ValidationSet;

/**
 * How the engine does on the published-case validation set: top-1, top-3, mean probability of the
 * report's diagnosis, multi-class Brier score, red-flag recall and false emergencies. Accuracy is
 * scored over cases whose diagnosis is a hypothesis; a case whose diagnosis is a red flag counts
 * only for flag recall. Run: mvn -Pbench test-compile exec:exec -Dbench.main=org.exampath.bench.ValidationBench
 */
public final class ValidationBench {
    private ValidationBench() {
    }

    public static void main(String[] args) throws Exception {
        ValidationSet set = ValidationSet.load();
        Set<String> hypotheses = new TreeSet<>();
        TestKnowledge.SHIPPED.hypotheses().forEach(h -> hypotheses.add(h.id()));
        int scored = 0;
        int top1 = 0;
        int top3 = 0;
        double probabilitySum = 0;
        double brierSum = 0;
        int flagsExpected = 0;
        int flagsRaised = 0;
        int falseEmergencies = 0;
        List<String> lines = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        List<String> missedFlags = new ArrayList<>();
        List<String> falseEmergencyCases = new ArrayList<>();
        for (ValidationSet.Case c : set.cases()) {
            Assessment a = TestKnowledge.ENGINE.assess(c.exam());
            Set<String> raised = new TreeSet<>();
            for (RedFlag f : a.redFlags()) {
                if (!"noted".equals(f.urgency())) {
                    raised.add(f.id());
                }
                if ("emergency".equals(f.urgency()) && !c.redFlags().contains(f.id())) {
                    falseEmergencies++;
                    falseEmergencyCases.add(c.file() + " (" + f.id() + ")");
                }
            }
            for (String flag : c.redFlags()) {
                flagsExpected++;
                if (raised.contains(flag)) {
                    flagsRaised++;
                } else {
                    missedFlags.add(c.file() + " (" + flag + ")");
                }
            }
            if (!hypotheses.contains(c.diagnosis())) {
                unscored.add(c.file() + " (" + c.diagnosis() + ")");
                continue;
            }
            scored++;
            List<HypothesisResult> ranked = a.hypotheses();
            int rank = 0;
            while (rank < ranked.size() && !ranked.get(rank).id().equals(c.diagnosis())) {
                rank++;
            }
            if (rank == 0) {
                top1++;
            }
            if (rank < 3) {
                top3++;
            }
            double p = rank < ranked.size() ? ranked.get(rank).probability() : 0;
            probabilitySum += p;
            brierSum += brier(ranked, c.diagnosis());
            lines.add(String.format(Locale.ROOT, "  %-48s %-32s rank %d  p %.2f  leading %s  flags %s",
                    c.file(), c.diagnosis(), rank + 1, p, ranked.get(0).id(), raised));
        }
        System.out.println("validation set: " + set.cases().size() + " cases, " + scored + " scored for diagnosis");
        lines.forEach(System.out::println);
        if (!unscored.isEmpty()) {
            System.out.println("  not scored for diagnosis (diagnosis is not a hypothesis in the knowledge base): " + unscored);
        }
        if (scored > 0) {
            System.out.printf(Locale.ROOT, "top-1 %.1f%% (%d/%d)  top-3 %.1f%% (%d/%d)%n",
                    100.0 * top1 / scored, top1, scored, 100.0 * top3 / scored, top3, scored);
            System.out.printf(Locale.ROOT, "mean probability of the report's diagnosis %.3f%n", probabilitySum / scored);
            System.out.printf(Locale.ROOT, "Brier score (multi-class, 0 best, 2 worst) %.3f%n", brierSum / scored);
        }
        System.out.printf(Locale.ROOT, "red-flag recall %d/%d (a flag only noted does not count); false emergencies %d%n",
                flagsRaised, flagsExpected, falseEmergencies);
        if (!missedFlags.isEmpty()) {
            System.out.println("  missed flags: " + missedFlags);
        }
        if (!falseEmergencyCases.isEmpty()) {
            System.out.println("  false emergencies: " + falseEmergencyCases);
        }
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
}
