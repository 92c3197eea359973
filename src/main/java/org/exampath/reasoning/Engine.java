package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Driver;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.Hypothesis;
import org.exampath.knowledge.InconsistencyRule;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.LikelihoodRow;
import org.exampath.knowledge.Urgency;

/**
 * One job: {@link #assess(Exam)}. Pure and deterministic: no I/O, no clock, no randomness; ties are
 * broken by id. Red flags are rules on their own channel and never enter the probabilities.
 */
public final class Engine {
    private final KnowledgeBase knowledge;
    private final List<OddsUpdate> updates = new ArrayList<>();
    private final List<InconsistencyRule> settingAside = new ArrayList<>();
    private final NextTestRanker ranker;
    private final FollowUp followUp;
    private final RedFlagLane lane;
    private final ImagingGate gate;
    private final DriverChoice choice;

    public Engine(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        for (Hypothesis hypothesis : knowledge.hypotheses()) {
            List<LikelihoodRow> rows = knowledge.rows().stream()
                    .filter(row -> row.hypothesis().equals(hypothesis.id())).toList();
            updates.add(new OddsUpdate(hypothesis, rows, knowledge.policy()));
        }
        for (InconsistencyRule rule : knowledge.inconsistencies()) {
            if (!rule.setAside().isEmpty()) {
                settingAside.add(rule);
            }
        }
        followUp = new FollowUp(knowledge);
        ranker = new NextTestRanker(knowledge, updates, this::asidePrefixes);
        lane = new RedFlagLane(knowledge);
        gate = new ImagingGate(knowledge);
        choice = new DriverChoice(knowledge);
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public Assessment assess(Exam exam) {
        ExamFacts facts = new ExamFacts(exam);
        List<RedFlag> flags = lane.flags(facts);
        RedFlagScreen screen = lane.screen(exam);
        Set<String> unsafe = lane.withheld(facts, flags);
        List<Inconsistency> inconsistencies = inconsistencies(facts, unsafe);
        List<String> aside = asidePrefixes(facts);
        boolean[][] holding = holding(facts);
        List<HypothesisResult> hypotheses = hypotheses(facts, holding, aside);
        List<DriverResult> drivers = drivers(hypotheses);
        ImagingDecision imaging = imaging(exam, facts, flags, screen, hypotheses.get(0).probability());
        // an emergency withholds the next tests (see precedence), so they are not worked out
        boolean emergency = !flags.isEmpty() && flags.get(0).level() == Urgency.EMERGENCY;
        List<NextTest> next = emergency ? List.of() : ranked(exam, facts, holding, aside, unsafe);
        return precedence(new Assessment(hypotheses, choice.choose(hypotheses, drivers), drivers, flags, inconsistencies, imaging,
                ranker.shortList(next, NextTestRanker.LIMIT), knowledge.version(), screen));
    }

    /** The hypotheses alone, most likely first, exactly as {@link #assess} lists them: for callers that need only the figures. */
    List<HypothesisResult> hypotheses(Exam exam) {
        ExamFacts facts = new ExamFacts(exam);
        return hypotheses(facts, holding(facts), asidePrefixes(facts));
    }

    private List<HypothesisResult> hypotheses(Facts facts, boolean[][] holding, List<String> aside) {
        List<HypothesisResult> hypotheses = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            hypotheses.add(updates.get(i).result(facts, holding[i], aside));
        }
        hypotheses.sort(Comparator.comparingDouble(HypothesisResult::probability).reversed()
                .thenComparing(HypothesisResult::id));
        return hypotheses;
    }

    /** For each hypothesis (in {@link #updates} order), which of its rows hold. */
    private boolean[][] holding(Facts facts) {
        boolean[][] out = new boolean[updates.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = updates.get(i).matches(facts);
        }
        return out;
    }

    /**
     * A standing flag ranks above the rest: an emergency empties the next tests and withholds every
     * driver's management; an urgent flag keeps both, marked subordinate to its action.
     */
    static Assessment precedence(Assessment a) {
        Urgency highest = a.highestUrgency();
        if (highest != Urgency.EMERGENCY && highest != Urgency.URGENT) {
            return a;
        }
        List<DriverResult> drivers = a.drivers().stream().map(d -> d.under(highest)).toList();
        return new Assessment(a.hypotheses(), a.driver().under(highest), drivers, a.redFlags(), a.inconsistencies(),
                a.imaging(), highest == Urgency.EMERGENCY ? List.of() : a.nextTests(), a.knowledgeVersion(), a.redFlagScreen());
    }

    /**
     * The assessment at a follow-up: a finding new or worse since the previous visit raises its
     * progressive flag as a derived flag, with those findings as its reason. The exam is not
     * changed: what the clinician entered (a "no" included) stays as entered.
     */
    public Assessment assess(Exam exam, Exam previous) {
        Assessment base = assess(exam);
        if (previous == null) {
            return base;
        }
        Map<String, List<String>> progression = followUp.progression(previous, exam);
        Exam inferred = inferred(exam, progression);
        if (inferred.equals(exam)) {
            return base;
        }
        ExamFacts facts = new ExamFacts(inferred);
        List<RedFlag> flags = derivedFlags(exam, facts, progression);
        ImagingDecision imaging = imaging(exam, facts, flags, base.redFlagScreen(), base.leading().probability());
        return precedence(new Assessment(base.hypotheses(), base.driver(), base.drivers(), flags, base.inconsistencies(),
                imaging, base.nextTests(), base.knowledgeVersion(), base.redFlagScreen()));
    }

