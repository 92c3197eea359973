package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Each level's mentioned findings less those it reads only as a range (how long, how severe): the signs
     * another flag can share with it. A duration both read is context, not a shared sign.
     */
    private final Map<RedFlagLevel, Set<String>> signs = new IdentityHashMap<>();

    /** The rules with a level that lists unsafe tests, in file order. */
    private final List<RedFlagRule> guarded = new ArrayList<>();

    /** Each recorded finding's (not age, sex or side) place in the catalogue. */
    private final Map<String, Integer> catalogue = new HashMap<>();

    /** What one answer could make a level hold by; each level's mentioned findings and the answers worth trying. */
    private final LevelReach reach;

    public RedFlagLane(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        for (RedFlagRule rule : knowledge.redFlags()) {
            for (RedFlagLevel level : rule.levels()) {
                Set<String> mentioned = new TreeSet<>();
                level.when().references(mentioned);
                mentioned.removeIf(id -> {
                    Set<Integer> ends = new TreeSet<>();
                    level.when().rangeEnds(id, ends);
                    return !ends.isEmpty();
                });
                signs.put(level, Set.copyOf(mentioned));
            }
            if (rule.levels().stream().anyMatch(level -> !level.unsafeTests().isEmpty())) {
                guarded.add(rule);
            }
        }
        for (FindingDefinition d : knowledge.findings().values()) {
            if (d.section() == Step.REDFLAG && !d.pseudo()) {
                questions.add(d.id());
            }
            if (!d.pseudo()) {
                catalogue.putIfAbsent(d.id(), catalogue.size());
            }
        }
        reach = new LevelReach(knowledge.findings(), knowledge.redFlags().stream().flatMap(rule -> rule.levels().stream()).toList());
    }

    /** The raised flags, most pressing first (file order within an urgency). */
    public List<RedFlag> flags(Exam exam) {
        return flags(new ExamFacts(exam));
    }

    List<RedFlag> flags(Facts facts) {
        List<RedFlag> out = new ArrayList<>();
        Map<RedFlagLevel, Set<String>> reached = new IdentityHashMap<>(); // what one answer makes each level hold by
        for (RedFlagRule rule : knowledge.redFlags()) {
            RedFlagLevel level = rule.raisedBy(facts);
            if (level != null) {
                List<String> unsafe = unsafeTests(rule, facts);
                Set<String> findings = new TreeSet<>();
                level.when().explain(facts, findings);
                findings.removeIf(id -> FindingValue.Flag.NO.equals(facts.value(id))); // a "no" never raises a flag
                out.add(new RedFlag(rule.id(), rule.label(), level.urgency().key(), List.copyOf(findings),
                        level.action() != null ? level.action() : rule.action(), rule.sources(), level.reason(),
                        level.judgement(), List.of(), checks(rule, level, facts, unsafe, reached), unsafe));
            }
        }
        out.sort(Comparator.comparing(RedFlag::level));
        // a flag whose findings an emergency rule also reads names the unasked questions that would make it one
        for (int i = 0; i < out.size(); i++) {
            RedFlag flag = out.get(i);
            if (flag.level() != Urgency.EMERGENCY && flag.level() != Urgency.NOTED) {
                out.set(i, flag.withMoreChecks(emergencyQuestions(flag, facts, reached)));
            }
        }
        return out;
    }

    /**
     * The unrecorded findings worth recording next for a raised flag, in catalogue order: those its
     * level stands on because they were not asked, then those one answer of which would make a level
     * listed before it hold (more pressing, or the same urgency with another action), then the unrecorded findings the
     * level's action asks for ({@code actionChecks}: the foot pulses of a possible vascular claudication). The rule's
     * {@code unsafe} tests (see {@link #unsafeTests}) are left out. None for an emergency (acted on now). A noted
     * item names the unasked questions it stands on (a cancer history not asked is not "without a cancer history").
     */
    private List<String> checks(RedFlagRule rule, RedFlagLevel raised, Facts facts, List<String> unsafe,
                                Map<RedFlagLevel, Set<String>> reached) {
        if (raised.urgency() == Urgency.EMERGENCY) {
            return List.of();
        }
        Set<String> open = new TreeSet<>(raised.when().openQuestions(facts));
        Set<String> escalating = new TreeSet<>();
        boolean higher = true;
        for (RedFlagLevel level : rule.levels()) {
            higher &= level != raised;
            if (!higher || level.urgency() == raised.urgency() && action(rule, level).equals(action(rule, raised))) {
                continue; // not above the raised level, or reaching it would change neither the urgency nor what to do
            }
            for (String id : reached.computeIfAbsent(level, l -> reach.reaching(l, facts))) {
                if (!open.contains(id)) {
                    escalating.add(id);
                }
            }
        }
        open.removeAll(unsafe);
        escalating.removeAll(unsafe);
        List<String> out = inCatalogueOrder(open);
        out.addAll(inCatalogueOrder(escalating)); // escalating holds nothing open already
        for (String id : raised.actionChecks()) { // what the action asks for now, in its own order
            if (facts.value(id) == null && !unsafe.contains(id) && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * The tests {@code rule}'s levels make unsafe (their {@code unsafeTests}) while a level holds, or one answer
     * (an unrecorded age or sex included) could make it hold; in catalogue order. Read once for a raised flag:
     * its checks, the next tests and the form's marks all leave them out.
     */
    private List<String> unsafeTests(RedFlagRule rule, Facts facts) {
        Set<String> out = new TreeSet<>();
        for (RedFlagLevel level : rule.levels()) {
            if (withholds(level, facts)) {
                out.addAll(level.unsafeTests());
            }
        }
        return inCatalogueOrder(out);
    }

    /**
     * Every test a red-flag level makes unsafe while it holds or one answer could make it hold, raised flag or
     * not (README: such a test is withheld "while that level holds or another answer could make it hold").
     * Only the few levels with {@code unsafeTests} are tried, so this stays cheap.
     */
    Set<String> withheld(Facts facts) {
        return withheld(facts, List.of());
    }

    /** As {@link #withheld(Facts)}, reusing what {@code raised} (this lane's flags for the same facts) already worked out. */
    Set<String> withheld(Facts facts, List<RedFlag> raised) {
        Set<String> out = new TreeSet<>();
        Set<String> done = new TreeSet<>();
        for (RedFlag flag : raised) {
            out.addAll(flag.unsafeTests());
            done.add(flag.id());
        }
        for (RedFlagRule rule : guarded) {
            if (!done.contains(rule.id())) {
                out.addAll(unsafeTests(rule, facts));
            }
        }
        return out;
    }

    /** {@code ids} that are recorded findings (not age, sex or side), in the catalogue's order. */
    private List<String> inCatalogueOrder(Set<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (catalogue.containsKey(id)) {
                out.add(id);
            }
        }
        out.sort(Comparator.comparing(catalogue::get));
        return out;
    }

    private static String action(RedFlagRule rule, RedFlagLevel level) {
        return level.action() != null ? level.action() : rule.action();
    }

    /**
     * Whether {@code level} holds back its unsafe tests: it holds, or it would with one answer other than
     * those tests, trying every value of an unrecorded age, sex or side together (a blank header is never
     * read as a young man).
     */
    private boolean withholds(RedFlagLevel level, Facts facts) {
        if (level.unsafeTests().isEmpty()) {
            return false;
        }
        List<Map<String, FindingValue>> headers = new ArrayList<>();
        headers.add(Map.of());
        for (String id : reach.mentions(level)) {
            FindingDefinition definition = knowledge.findings().get(id);
            if (definition == null || !definition.pseudo() || facts.value(id) != null) {
                continue;
            }
            List<Map<String, FindingValue>> wider = new ArrayList<>();
            for (Map<String, FindingValue> header : headers) {
                for (FindingValue value : reach.tries(level, id)) {
                    Map<String, FindingValue> more = new HashMap<>(header);
                    more.put(id, value);
                    wider.add(more);
                }
            }
            headers = wider;
        }
        for (Map<String, FindingValue> header : headers) {
            Facts tried = header.isEmpty() ? facts : new Overlay(facts, header);
            if (level.when().test(tried) || reach.reachesOtherThan(level, tried, level.unsafeTests())) {
                return true;
            }
        }
        return false;
    }

    /** Recorded findings with a header's answers laid over them. */
    private record Overlay(Facts base, Map<String, FindingValue> over) implements Facts {
        @Override
        public FindingValue value(String id) {
            return over.containsKey(id) ? over.get(id) : base.value(id);
        }
    }

    /**
     * Unasked findings one answer to which would make an emergency level hold, of the emergency rules that
     * read a sign that raised {@code flag} (a progressive deficit and cauda equina share the deficit; a duration
     * both read is not a shared sign).
     */
    private List<String> emergencyQuestions(RedFlag flag, Facts facts, Map<RedFlagLevel, Set<String>> reached) {
        Set<String> found = new TreeSet<>();
        for (RedFlagRule rule : knowledge.redFlags()) {
            for (RedFlagLevel level : rule.levels()) {
                if (level.urgency() == Urgency.EMERGENCY && flag.findings().stream().anyMatch(signs.get(level)::contains)
                        && !level.when().test(facts)) {
                    found.addAll(reached.computeIfAbsent(level, l -> reach.reaching(l, facts)));
                }
            }
        }
        return inCatalogueOrder(found);
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
