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
import org.exampath.knowledge.Urgency;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.NextTest;
import org.exampath.reasoning.RedFlag;

/**
 * Marks an attempt against the case and the engine. Score out of 100: red flags {@value #FLAG_SHARE}, leading
 * hypothesis 30, imaging 15, test efficiency 15.
 * <p>Red flags: every flag named after the whole screen earns all 40; every flag named and found (raised by what
 * the student recorded, as the exam window raises it) with gaps in the screen earns 20; a flag the student found
 * but did not name earns 10 (the sign was elicited; naming it is the lesson); a flag neither found nor named, or
 * a case without flags screened with gaps (a screen with gaps cannot say there is no flag), earns 0.
 * <p>Over-calling: each flag named that the case does not hold takes {@value #OVER_CALLED} off that share, floored at
 * 0 (four flags called in a tendinopathy after the whole screen: 40 - 20 = 20). Screening favours sensitivity, so
 * over-calling one flag always costs less than missing one the case holds: naming a held flag is worth at least
 * {@value #NAMED_WITH_GAPS} - {@value #FOUND_NOT_NAMED} = 10 more than leaving it unnamed, twice the cost of a
 * wrong call, and a student unsure of a flag is still better off calling it. The feedback names every over-called
 * flag, whatever the screen's state, and a serious flag named while "imaging not indicated" is chosen.
 * <p>While the whole case raises an emergency the panel holds the working diagnosis back; a case that names no
 * answer then marks the working diagnosis on naming that emergency. While what the student uncovered raises an
 * emergency, their tests are judged against it ({@link TestJudge}); with no graded test, naming the emergency and
 * testing no further earns the test share.
 * <p>The screen comes before any test. While the student left unasked a screening question that shows one of the
 * case's flags they did not find, none of their tests is on the path (each is marked
 * {@link TestVerdict.Kind#BEFORE_SCREEN} and the test share is 0), however much it moves in the panel; the engine's
 * path is built from their history with those questions answered as the case answers them, so in an emergency it is
 * empty, as the panel does no test then.
 */
public final class Scorer {
    /** The red-flag share of the score. */
    public static final int FLAG_SHARE = 40;
    /** The share kept when every flag is named and found but the screen has gaps. */
    static final int NAMED_WITH_GAPS = 20;
    /** The share kept when a flag was found (its raising finding recorded) but not named. */
    static final int FOUND_NOT_NAMED = 10;
    /** What each flag named that the case does not hold takes off the red-flag share. */
    public static final int OVER_CALLED = 5;
    /** Probabilities closer than this are level: the engine's tie-break by id decides between them, not the case. */
    private static final double TIE = 1e-9;
    private final Engine engine;

    public Scorer(Engine engine) {
        this.engine = engine;
    }

