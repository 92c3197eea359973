package org.exampath.reasoning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.domain.Exam;
import org.exampath.knowledge.Driver;
import org.exampath.knowledge.Hypothesis;
import org.exampath.knowledge.KnowledgeBase;

/**
 * Which pain driver an assessment names (ADR 0011): the driver of the hypotheses that lead. While one hypothesis
 * clearly leads (no other within the policy's {@code closeShare} of it), its driver; while the close leaders share a
 * driver, that driver; either only once earned (a finding beyond age and sex lifted a hypothesis of that driver,
 * ADR 0007). While the close leaders belong to different drivers the driver is not yet clear, with its own reason.
 * The probability reported is the driver's aggregate figure ("at least one of its hypotheses present"), or the
 * strongest driver's while none is named. Nothing here changes a probability.
 */
public final class DriverChoice {
    private final KnowledgeBase knowledge;

    DriverChoice(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The driver to name, from the ranked hypotheses and the drivers' aggregate figures (strongest first). */
    DriverResult choose(List<HypothesisResult> ranked, List<DriverResult> drivers) {
        Set<String> leading = leadingDrivers(ranked, knowledge.policy().closeShare());
        if (leading.size() > 1 && lifted(ranked)) {
            return unclear(drivers.get(0), true);
        }
        String id = leading.iterator().next();
        if (!earned(id, ranked)) {
            return unclear(drivers.get(0), false);
        }
        DriverResult named = drivers.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
        return withLeadingLines(named, HypothesisResult.closeLeaders(ranked, knowledge.policy().closeShare()));
    }

    /**
     * The close leaders span drivers, so the named driver is "not yet clear" for that reason rather than for want of
     * findings: what the panel and the note say in brackets after "not yet clear".
     */
    public static boolean leadersSplit(Assessment a, double closeShare) {
        return a.driver().id().equals(Driver.UNCLEAR) && lifted(a.hypotheses())
                && leadingDrivers(a.hypotheses(), closeShare).size() > 1;
    }

    /** The drivers of every hypothesis at or above {@code closeShare} of the leader's probability. */
    static Set<String> leadingDrivers(List<HypothesisResult> ranked, double closeShare) {
        Set<String> out = new TreeSet<>();
        HypothesisResult.closeLeaders(ranked, closeShare).forEach(h -> out.add(h.driver()));
        return out;
    }

    /** Something recorded beyond age and sex lifted some hypothesis: the figures are more than starting estimates. */
    private static boolean lifted(List<HypothesisResult> ranked) {
        return ranked.stream().anyMatch(HypothesisResult::liftedByTheExam);
    }

    /** A counted contribution above 1 from a finding other than age and sex lifts a hypothesis of {@code driver}. */
    private static boolean earned(String driver, List<HypothesisResult> ranked) {
        return ranked.stream().filter(h -> h.driver().equals(driver)).flatMap(h -> h.contributions().stream())
                .anyMatch(e -> e.lr() > 1 && !Exam.DEMOGRAPHICS.contains(e.finding()));
    }

    private DriverResult unclear(DriverResult strongest, boolean split) {
        Driver entry = knowledge.drivers().getOrDefault(Driver.UNCLEAR, new Driver(Driver.UNCLEAR, "Not yet clear",
                "The pain driver is not yet clear: map the history first.", ""));
        String text = split && entry.whenLeadersSplit() != null ? entry.whenLeadersSplit() : entry.management();
        return new DriverResult(entry.id(), entry.label(), strongest.probability(), text);
    }

    /**
     * The own management line of each close leader of the named driver that has one, in rank order and each once:
     * while they are level ("no clear leader yet"), advice for only the first would pick the diagnosis the summary
     * says cannot be picked yet (ADR 0011, one level down).
     */
    private DriverResult withLeadingLines(DriverResult driver, List<HypothesisResult> leaders) {
        Set<String> lines = new LinkedHashSet<>();
        for (HypothesisResult leader : leaders) {
            String line = knowledge.hypothesis(leader.id()).map(Hypothesis::management).orElse(null);
            if (line != null && !line.isBlank() && leader.driver().equals(driver.id())) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            return driver;
        }
        return new DriverResult(driver.id(), driver.label(), driver.probability(),
                driver.management() + " " + String.join(" ", lines));
    }
}