    /**
     * The part of {@link #assess(Exam, Exam)} an encounter list shows (its leading hypothesis, red flags and screen),
     * worked out alike but without the next tests, drivers, inconsistencies and imaging, which cost several times as
     * much: a store works it out for every save.
     */
    public Headline headline(Exam exam, Exam previous) {
        Map<String, List<String>> progression = previous == null ? Map.of() : followUp.progression(previous, exam);
        Exam inferred = inferred(exam, progression);
        ExamFacts facts = new ExamFacts(exam);
        List<RedFlag> flags = inferred.equals(exam) ? lane.flags(facts) : derivedFlags(exam, new ExamFacts(inferred), progression);
        return new Headline(hypotheses(facts, holding(facts), asidePrefixes(facts)).get(0), flags, lane.screen(exam));
    }

    /** The exam with each flag a progression since the last visit raises answered yes (the exam itself is not changed). */
    private static Exam inferred(Exam exam, Map<String, List<String>> progression) {
        Exam inferred = exam;
        for (String flag : progression.keySet()) {
            inferred = inferred.with(flag, FindingValue.Flag.YES);
        }
        return inferred;
    }

    /** The flags the inferred exam raises, each one a progression raised naming the findings it derives from. */
    private List<RedFlag> derivedFlags(Exam exam, ExamFacts inferred, Map<String, List<String>> progression) {
        List<RedFlag> flags = new ArrayList<>();
        for (RedFlag flag : lane.flags(inferred)) {
            Set<String> reasons = new TreeSet<>();
            for (String finding : flag.findings()) {
                if (progression.containsKey(finding) && !FindingValue.Flag.YES.equals(exam.value(finding))) {
                    reasons.addAll(progression.get(finding));
                }
            }
            flags.add(reasons.isEmpty() ? flag : flag.derivedFrom(List.copyOf(reasons)));
        }
        return flags;
    }

    /** Every untested finding ranked by expected gain (the assessment keeps only the first few). */
    public List<NextTest> rankNextTests(Exam exam) {
        ExamFacts facts = new ExamFacts(exam);
        return ranked(exam, facts, holding(facts), asidePrefixes(facts), lane.withheld(facts));
    }

    /**
     * The ranked tests less those a red-flag level makes unsafe while it holds or one unasked answer could make it
     * hold (no single-leg stand on a possible femoral-neck stress fracture before gait and hip rotation are checked).
     */
    private List<NextTest> ranked(Exam exam, ExamFacts facts, boolean[][] holding, List<String> aside, Set<String> unsafe) {
        List<NextTest> all = ranker.rank(exam, facts, holding, aside);
        return unsafe.isEmpty() ? all : all.stream().filter(t -> !unsafe.contains(t.finding())).toList();
    }

    /** The inconsistencies that hold; a suggestion never asks for a test in {@code unsafe}. */
    private List<Inconsistency> inconsistencies(Facts facts, Set<String> unsafe) {
        List<Inconsistency> out = new ArrayList<>();
        for (InconsistencyRule rule : knowledge.inconsistencies()) {
            if (rule.when().test(facts)) {
                Set<String> findings = new TreeSet<>();
                rule.when().explain(facts, findings);
                out.add(new Inconsistency(rule.id(), rule.label(), List.copyOf(findings), rule.message(),
                        rule.suggestion(unsafe), rule.sources()));
            }
        }
        return out;
    }

    /** Finding-id prefixes whose LRs stop counting because a setting-aside pattern holds. */
    List<String> asidePrefixes(Facts facts) {
        List<String> prefixes = new ArrayList<>();
        for (InconsistencyRule rule : settingAside) {
            if (rule.when().test(facts)) {
                prefixes.addAll(rule.setAside());
            }
        }
        return prefixes;
    }

    /** Each driver's probability that at least one of its hypotheses is present (they co-exist). */
    private List<DriverResult> drivers(List<HypothesisResult> hypotheses) {
        Map<String, Double> absent = new LinkedHashMap<>();
        knowledge.drivers().keySet().stream().filter(id -> !id.equals(Driver.UNCLEAR)).forEach(id -> absent.put(id, 1.0));
        for (HypothesisResult h : hypotheses) {
            absent.merge(h.driver(), 1 - h.probability(), (a, b) -> a * b);
        }
        List<DriverResult> out = new ArrayList<>();
        for (Driver driver : knowledge.drivers().values()) {
            if (driver.id().equals(Driver.UNCLEAR)) {
                continue;
            }
            out.add(new DriverResult(driver.id(), driver.label(), 1 - absent.get(driver.id()), driver.management()));
        }
        out.sort(Comparator.comparingDouble(DriverResult::probability).reversed().thenComparing(DriverResult::id));
        return out;
    }

    private ImagingDecision imaging(Exam exam, Facts facts, List<RedFlag> flags, RedFlagScreen screen, double leading) {
        return gate.decide(exam, facts, flags, screen, leading);
    }
}
