package org.exampath.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Hypothesis;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Engine;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.NextTest;
import org.exampath.reasoning.RedFlag;

/**
 * Marks an attempt against the case and the engine. Score out of 100: red flags 40 (all or nothing:
 * a missed flag, or a screening question left unasked, scores 0 here: a screen with gaps cannot say
 * there is no flag), leading hypothesis 30, imaging 15, test efficiency 15 (when the history the
 * student uncovered raises an emergency and the student named it, testing no further earns it).
 */
public final class Scorer {
    /** Probabilities closer than this are level: the engine's tie-break by id decides between them, not the case. */
    private static final double TIE = 1e-9;
    private final Engine engine;

    public Scorer(Engine engine) {
        this.engine = engine;
    }

    public Feedback score(PracticeSession session, Answer answer) {
        PracticeCase c = session.practiceCase();
        Assessment truth = engine.assess(c.exam());
        Set<String> flags = new TreeSet<>(c.expect().redFlags());
        truth.redFlags().stream().filter(f -> !f.noted()).map(RedFlag::id)
                .forEach(flags::add);
        List<String> missed = flags.stream().filter(f -> !answer.redFlags().contains(f)).toList();
        List<String> extra = answer.redFlags().stream().filter(f -> !flags.contains(f)).sorted().toList();
        List<String> screen = engine.knowledge().findingsOfStep("redflag").stream().map(d -> d.id()).toList();
        List<String> screenUnasked = screen.stream().filter(id -> !session.hasAsked(id)).toList();
        Set<String> relevant = relevantScreening(truth, flags, screen);
        List<String> relevantUnasked = screen.stream().filter(relevant::contains).filter(id -> !session.hasAsked(id)).toList();

        boolean leadingFromEngine = c.expect().leading().isEmpty();
        Set<String> leading = leadingFromEngine ? tiedAtTop(truth) : c.expect().leading();
        boolean leadingCorrect = !answer.ranked().isEmpty() && leading.contains(answer.ranked().get(0));
        Set<String> imaging = c.expect().imaging().isEmpty() ? Set.of(truth.imaging().recommendation()) : c.expect().imaging();
        boolean imagingCorrect = imaging.contains(answer.imaging());

        Set<String> inconsistent = new TreeSet<>();
        truth.inconsistencies().stream().map(Inconsistency::findings).forEach(inconsistent::addAll);
        // judged only where the student could see the clash: every finding of it asked or tested
        Set<String> seen = new TreeSet<>();
        truth.inconsistencies().stream().filter(i -> uncovered(i, session)).map(Inconsistency::findings).forEach(seen::addAll);
        boolean spotted = answer.inconsistentFindings().stream().anyMatch(seen::contains);

        List<String> tests = new ArrayList<>();
        for (String id : session.asked()) {
            if (engine.knowledge().finding(id).map(d -> d.physical()).orElse(false)) {
                tests.add(id);
            }
        }
        Exam history = history(session.revealed());
        boolean emergencyFirst = engine.assess(history).emergency();
        List<String> path = enginePath(c.exam(), history, tests.size());
        Set<String> flagChecks = new TreeSet<>();
        if (emergencyFirst) {
            engine.assess(session.revealed()).redFlags().stream().filter(f -> f.level() == org.exampath.knowledge.Urgency.EMERGENCY)
                    .forEach(f -> flagChecks.addAll(f.findings()));
        }
        List<String> onPath = tests.stream().filter(t -> path.contains(t) || flagChecks.contains(t)).toList();
        List<String> addedNothing = addedNothing(session);
        Double brier = brier(answer, leading);

        int score = (missed.isEmpty() && screenUnasked.isEmpty() ? 40 : 0) + (leadingCorrect ? 30 : 0) + (imagingCorrect ? 15 : 0)
                + (tests.isEmpty() ? (emergencyFirst && missed.isEmpty() ? 15 : 0) : (int) Math.round(15.0 * onPath.size() / tests.size()));
        return new Feedback(missed, screenUnasked, screen.size(), relevantUnasked, extra, leadingCorrect, List.copyOf(new TreeSet<>(leading)), imagingCorrect,
                List.copyOf(new TreeSet<>(imaging)), List.copyOf(inconsistent), spotted, tests, path, onPath, addedNothing,
                brier, score, c.teachingPoints(), emergencyFirst, leadingFromEngine);
    }

    /**
     * The student uncovered every finding of the inconsistency, so could see it; one that lies in a question or
     * test they never did is not theirs to spot, and is neither marked nor called missed.
     */
    public static boolean uncovered(Inconsistency inconsistency, PracticeSession session) {
        return inconsistency.findings().stream().allMatch(session::hasAsked);
    }

    /**
     * The engine's leading hypotheses, for a case that names none: its top one and every other level with it
     * (within rounding). The engine breaks a tie by id, but nothing clinical does, so a tied answer is not
     * marked wrong on the alphabet.
     */
    private static Set<String> tiedAtTop(Assessment truth) {
        double top = truth.leading().probability();
        Set<String> tied = new TreeSet<>();
        truth.hypotheses().stream().filter(h -> top - h.probability() <= TIE).forEach(h -> tied.add(h.id()));
        return tied;
    }

