package org.exampath.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.RedFlagRule;
import org.exampath.knowledge.Urgency;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Evidence;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.RedFlag;
import org.exampath.reasoning.SetAside;

/**
 * Marks each of the student's tests against the assessment of what they uncovered, the one the exam window's panel
 * shows for the same findings: so a test the panel's "why?" counts is never called off the path, and one it sets
 * aside is set aside for the panel's own reason. While an emergency stands the tests are judged against it: the
 * findings its rule reads (its checks, from the knowledge) are on the path, and the rest are not graded.
 */
final class TestJudge {
    private static final double MOVED = 1e-9;
    private final KnowledgeBase knowledge;

    TestJudge(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The findings the rules of the emergencies standing in {@code seen} read: what to examine while they stand. */
    Set<String> emergencyChecks(Assessment seen) {
        Set<String> out = new TreeSet<>();
        for (RedFlag flag : seen.redFlags()) {
            if (flag.level() == Urgency.EMERGENCY) {
                knowledge.redFlags().stream().filter(rule -> rule.id().equals(flag.id())).map(RedFlagRule::when)
                        .forEach(when -> when.references(out));
            }
        }
        return out;
    }

    /**
     * Each test in the order done: before the screen if {@code screenFirst} (the student skipped the screening
     * questions that show a flag of the case), against the emergency if one stands in {@code seen}, else as the
     * panel counts it.
     */
    List<TestVerdict> judge(List<String> tests, Assessment seen, List<String> enginePath, boolean screenFirst) {
        Set<String> checks = emergencyChecks(seen);
        List<TestVerdict> out = new ArrayList<>();
        for (String id : tests) {
            if (screenFirst) {
                out.add(TestVerdict.of(id, TestVerdict.Kind.BEFORE_SCREEN, false));
            } else if (seen.emergency()) {
                out.add(checks.contains(id) ? TestVerdict.of(id, TestVerdict.Kind.CHECKS_EMERGENCY, true)
                        : TestVerdict.of(id, TestVerdict.Kind.NOT_GRADED, false));
            } else {
                out.add(asThePanelCounts(id, seen, enginePath.contains(id)));
            }
        }
        return out;
    }

    private TestVerdict asThePanelCounts(String id, Assessment seen, boolean engineWould) {
        for (RedFlag flag : seen.redFlags()) {
            if (!flag.noted() && flag.findings().contains(id)) {
                return new TestVerdict(id, TestVerdict.Kind.RAISED_FLAG, true, null, 0, 0, List.of(), flag.id(), List.of());
            }
        }
        Evidence best = null;
        HypothesisResult moved = null;
        for (HypothesisResult h : seen.hypotheses()) {
            for (Evidence e : h.contributions()) {
                if (restsOn(e.finding(), e.findings(), id)
                        && (best == null || Math.abs(e.after() - e.before()) > Math.abs(best.after() - best.before()) + MOVED)) {
                    best = e;
                    moved = h;
                }
            }
        }
        if (best != null) {
            List<String> together = best.findings().stream().filter(f -> !f.equals(id)).toList();
            boolean counted = Math.abs(best.after() - best.before()) > MOVED;
            return new TestVerdict(id, counted ? TestVerdict.Kind.COUNTED : TestVerdict.Kind.AT_CAP, counted || engineWould,
                    moved.id(), best.before(), best.after(), best.cluster() ? together : List.of(), null, List.of());
        }
        for (HypothesisResult h : seen.hypotheses()) {
            for (SetAside s : h.setAside()) {
                if (restsOn(s.finding(), s.findings(), id)) {
                    return new TestVerdict(id, TestVerdict.Kind.SET_ASIDE, engineWould, h.id(), 0, 0, List.of(), s.reason(),
                            s.countedInstead());
                }
            }
        }
        boolean weighed = knowledge.rows().stream().anyMatch(row -> row.references().contains(id));
        return TestVerdict.of(id, weighed ? TestVerdict.Kind.NOTHING : TestVerdict.Kind.NO_LR, engineWould);
    }

    private static boolean restsOn(String filedUnder, List<String> findings, String id) {
        return filedUnder.equals(id) || findings.contains(id);
    }
}
