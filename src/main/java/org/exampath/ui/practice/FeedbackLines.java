package org.exampath.ui.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.practice.Feedback;
import org.exampath.practice.PracticeSession;
import org.exampath.practice.Scorer;
import org.exampath.practice.TestVerdict;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Engine;
import org.exampath.reasoning.Inconsistency;
import org.exampath.text.Describe;
import org.exampath.text.ImagingLevel;

/**
 * The feedback in words, in the exam window's terms: the red flags and the screen first (a flag the student found
 * by examination told apart from one they never reached), then diagnosis, imaging, inconsistencies, each test as
 * the panel's "why?" counts it, and the engine's view of the whole case, held back as the panel holds it back
 * while an emergency stands. Lines that start with two spaces are indented under the line before.
 */
final class FeedbackLines {
    /** How many of the tests the engine would also have done are named: the best one or two, not a list to work through. */
    static final int ALSO_DONE = 2;
    private static final String HELD_BACK = "held back: emergency";
    private final Engine engine;
    private final KnowledgeBase knowledge;

    FeedbackLines(Engine engine) {
        this.engine = engine;
        this.knowledge = engine.knowledge();
    }

    List<String> of(PracticeSession session, Feedback f) {
        List<String> out = new ArrayList<>();
        out.add("Score: " + f.score() + " / 100.");
        out.addAll(flagLines(session, f));
        // the case's own assessment, once: the leading line and the inconsistency lines both read it
        Assessment truth = engine.assess(session.practiceCase().exam());
        out.add(leadingLine(f));
        String accepted = String.join(" or ", f.acceptedImaging().stream().map(r -> Describe.imaging(r).replace("Imaging: ", "")).toList());
        out.add(f.imagingCorrect() ? "Imaging: right (the case accepts " + accepted + ")." : "Imaging: the case expects " + accepted + ".");
        out.addAll(inconsistencyLines(session, f, truth.inconsistencies()));
        out.addAll(testLines(f));
        CalibrationLine.of(f, knowledge).ifPresent(out::add);
        return out;
    }

    /**
     * The red flags and the screen: a flag not found, with the questions that would have shown it; a flag found by
     * examination but not named; the found flag's own questions left unasked (a separate lesson); then the screen.
     */
    private List<String> flagLines(PracticeSession session, Feedback f) {
        List<String> out = new ArrayList<>();
        if (!f.relevantUnasked().isEmpty()) {
            out.add("MISSED SCREENING: you did not ask " + names(f.relevantUnasked())
                    + "; in this case that is what shows the red flag.");
        }
        for (String flag : f.missedFlags()) {
            List<String> by = f.foundFlags().get(flag);
            out.add(by == null ? "MISSED RED FLAG: " + flagLabel(flag) + ". This comes before any diagnosis."
                    : "MISSED RED FLAG: you found " + findings(session, by) + ", which raises " + Describe.inSentence(flagLabel(flag))
                    + " on its own, but did not name it. Naming it comes before any diagnosis.");
        }
        if (!f.flagQuestionsUnasked().isEmpty()) {
            out.add("You found the flag by examination but did not ask its screening questions (" + names(f.flagQuestionsUnasked())
                    + "): ask them of everyone it could concern; they can show it before any sign does.");
        }
        if (!f.screenComplete()) {
            int asked = f.screenTotal() - f.screenUnasked().size();
            // the found flag's own questions are named just above: the screen line names the rest
            List<String> rest = f.screenUnasked().stream().filter(id -> !f.flagQuestionsUnasked().contains(id)).toList();
            String unasked = f.flagQuestionsUnasked().isEmpty() ? names(rest)
                    : rest.isEmpty() ? "those above" : "those above and " + names(rest);
            out.add("Red-flag screen not complete: " + asked + " of " + f.screenTotal() + " questions asked. Not asked: "
                    + unasked + ". A screen with gaps cannot say there is no red flag.");
        } else if (f.missedFlags().isEmpty()) {
            out.add(f.caseFlags().isEmpty()
                    ? "Red flags: no flags in this case; full screen asked (" + f.screenTotal() + " questions)" + (f.extraFlags().isEmpty() ? ": good." : ".")
                    : "Red flags: all named, after the whole screen (" + f.screenTotal() + " questions).");
        }
        out.addAll(overCalledLines(f));
        out.add("Red-flag share: " + f.flagPoints() + " / " + Scorer.FLAG_SHARE + ".");
        return out;
    }