    /**
     * The screening questions that show this case's flags: for a flag the engine raises, the
     * screening findings that raised it; for a flag only the case expects, every screening finding
     * its rule mentions.
     */
    private Set<String> relevantScreening(Assessment truth, Set<String> flags, List<String> screen) {
        Set<String> relevant = new TreeSet<>();
        Set<String> raised = new TreeSet<>();
        for (RedFlag flag : truth.redFlags()) {
            if (flag.noted()) {
                continue; // a logged low-value item is not a flag the student must find
            }
            raised.add(flag.id());
            flag.findings().stream().filter(screen::contains).forEach(relevant::add);
        }
        for (var rule : engine.knowledge().redFlags()) {
            if (flags.contains(rule.id()) && !raised.contains(rule.id())) {
                Set<String> mentioned = new TreeSet<>();
                rule.when().references(mentioned);
                mentioned.stream().filter(screen::contains).forEach(relevant::add);
            }
        }
        return relevant;
    }

    /** What the student's history questions uncovered of the case: what was revealed, without its physical tests. */
    private Exam history(Exam revealed) {
        Map<String, FindingValue> asked = new TreeMap<>(revealed.findings());
        asked.keySet().removeIf(id -> engine.knowledge().finding(id).map(d -> d.physical()).orElse(false));
        return new Exam(revealed.patient(), revealed.side(), asked);
    }

    /**
     * The engine's own path: from the history the student uncovered, take the next test the panel would
     * put first that the case can answer, as many times as the student tested: a raised flag's checks lead
     * (the foot pulses for a possible vascular claudication, the temperature for a possible infection),
     * then the tests by expected gain. An emergency ends the path: the engine acts on it instead of
     * testing further, as the panel does.
     */
    List<String> enginePath(Exam full, Exam history, int length) {
        Exam exam = history;
        List<String> path = new ArrayList<>();
        Assessment now;
        while (path.size() < length && !(now = engine.assess(exam)).emergency()) {
            String next = null;
            for (String candidate : nextTests(exam, now)) {
                boolean physical = engine.knowledge().finding(candidate).map(d -> d.physical()).orElse(false);
                if (physical && !path.contains(candidate)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            path.add(next);
            FindingValue value = full.value(next);
            exam = exam.with(next, value != null ? value : placeholderNegative(next));
        }
        return path;
    }

    /**
     * The next tests in the panel's order: the raised flags' first {@value Assessment#FLAG_CHECKS_LISTED} checks (most
     * pressing flag first), then the tests by expected gain.
     */
    private List<String> nextTests(Exam exam, Assessment assessment) {
        List<String> out = new ArrayList<>();
        assessment.leadingChecks().forEach(check -> out.add(check.finding()));
        engine.rankNextTests(exam).stream().map(NextTest::finding).filter(id -> !out.contains(id)).forEach(out::add);
        return out;
    }

    /** A test the case leaves unremarkable is taken as done and negative for choosing what comes next. */
    FindingValue placeholderNegative(String id) {
        var d = engine.knowledge().finding(id).orElseThrow();
        return switch (d.kind()) {
            case BOOLEAN -> FindingValue.Flag.NO;
            case STRENGTH -> new FindingValue.Strength(5, "none");
            case INTEGER -> new FindingValue.Count(d.min());
            case CHOICE -> new FindingValue.Choice(d.values().contains("negative") ? "negative"
                    : d.values().contains("non_tender") ? "non_tender" : d.values().contains("normal") ? "normal"
                    : d.values().contains("flexor") ? "flexor" : d.values().get(d.values().size() - 1));
        };
    }

    /** The red flags an assessment raises, each with its urgency: what a test can change without moving a probability. */
    private static List<String> flagsOf(Assessment a) {
        return a.redFlags().stream().map(f -> f.id() + ":" + f.urgency()).sorted().toList();
    }

    /**
     * Physical tests asked in the order given that changed neither a hypothesis's probability nor the red
     * flags raised when they were revealed.
     */
    List<String> addedNothing(PracticeSession session) {
        Exam full = session.practiceCase().exam();
        Exam exam = new Exam(full.patient(), full.side(), java.util.Map.of());
        List<String> out = new ArrayList<>();
        Assessment before = engine.assess(exam);
        for (String id : session.asked()) {
            if (full.value(id) == null) {
                continue;
            }
            exam = exam.with(id, full.value(id));
            Assessment after = engine.assess(exam);
            boolean moved = false;
            for (HypothesisResult h : after.hypotheses()) {
                double was = before.hypotheses().stream().filter(b -> b.id().equals(h.id())).findFirst().orElseThrow().probability();
                moved |= Math.abs(was - h.probability()) > 1e-9;
            }
            // a test that raises or changes a red flag added something, though no probability moved
            moved |= !flagsOf(before).equals(flagsOf(after));
            if (!moved && engine.knowledge().finding(id).map(d -> d.physical()).orElse(false)) {
                out.add(id);
            }
            before = after;
        }
        return out;
    }

    /** Mean squared error over all hypotheses: 1 for an accepted leading hypothesis, 0 for the rest. */
    Double brier(Answer answer, Set<String> leading) {
        if (answer.probabilities().isEmpty()) {
            return null;
        }
        double sum = 0;
        List<Hypothesis> all = engine.knowledge().hypotheses();
        for (Hypothesis h : all) {
            double p = answer.probabilities().getOrDefault(h.id(), 0.0);
            double o = leading.contains(h.id()) ? 1 : 0;
            sum += (p - o) * (p - o);
        }
        return sum / all.size();
    }

}
