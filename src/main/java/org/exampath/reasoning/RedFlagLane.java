package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.RedFlagLevel;
import org.exampath.knowledge.RedFlagRule;
import org.exampath.knowledge.Step;
import org.exampath.knowledge.Urgency;

/**
 * The serious-pathology channel: red-flag rules checked on their own, never through the
 * probabilities, and the state of the screen that feeds them.
 */
public final class RedFlagLane {
    private final KnowledgeBase knowledge;
    private final List<String> questions = new ArrayList<>();

    public RedFlagLane(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        for (FindingDefinition d : knowledge.findings().values()) {
            if (d.section() == Step.REDFLAG && !d.pseudo()) {
                questions.add(d.id());
            }
        }
    }

    /** The raised flags, most pressing first (file order within an urgency). */
    public List<RedFlag> flags(Exam exam) {
        return flags(new ExamFacts(exam));
    }

    List<RedFlag> flags(ExamFacts facts) {
        List<RedFlag> out = new ArrayList<>();
        for (RedFlagRule rule : knowledge.redFlags()) {
            RedFlagLevel level = rule.raisedBy(facts);
            if (level != null) {
                Set<String> findings = new TreeSet<>();
                level.when().explain(facts, findings);
                findings.removeIf(id -> FindingValue.Flag.NO.equals(facts.value(id))); // a "no" never raises a flag
                out.add(new RedFlag(rule.id(), rule.label(), level.urgency().key(), List.copyOf(findings),
                        level.action() != null ? level.action() : rule.action(), rule.sources(), level.reason(),
                        level.judgement(), List.of(), checks(rule, level, facts)));
            }
        }
        out.sort(Comparator.comparing(RedFlag::level));
        return out;
    }

    /**
     * The unrecorded findings worth recording next for a raised flag, in catalogue order: those its
     * level stands on because they were not asked, then those one answer of which would make a level
     * listed before it hold (more pressing, or the same urgency on firmer grounds). None for an emergency
     * (acted on now) or a noted item (logged only).
     */
    private List<String> checks(RedFlagRule rule, RedFlagLevel raised, ExamFacts facts) {
        if (raised.urgency() == Urgency.EMERGENCY || raised.urgency() == Urgency.NOTED) {
            return List.of();
        }
        Set<String> open = raised.when().openQuestions(facts);
        Set<String> escalating = new TreeSet<>();
        for (RedFlagLevel higher : rule.levels()) {
            if (higher == raised) {
                break;
            }
            Set<String> mentioned = new TreeSet<>();
            higher.when().references(mentioned);
            for (String id : mentioned) {
                FindingDefinition definition = knowledge.findings().get(id);
                if (definition == null || definition.pseudo() || facts.value(id) != null || open.contains(id)) {
                    continue;
                }
                for (FindingValue value : NextTestRanker.probesOf(definition)) {
                    if (higher.when().test(facts.with(id, value))) {
                        escalating.add(id);
                        break;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String id : knowledge.findings().keySet()) {
            if (open.contains(id) && !knowledge.findings().get(id).pseudo()) {
                out.add(id);
            }
        }
        for (String id : knowledge.findings().keySet()) {
            if (escalating.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** How much of the screen has been asked. */
    public RedFlagScreen screen(Exam exam) {
        List<String> unasked = new ArrayList<>();
        for (String id : questions) {
            if (exam.value(id) == null) {
                unasked.add(id);
            }
        }
        return new RedFlagScreen(questions.size() - unasked.size(), questions.size(), unasked);
    }
}
