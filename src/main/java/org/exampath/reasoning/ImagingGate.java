package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.domain.Exam;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.ImagingRule;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.LikelihoodRow;
import org.exampath.knowledge.Urgency;

/**
 * The imaging gate (imaging.json, evidence §4.3): the first rule that holds decides. A rule speaks for a raised flag
 * when it holds with that flag alone raised and not with none; when another raised flag has a rule of its own with the
 * same advice (two urgent flags, each with its own pathway), that rule's guidance and sources follow the deciding
 * one's, so the reason never hides the second flag's pathway.
 */
final class ImagingGate {
    private final List<ImagingRule> rules;

    /** Physical tests that a likelihood-ratio row reads: the tests that can move the working diagnosis. */
    private final Set<String> informative = new TreeSet<>();

    ImagingGate(KnowledgeBase knowledge) {
        this.rules = knowledge.imaging();
        for (FindingDefinition definition : knowledge.findings().values()) {
            if (definition.physical()
                    && knowledge.rows().stream().map(LikelihoodRow::references).anyMatch(r -> r.contains(definition.id()))) {
                informative.add(definition.id());
            }
        }
    }

    ImagingDecision decide(Exam exam, Facts facts, List<RedFlag> flags, RedFlagScreen screen, double leading) {
        int tests = (int) exam.findings().keySet().stream().filter(informative::contains).count();
        Map<String, String> raised = new LinkedHashMap<>();
        flags.forEach(flag -> raised.put(flag.id(), flag.urgency()));
        ImagingRule decided = first(ExamFacts.forImaging(facts, raised, leading, tests));
        Facts none = ExamFacts.forImaging(facts, Map.of(), leading, tests);
        List<String> guidance = new ArrayList<>(List.of(decided.reason()));
        Set<String> sources = new LinkedHashSet<>(decided.sources());
        for (RedFlag flag : flags) {
            if (flag.level() == Urgency.NOTED) {
                continue;
            }
            ImagingRule own = first(ExamFacts.forImaging(facts, Map.of(flag.id(), flag.urgency()), leading, tests));
            if (own != decided && !own.when().test(none) && own.recommendation().equals(decided.recommendation())
                    && !guidance.contains(own.reason())) {
                guidance.add(own.reason());
                sources.addAll(own.sources());
            }
        }
        String said = String.join(" ", guidance);
        boolean anyFlag = flags.stream().anyMatch(f -> f.level() != Urgency.NOTED);
        String reason = (anyFlag ? flagsStatement(flags) : noFlagStatement(screen, flags)) + said;
        return new ImagingDecision(decided.recommendation(), reason, List.copyOf(sources), said);
    }

    private ImagingRule first(Facts gate) {
        for (ImagingRule rule : rules) {
            if (rule.when().test(gate)) {
                return rule;
            }
        }
        throw new IllegalStateException("the knowledge loader guarantees a final imaging rule that always holds");
    }

    /**
     * Which flags the imaging advice follows, most pressing first, so a reason never leaves the reader to work out
     * which pathway applies: "Flag raised: Possible malignancy (urgent). ". A noted item is left out (it changes nothing).
     */
    static String flagsStatement(List<RedFlag> flags) {
        List<String> named = flags.stream().filter(f -> f.level() != Urgency.NOTED)
                .map(f -> f.label() + " (" + f.urgency() + ")").toList();
        return (named.size() == 1 ? "Flag raised: " : "Flags raised: ") + String.join("; ", named) + ". ";
    }

    /** What may be said when no flag is raised: "no red flag" only after a complete screen. */
    static String noFlagStatement(RedFlagScreen screen) {
        return noFlagStatement(screen, List.of());
    }

    /**
     * As {@link #noFlagStatement(RedFlagScreen)}, where {@code flags} may hold noted items: a screen with one is not
     * called flag-free (the flag list and the banner show it), it is said to have nothing above the noted item.
     */
    static String noFlagStatement(RedFlagScreen screen, List<RedFlag> flags) {
        List<String> noted = flags.stream().filter(f -> f.level() == Urgency.NOTED).map(RedFlag::label).toList();
        if (!screen.complete()) {
            return screen.statement() + ": ask the rest before ruling serious pathology out. ";
        }
        return noted.isEmpty() ? screen.statement() + ": no red flag raised. "
                : screen.statement() + ": nothing raised above a noted item (" + String.join("; ", noted) + "). ";
    }
}