    /** The flags named that the case does not hold, with what they cost, and a serious flag named with no imaging. */
    private List<String> overCalledLines(Feedback f) {
        List<String> out = new ArrayList<>();
        if (!f.extraFlags().isEmpty()) {
            out.add("OVER-CALLED: you named " + flagLabels(f.extraFlags()) + ", which the case does not hold: "
                    + (f.overCalledCost() == 0 ? "no points left to take off"
                    : "-" + f.overCalledCost() + " from the red-flag share") + " (" + Scorer.OVER_CALLED
                    + " a flag; calling a flag that is not there costs less than missing one, so do call one you suspect).");
        }
        if (!f.namedWithoutImaging().isEmpty()) {
            out.add("You named " + flagLabels(f.namedWithoutImaging()) + ", yet chose imaging not indicated: a flag you call"
                    + " is one you act on, so the two do not fit.");
        }
        return out;
    }

    /** Flags named in a sentence: "a, b and c". */
    private String flagLabels(List<String> ids) {
        List<String> labels = ids.stream().map(this::flagLabel).map(Describe::inSentence).toList();
        int last = labels.size() - 1;
        return last == 0 ? labels.get(0) : String.join(", ", labels.subList(0, last)) + " and " + labels.get(last);
    }

    /**
     * The working-diagnosis line. While the case's emergency holds the working diagnosis back and the case names
     * no answer, the emergency is the answer. A case that names no answer otherwise is marked against the engine's
     * leader, and the line says so; hypotheses tied with it are each accepted, and named.
     */
    private String leadingLine(Feedback f) {
        if (f.heldBack() && f.leadingFromEngine()) {
            return "Working diagnosis: " + HELD_BACK + ". While the emergency stands the panel names no working diagnosis;"
                    + " the emergency is the answer here, and you " + (f.leadingCorrect() ? "named it." : "did not name it.");
        }
        // inside a sentence a label starts lower case, as the summary writes it ("the engine leads with lumbar radicular pain")
        List<String> labels = f.acceptedLeading().stream().map(this::hypothesisLabel).map(Describe::inSentence).toList();
        if (!f.leadingFromEngine()) {
            return f.leadingCorrect() ? "Working diagnosis: right. " + capital(String.join(" or ", labels)) + "."
                    : "Working diagnosis: the case's answer is " + String.join(" or ", labels) + ".";
        }
        int last = labels.size() - 1;
        String leaders = last == 0 ? "the engine leads with " + labels.get(0)
                : "the engine ranks " + String.join(", ", labels.subList(0, last)) + " and " + labels.get(last)
                + " level at the top, so " + (last == 1 ? "either" : "any of them") + " is accepted";
        return (f.leadingCorrect() ? "Working diagnosis: right. " : "Working diagnosis: not the engine's leader. ")
                + "The case names no answer; " + leaders + ".";
    }

    /**
     * The case's inconsistencies explained where they are reported: which findings, and why they clash. Only one
     * the student uncovered whole is judged spotted or not; one in questions or tests they never did is told as
     * teaching, never as a miss.
     */
    private List<String> inconsistencyLines(PracticeSession s, Feedback f, List<Inconsistency> found) {
        if (found.isEmpty()) {
            return List.of("Inconsistencies: none in this case.");
        }
        List<Inconsistency> seen = found.stream().filter(i -> Scorer.uncovered(i, s)).toList();
        List<Inconsistency> unseen = found.stream().filter(i -> !Scorer.uncovered(i, s)).toList();
        List<String> out = new ArrayList<>();
        if (!seen.isEmpty()) {
            out.add("Inconsistencies: " + (f.inconsistencySpotted() ? "you spotted one." : "not spotted."));
            seen.forEach(i -> out.add(inconsistencyLine(i)));
        }
        if (!unseen.isEmpty()) {
            out.add((seen.isEmpty() ? "Inconsistencies: none you could see. " : "")
                    + "The case also holds " + (unseen.size() == 1 ? "one" : unseen.size()) + " in questions or tests you did not do"
                    + " (not reachable from what you examined, so not marked):");
            unseen.forEach(i -> out.add(inconsistencyLine(i)));
        }
        return out;
    }

    /** One inconsistency: its findings, why they clash and what to do (the advice is its own sentence). */
    private String inconsistencyLine(Inconsistency i) {
        return "  " + names(i.findings()) + " do not fit together: " + i.message()
                + (i.suggestion() == null || i.suggestion().isBlank() ? "" : " " + i.suggestion());
    }

