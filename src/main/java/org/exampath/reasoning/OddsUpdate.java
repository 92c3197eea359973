package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.Hypothesis;
import org.exampath.knowledge.LikelihoodRow;
import org.exampath.knowledge.Policy;

/**
 * Pre-test odds times likelihood ratios for one hypothesis, with the evidence file's safeguards:
 * rows whose findings are set aside do not count, a validated cluster replaces its members, only the
 * strongest LR of each dependence family counts (held within the family cap), and the product is held
 * within the total cap.
 */
final class OddsUpdate {
    private final Hypothesis hypothesis;
    private final List<LikelihoodRow> rows;
    private final Policy policy;
    private static final int[] NONE = new int[0];
    /** For each finding id, the indices of the rows whose condition mentions it. */
    private final Map<String, int[]> referencing = new HashMap<>();

    OddsUpdate(Hypothesis hypothesis, List<LikelihoodRow> rows, Policy policy) {
        this.hypothesis = hypothesis;
        this.rows = List.copyOf(rows);
        this.policy = policy;
        Map<String, List<Integer>> indices = new HashMap<>();
        for (int i = 0; i < this.rows.size(); i++) {
            for (String id : this.rows.get(i).references()) {
                indices.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
        }
        indices.forEach((id, list) -> referencing.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    Hypothesis hypothesis() {
        return hypothesis;
    }

    /** The combined, capped likelihood ratio only: the fast path used to rank next tests. */
    double combinedLr(Facts facts, List<String> asidePrefixes) {
        return combinedLr(matches(facts), asidePrefixes);
    }

    /** The combined LR from rows already known to hold or not ({@link #matches}), for "what if" ranking. */
    double combinedLr(boolean[] matched, List<String> asidePrefixes) {
        double product = 1;
        for (LikelihoodRow row : counted(matched, asidePrefixes, null, null).values()) {
            product *= effective(row);
        }
        return clamp(product, policy.totalFloor(), policy.totalCap());
    }

    /** Which rows hold for these facts, in row order. */
    boolean[] matches(Facts facts) {
        boolean[] out = new boolean[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i).when().test(facts);
        }
        return out;
    }

    /**
     * The rows that hold when one finding takes another value: only rows whose condition mentions it
     * are tested again; the others keep their answer from {@code base}.
     */
    boolean[] matchesWith(boolean[] base, Facts what, String changedId) {
        boolean[] out = base.clone();
        for (int i : referencing.getOrDefault(changedId, NONE)) {
            out[i] = rows.get(i).when().test(what);
        }
        return out;
    }

    /** The full result with every contribution and every row set aside, for the panel's "why". */
    HypothesisResult result(Facts facts, List<String> asidePrefixes) {
        List<SetAside> aside = new ArrayList<>();
        List<LikelihoodRow> counted = new ArrayList<>(counted(matches(facts), asidePrefixes, aside, facts).values());
        counted.sort(Comparator.comparingDouble((LikelihoodRow r) -> -Math.abs(Math.log(effective(r))))
                .thenComparing(LikelihoodRow::finding));
        double odds = toOdds(hypothesis.prior());
        double product = 1;
        List<Evidence> evidence = new ArrayList<>();
        for (LikelihoodRow row : counted) {
            double lr = effective(row);
            double before = toProbability(odds * clamp(product, policy.totalFloor(), policy.totalCap()));
            product *= lr;
            List<String> findings = recorded(row, facts);
            evidence.add(new Evidence(row.finding(), facts.value(row.finding()), lr, row.publishedLr(), row.source(),
                    row.tag(), row.estimate(), row.basis(), row.family(), before,
                    toProbability(odds * clamp(product, policy.totalFloor(), policy.totalCap())), findings,
                    findings.stream().map(facts::value).toList(), row.cluster()));
        }
        double combined = clamp(product, policy.totalFloor(), policy.totalCap());
        return new HypothesisResult(hypothesis.id(), hypothesis.label(), hypothesis.driver(), hypothesis.prior(),
                toProbability(odds * combined), combined, combined != product, evidence, aside);
    }

    /** The findings a row rests on that are recorded, in the row's order. */
    private static List<String> recorded(LikelihoodRow row, Facts facts) {
        List<String> out = new ArrayList<>();
        for (String id : row.references()) {
            if (facts.value(id) != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** Which row of each family counts; with {@code aside} (and the facts) given, why each other row does not. */
    private Map<String, LikelihoodRow> counted(boolean[] holds, List<String> asidePrefixes, List<SetAside> aside, Facts facts) {
        List<LikelihoodRow> matched = new ArrayList<>();
        Set<String> superseded = new HashSet<>();
        for (int i = 0; i < holds.length; i++) {
            if (!holds[i]) {
                continue;
            }
            LikelihoodRow row = rows.get(i);
            if (isAside(row.finding(), asidePrefixes)) {
                note(aside, facts, row, "set aside: findings of this kind are uninformative here", null);
                continue;
            }
            matched.add(row);
            if (row.cluster()) {
                superseded.addAll(row.supersedes());
            }
        }
        Map<String, LikelihoodRow> strongest = new HashMap<>();
        for (LikelihoodRow row : matched) {
            if (!row.cluster() && superseded.contains(row.finding())) {
                note(aside, facts, row, "counted within a validated cluster", null);
                continue;
            }
            LikelihoodRow held = strongest.get(row.family());
            if (held == null || strength(row) > strength(held)) {
                if (held != null) {
                    note(aside, facts, held, instead(row), row);
                }
                strongest.put(row.family(), row);
            } else {
                note(aside, facts, row, instead(held), held);
            }
        }
        return strongest;
    }

    /** Why a row gives way to the one that counts: a stronger test, or a validated cluster of the same family. */
    private static String instead(LikelihoodRow counted) {
        return counted.cluster() ? "a validated cluster of the same family counts instead"
                : "a stronger test of the same family counts instead";
    }

    /** Notes a row that does not count; {@code instead} is the row that counts in its place, if any. */
    private static void note(List<SetAside> aside, Facts facts, LikelihoodRow row, String reason, LikelihoodRow instead) {
        if (aside != null) {
            List<String> findings = recorded(row, facts);
            aside.add(new SetAside(row.finding(), row.lr(), row.source(), reason,
                    instead == null ? List.of() : recorded(instead, facts), row.cluster(), findings,
                    findings.stream().map(facts::value).toList()));
        }
    }

    private static boolean isAside(String finding, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (finding.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private double strength(LikelihoodRow row) {
        return Math.abs(Math.log(effective(row)));
    }

    /** A row's LR after the family cap; a validated cluster answers only to the total cap. */
    double effective(LikelihoodRow row) {
        return row.cluster()
                ? clamp(row.lr(), policy.totalFloor(), policy.totalCap())
                : clamp(row.lr(), policy.familyFloor(), policy.familyCap());
    }

    static double clamp(double value, double floor, double cap) {
        return Math.max(floor, Math.min(cap, value));
    }

    static double toOdds(double probability) {
        return probability / (1 - probability);
    }

    static double toProbability(double odds) {
        return odds / (1 + odds);
    }
}
