package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.Hypothesis;
import org.exampath.knowledge.LikelihoodRow;
import org.exampath.knowledge.Policy;

/**
 * Pre-test odds times likelihood ratios for one hypothesis, with the evidence file's safeguards:
 * rows whose findings are set aside do not count, a validated cluster replaces its members unless they would move
 * the odds further the same way without it (ADR 0013), only the strongest LR of each dependence family counts (held
 * within the family cap), and the product is held within the total cap.
 */
final class OddsUpdate {
    private final Hypothesis hypothesis;
    private final List<LikelihoodRow> rows;
    private final Policy policy;
    private static final int[] NONE = new int[0];
    /** For each finding id, the indices of the rows whose condition mentions it. */
    private final Map<String, int[]> referencing = new HashMap<>();
    /** Each row's LR after the family cap ({@link #effective}) and its strength, by row index, worked out once. */
    private final double[] effective;
    private final double[] strength;
    /** The families of the rows, numbered, and the order a hash map of them lists them in ({@link #counted}). */
    private final FamilyOrder families;
    /** Each row's family, by row index, as {@link #families} numbers it. */
    private final int[] family;
    /** For each validated cluster's row index, the other rows filed under a finding it supersedes, in row order. */
    private final int[][] members;

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
        effective = this.rows.stream().mapToDouble(this::effective).toArray();
        strength = this.rows.stream().mapToDouble(row -> Math.abs(Math.log(effective(row)))).toArray();
        families = new FamilyOrder(this.rows.stream().map(LikelihoodRow::family).toList());
        family = this.rows.stream().mapToInt(row -> families.ordinal(row.family())).toArray();
        members = new int[this.rows.size()][];
        for (int i = 0; i < members.length; i++) {
            LikelihoodRow cluster = this.rows.get(i);
            members[i] = IntStream.range(0, members.length).filter(j -> cluster.cluster() && !this.rows.get(j).cluster()
                    && cluster.supersedes().contains(this.rows.get(j).finding())).toArray();
        }
    }

    Hypothesis hypothesis() {
        return hypothesis;
    }

    /** The combined, capped likelihood ratio only: the fast path used to rank next tests. */
    double combinedLr(Facts facts, List<String> asidePrefixes) {
        return combinedLr(matches(facts), facts, asidePrefixes);
    }

    /**
     * The combined LR from rows already known to hold or not for {@code facts} ({@link #matches}), for "what if"
     * ranking; the facts are read only to tell what a row that holds rests on, when a prefix is set aside.
     */
    double combinedLr(boolean[] matched, Facts facts, List<String> asidePrefixes) {
        double product = 1;
        for (int i : counted(matched, asidePrefixes, null, facts)) {
            product *= effective[i];
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
     * are tested again; the others keep their answer from {@code base}. When no answer changes, {@code base}
     * itself is returned (never written to), so the caller can tell at a glance that nothing moved.
     */
    boolean[] matchesWith(boolean[] base, Facts what, String changedId) {
        boolean[] out = base;
        for (int i : referencing.getOrDefault(changedId, NONE)) {
            boolean holds = rows.get(i).when().test(what);
            if (holds != base[i]) {
                out = out == base ? base.clone() : out;
                out[i] = holds;
            }
        }
        return out;
    }

    /**
     * The full result with every contribution and every row set aside, for the panel's "why"; {@code holds} are the
     * rows that hold for {@code facts} ({@link #matches}).
     */
    HypothesisResult result(Facts facts, boolean[] holds, List<String> asidePrefixes) {
        List<SetAside> aside = new ArrayList<>();
        List<Integer> counted = new ArrayList<>();
        for (int i : counted(holds, asidePrefixes, aside, facts)) {
            counted.add(i);
        }
        counted.sort(Comparator.comparingDouble((Integer i) -> -strength[i]).thenComparing(i -> rows.get(i).finding()));
        double odds = toOdds(hypothesis.prior());
        double product = 1;
        List<Evidence> evidence = new ArrayList<>();
        for (int i : counted) {
            LikelihoodRow row = rows.get(i);
            double lr = effective[i];
            double before = toProbability(odds * clamp(product, policy.totalFloor(), policy.totalCap()));
            product *= lr;
            RowSupport support = RowSupport.of(row, facts);
            evidence.add(new Evidence(row.finding(), facts.value(row.finding()), lr, row.publishedLr(), row.source(),
                    row.tag(), row.estimate(), row.basis(), row.family(), before,
                    toProbability(odds * clamp(product, policy.totalFloor(), policy.totalCap())), support.findings(),
                    support.values(), row.cluster(), support.heldBy()));
        }
        double combined = clamp(product, policy.totalFloor(), policy.totalCap());
        return new HypothesisResult(hypothesis.id(), hypothesis.label(), hypothesis.driver(), hypothesis.prior(),
                toProbability(odds * combined), combined, combined != product, evidence, aside);
    }

    /**
     * Which row of each family counts, as row indices; with {@code aside} given, why each other row does not. They come
     * in the order a {@link HashMap} from family to row would list them ({@link FamilyOrder}): the order
     * {@link #combinedLr} has always multiplied in.
     */
    private int[] counted(boolean[] holds, List<String> asidePrefixes, List<SetAside> aside, Facts facts) {
        boolean[] setAside = AsideRows.of(rows, holds, asidePrefixes, facts);
        boolean[] superseded = null; // by row index: filed under a finding a counting cluster supersedes
        for (int i = 0; i < holds.length; i++) {
            if (!holds[i]) {
                continue;
            }
            LikelihoodRow row = rows.get(i);
            if (setAside[i]) {
                note(aside, facts, row, "set aside: findings of this kind are uninformative here", null);
            } else if (row.cluster()) {
                List<Integer> counting = countingMembers(i, holds, setAside);
                if (membersSayMore(i, counting)) {
                    setAside[i] = true;
                    noteInstead(aside, facts, row, "its member tests count instead: together they point the same way,"
                            + " further than the cluster", counting);
                } else {
                    superseded = superseded == null ? new boolean[holds.length] : superseded;
                    for (int j : members[i]) {
                        superseded[j] = true;
                    }
                }
            }
        }
        int[] strongest = new int[families.size()];
        Arrays.fill(strongest, -1);
        int[] firstPut = new int[families.size()];
        int puts = 0;
        for (int i = 0; i < holds.length; i++) {
            LikelihoodRow row = rows.get(i);
            if (!holds[i] || setAside[i]) {
                continue;
            }
            if (superseded != null && superseded[i]) {
                note(aside, facts, row, "counted within a validated cluster", null);
                continue;
            }
            int held = strongest[family[i]];
            if (held < 0 || strength[i] > strength[held]) {
                if (held >= 0) {
                    note(aside, facts, rows.get(held), instead(row), row);
                } else {
                    firstPut[puts++] = family[i];
                }
                strongest[family[i]] = i;
            } else {
                note(aside, facts, row, instead(rows.get(held)), rows.get(held));
            }
        }
        int[] order = families.mapOrder(firstPut, puts);
        for (int k = 0; k < order.length; k++) {
            order[k] = strongest[order[k]];
        }
        return order;
    }

    /**
     * The rows a validated cluster would replace that count without it: of the rows that hold, are not set aside and
     * are filed under a finding it supersedes, the strongest of each family (the first in row order on a tie).
     */
    private List<Integer> countingMembers(int cluster, boolean[] holds, boolean[] setAside) {
        int[] strongest = new int[families.size()];
        Arrays.fill(strongest, -1);
        for (int j : members[cluster]) {
            if (holds[j] && !setAside[j]) {
                int held = strongest[family[j]];
                if (held < 0 || strength[j] > strength[held]) {
                    strongest[family[j]] = j;
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int j : members[cluster]) { // in row order
            if (strongest[family[j]] == j) {
                out.add(j);
            }
        }
        return out;
    }

    /**
     * The members would move the odds further than the cluster, the same way (ADR 0013): the cluster's result says
     * less than theirs (one positive of two, where both were positive, or a stronger single test), so replacing them
     * would throw evidence away and a further positive test could lower the hypothesis.
     */
    private boolean membersSayMore(int cluster, List<Integer> members) {
        double product = 1;
        for (int j : members) {
            product *= effective[j];
        }
        double theirs = Math.log(clamp(product, policy.totalFloor(), policy.totalCap()));
        double its = Math.log(effective[cluster]);
        return theirs * its > 0 && Math.abs(theirs) > Math.abs(its);
    }

    /** Why a row gives way to the one that counts: a stronger test, or a validated cluster of the same family. */
    private static String instead(LikelihoodRow counted) {
        return counted.cluster() ? "a validated cluster of the same family counts instead"
                : "a stronger test of the same family counts instead";
    }

    /** Notes a row that does not count; {@code instead} is the row that counts in its place, if any. */
    private static void note(List<SetAside> aside, Facts facts, LikelihoodRow row, String reason, LikelihoodRow instead) {
        if (aside != null) {
            add(aside, facts, row, reason, instead == null ? List.of() : RowSupport.findings(instead, facts));
        }
    }

    /** Notes a row that does not count because the rows {@code instead} (row indices) count in its place. */
    private void noteInstead(List<SetAside> aside, Facts facts, LikelihoodRow row, String reason, List<Integer> instead) {
        if (aside != null) {
            Set<String> findings = new java.util.LinkedHashSet<>();
            instead.forEach(j -> findings.addAll(RowSupport.findings(rows.get(j), facts)));
            add(aside, facts, row, reason, List.copyOf(findings));
        }
    }

    private static void add(List<SetAside> aside, Facts facts, LikelihoodRow row, String reason, List<String> instead) {
        RowSupport support = RowSupport.of(row, facts);
        aside.add(new SetAside(row.finding(), row.lr(), row.source(), reason, instead, row.cluster(),
                support.findings(), support.values(), support.heldBy()));
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