    public Feedback score(PracticeSession session, Answer answer) {
        PracticeCase c = session.practiceCase();
        Assessment truth = engine.assess(c.exam());
        Assessment seen = engine.assess(session.revealed()); // what the exam window shows for what the student uncovered
        Set<String> flags = new TreeSet<>(c.expect().redFlags());
        truth.redFlags().stream().filter(f -> !f.noted()).map(RedFlag::id).forEach(flags::add);
        Map<String, List<String>> found = new TreeMap<>();
        seen.redFlags().stream().filter(f -> flags.contains(f.id())).forEach(f -> found.put(f.id(), f.findings()));
        List<String> missed = flags.stream().filter(f -> !answer.redFlags().contains(f)).toList();
        List<String> extra = answer.redFlags().stream().filter(f -> !flags.contains(f)).sorted().toList();
        List<String> screen = engine.knowledge().findingsOfStep("redflag").stream().map(d -> d.id()).toList();
        List<String> screenUnasked = screen.stream().filter(id -> !session.hasAsked(id)).toList();
        Set<String> unfound = new TreeSet<>(flags);
        unfound.removeAll(found.keySet());
        Set<String> relevant = relevantScreening(truth, unfound, screen);
        List<String> relevantUnasked = screenUnasked.stream().filter(relevant::contains).toList();
        Set<String> ofFound = questionsOf(found.keySet(), screen);
        List<String> flagQuestionsUnasked = screenUnasked.stream().filter(ofFound::contains).toList();
        int before = flagPoints(flags, missed, found.keySet(), screenUnasked.isEmpty());
        int overCalledCost = Math.min(before, OVER_CALLED * extra.size());
        int flagPoints = before - overCalledCost;

        boolean heldBack = truth.emergency();
        boolean leadingFromEngine = c.expect().leading().isEmpty();
        boolean emergencyIsTheAnswer = heldBack && leadingFromEngine;
        Set<String> leading = emergencyIsTheAnswer ? Set.of() : leadingFromEngine ? tiedAtTop(truth) : c.expect().leading();
        boolean leadingCorrect = emergencyIsTheAnswer
                ? truth.redFlags().stream().filter(f -> f.level() == Urgency.EMERGENCY).allMatch(f -> answer.redFlags().contains(f.id()))
                : !answer.ranked().isEmpty() && leading.contains(answer.ranked().get(0));
        Set<String> imaging = c.expect().imaging().isEmpty() ? Set.of(truth.imaging().recommendation()) : c.expect().imaging();
        boolean imagingCorrect = imaging.contains(answer.imaging());
        List<String> namedWithoutImaging = "not_indicated".equals(answer.imaging()) ? serious(answer.redFlags()) : List.of();

        Set<String> inconsistent = new TreeSet<>();
        truth.inconsistencies().stream().map(Inconsistency::findings).forEach(inconsistent::addAll);
        // judged only where the student could see the clash: every finding of it asked or tested
        Set<String> visible = new TreeSet<>();
        truth.inconsistencies().stream().filter(i -> uncovered(i, session)).map(Inconsistency::findings).forEach(visible::addAll);
        boolean spotted = answer.inconsistentFindings().stream().anyMatch(visible::contains);

        List<String> tests = new ArrayList<>();
        for (String id : session.asked()) {
            if (engine.knowledge().finding(id).map(d -> d.physical()).orElse(false)) {
                tests.add(id);
            }
        }
        // while an emergency stands the engine acts on it rather than test: it has no path of its own; the engine asks
        // the screen before any test, so its path starts from the student's history with the skipped screen answered
        List<String> path = seen.emergency() ? List.of()
                : enginePath(c.exam(), screened(history(session.revealed()), relevantUnasked, c.exam()), tests.size());
        boolean screenFirst = !seen.emergency() && !relevantUnasked.isEmpty();
        List<TestVerdict> verdicts = new TestJudge(engine.knowledge()).judge(tests, seen, path, screenFirst);
        long graded = verdicts.stream().filter(TestVerdict::graded).count();
        long onPath = verdicts.stream().filter(TestVerdict::onPath).count();
        Double brier = emergencyIsTheAnswer ? null : brier(answer, leading);

        int testPoints = graded == 0 ? (seen.emergency() && missed.isEmpty() ? 15 : 0) : (int) Math.round(15.0 * onPath / graded);
        int score = flagPoints + (leadingCorrect ? 30 : 0) + (imagingCorrect ? 15 : 0) + testPoints;
        return new Feedback(List.copyOf(flags), missed, found, screenUnasked, screen.size(), relevantUnasked, flagQuestionsUnasked, extra,
                overCalledCost, namedWithoutImaging, flagPoints, leadingCorrect, List.copyOf(new TreeSet<>(leading)), imagingCorrect, List.copyOf(new TreeSet<>(imaging)),
                List.copyOf(inconsistent), spotted, tests, path, verdicts, brier,
                emergencyIsTheAnswer ? null : FiguresGiven.of(answer, leading), score, c.teachingPoints(), seen.emergency(),
                heldBack, leadingFromEngine);
    }

    /** The red-flag share: see the class comment. */
    static int flagPoints(Set<String> flags, List<String> missed, Set<String> found, boolean screenComplete) {
        if (missed.stream().anyMatch(f -> !found.contains(f))) {
            return 0;
        }
        if (!missed.isEmpty()) {
            return FOUND_NOT_NAMED;
        }
        if (screenComplete) {
            return FLAG_SHARE;
        }
        return !flags.isEmpty() && found.containsAll(flags) ? NAMED_WITH_GAPS : 0;
    }

    /** Of the flags named, those whose rule can raise them as an emergency or urgent, sorted. */
    private List<String> serious(Set<String> named) {
        return engine.knowledge().redFlags().stream().filter(r -> named.contains(r.id()) && r.highest().serious())
                .map(r -> r.id()).sorted().toList();
    }

    /** The screening questions the rules of {@code flags} read. */
    private Set<String> questionsOf(Set<String> flags, List<String> screen) {
        Set<String> out = new TreeSet<>();
        for (var rule : engine.knowledge().redFlags()) {
            if (flags.contains(rule.id())) {
                Set<String> mentioned = new TreeSet<>();
                rule.when().references(mentioned);
                mentioned.stream().filter(screen::contains).forEach(out::add);
            }
        }
        return out;
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
     * The screening questions that show the case's flags the student did not find: for a flag the engine raises, the
     * screening findings that raised it; for a flag only the case expects, every screening finding
     * its rule mentions.
     */
    private Set<String> relevantScreening(Assessment truth, Set<String> flags, List<String> screen) {
        Set<String> relevant = new TreeSet<>();
        Set<String> raised = new TreeSet<>();
        for (RedFlag flag : truth.redFlags()) {
            if (flag.noted() || !flags.contains(flag.id())) {
                continue; // a logged low-value item is not a flag the student must find; a found flag was found
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

    /** The history with the case's answers to the screening questions the student skipped, as the engine would ask them. */
    private static Exam screened(Exam history, List<String> skipped, Exam full) {
        Exam exam = history;
        for (String id : skipped) {
            FindingValue value = full.value(id);
            if (value != null) {
                exam = exam.with(id, value);
            }
        }
        return exam;
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

    /**
     * Mean squared error over all hypotheses: 1 for an accepted leading hypothesis, 0 for the rest; a hypothesis not
     * ranked counts as 0%. Null unless every ranked hypothesis has a figure: a blank is not a 0% (see
     * {@link FiguresGiven} for the figures given then).
     */
    Double brier(Answer answer, Set<String> leading) {
        if (answer.probabilities().isEmpty() || !answer.probabilities().keySet().containsAll(answer.ranked())) {
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