    /** Each of the student's own tests, as the panel counts it (or against the emergency while one stands). */
    private List<String> testLines(Feedback f) {
        List<String> out = new ArrayList<>();
        if (f.testsUsed().isEmpty()) {
            out.add("Tests: you performed none" + (f.emergency() ? "; with an emergency standing, acting on it comes first." : "."));
            return out;
        }
        if (f.testedBeforeScreen()) {
            out.add("Your tests (" + f.testsUsed().size() + "), done before the red-flag screen: none is on the path"
                    + " while the questions that show this case's flag are unasked:");
        } else if (f.emergency()) {
            out.add("Your tests (" + f.testsUsed().size() + "), judged against the emergency: " + f.onPath().size()
                    + " check it; tests that do not bear on it are not graded:");
        } else {
            out.add("Your tests (" + f.testsUsed().size() + "), " + f.onPath().size() + " on the path (counted in the panel's why?,"
                    + " or the engine's own choice):");
        }
        f.verdicts().forEach(v -> out.add("  " + Describe.finding(knowledge, v.finding(), null) + ": " + verdict(v, f.enginePath()) + "."));
        List<String> skipped = f.enginePath().stream().filter(id -> !f.testsUsed().contains(id)).limit(ALSO_DONE).toList();
        if (!f.relevantUnasked().isEmpty()) {
            out.add("Before any test, the engine would have asked " + names(f.relevantUnasked()) + ": in this case they show a red flag.");
        } else if (!skipped.isEmpty() && !f.emergency()) {
            out.add("The engine would also have done: " + names(skipped) + ".");
        }
        return out;
    }

    /** One test's verdict, in the words the panel's "why?" uses for the same finding. */
    private String verdict(TestVerdict v, List<String> enginePath) {
        String path = v.onPath() ? "on the engine's path; " : "";
        return switch (v.kind()) {
            case BEFORE_SCREEN -> "not on the path: done before the screen" + (enginePath.contains(v.finding())
                    ? " (once the screen is asked the engine would do it too)" : "");
            case CHECKS_EMERGENCY -> "on the path: it checks the emergency";
            case NOT_GRADED -> "not graded: it does not bear on the emergency, which comes first";
            case RAISED_FLAG -> "on the path: it raises " + Describe.inSentence(flagLabel(v.reason()));
            case COUNTED -> "counted" + (v.together().isEmpty() ? "" : " with " + names(v.together()) + ", together")
                    + ": it moves " + Describe.inSentence(hypothesisLabel(v.hypothesis())) + " "
                    + Describe.percent(v.before()) + " → " + Describe.percent(v.after());
            case AT_CAP -> path + "counted, but " + Describe.inSentence(hypothesisLabel(v.hypothesis()))
                    + " was already at the cap (findings that test much the same thing), so it moved nothing";
            case SET_ASIDE -> path + "set aside in the panel's why? (" + v.reason()
                    + (v.countedInstead().isEmpty() ? "" : ": " + names(v.countedInstead())) + ")";
            case NO_LR -> path + "added nothing (it carries no likelihood ratio, so it moves no estimate)";
            case NOTHING -> v.onPath() ? "on the engine's path" : "not on the engine's path";
        };
    }

    /** The engine's view of the whole case: flags, then the top hypotheses (held back in an emergency), then imaging. */
    List<String> engine(PracticeSession s) {
        Assessment a = engine.assess(s.practiceCase().exam());
        List<String> out = new ArrayList<>();
        // a noted low-value item is logged, not a flag: the scorer and the commit form leave it out too
        a.redFlags().forEach(flag -> out.add((flag.noted() ? "Not a red flag: " : "Red flag: ") + flag.label() + ". " + flag.action()));
        if (a.emergency()) {
            out.add("Working diagnosis and probabilities: " + HELD_BACK + " (the panel holds them back while it stands).");
        } else {
            a.hypotheses().stream().limit(3).forEach(h -> out.add(String.format(Locale.ROOT, "%s: %.0f%%", hypothesisLabel(h.id()),
                    h.probability() * 100)));
        }
        // headed as the panel heads it: not judged until the screen is complete, not first under a soon flag
        out.add(ImagingLevel.of(a).text() + ".");
        return out;
    }

    /** The text with its first letter upper case, to start a sentence. */
    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String names(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> Describe.finding(knowledge, id, null)).toList());
    }

    /** Findings as the student uncovered them, named with their values ("Saddle sensation: reduced"). */
    private String findings(PracticeSession session, List<String> ids) {
        return String.join(", ", ids.stream().map(id -> Describe.finding(knowledge, id, session.revealed().value(id))).toList());
    }

    private String flagLabel(String id) {
        return knowledge.redFlags().stream().filter(f -> f.id().equals(id)).findFirst().map(f -> f.label()).orElse(id);
    }

    private String hypothesisLabel(String id) {
        return knowledge.hypothesis(id).map(h -> h.label()).orElse(id);
    }
}
