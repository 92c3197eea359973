package org.exampath.ui.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.practice.Feedback;
import org.exampath.practice.FiguresGiven;

/**
 * The feedback's calibration line, on the probabilities the student gave: the Brier score against guessing when every
 * ranked hypothesis has a figure; otherwise, since a blank is not a 0%, no Brier score, and each figure given judged
 * alone, the line saying so; none when no figure was given.
 */
final class CalibrationLine {
    private CalibrationLine() {
    }

    static Optional<String> of(Feedback f, KnowledgeBase knowledge) {
        if (f.brier() != null) {
            return Optional.of(brierLine(f.brier(), knowledge.hypotheses().size()));
        }
        return f.figuresGiven() == null ? Optional.empty() : Optional.of(figuresLine(f.figuresGiven(), f, knowledge));
    }

    /**
     * The Brier score against guessing 1/n for each of the n hypotheses (which scores (n - 1) / n², one of them true),
     * with which is better said in words, as the figures are shown.
     */
    private static String brierLine(double brier, int n) {
        double guess = (n - 1) / (double) (n * n);
        long yours = Math.round(brier * 1000);
        long guessed = Math.round(guess * 1000);
        String verdict = yours < guessed ? "better than" : yours > guessed ? "worse than" : "no better than";
        return String.format(Locale.ROOT, "Calibration: Brier score %.3f, %s guessing 1/%d for each (%.3f). Lower is better; 0 is perfect.",
                brier, verdict, n, guess);
    }

    /** "Calibration, on the figure you gave only (rank 1 has none, and a blank is not read as 0%): ..." */
    private static String figuresLine(FiguresGiven g, Feedback f, KnowledgeBase knowledge) {
        List<String> each = new ArrayList<>();
        g.figures().forEach((id, p) -> each.add(String.format(Locale.ROOT, "%s %s%%, %s", knowledge.hypothesis(id).map(h -> h.label())
                .orElse(id), percent(p), f.acceptedLeading().contains(id) ? "the case's answer" : "not the case's answer")));
        List<String> ranks = g.blankRanks().stream().map(String::valueOf).toList();
        String blank = ranks.size() == 1 ? "rank " + ranks.get(0) + " has none"
                : "ranks " + String.join(", ", ranks.subList(0, ranks.size() - 1)) + " and " + ranks.get(ranks.size() - 1) + " have none";
        int n = g.figures().size();
        return String.format(Locale.ROOT, "Calibration, on the %s you gave only (%s, and a blank is not read as 0%%): %s; %s %.3f"
                        + " (0 is perfect). No Brier score is given or kept: give a figure for each hypothesis you rank to have one.",
                n == 1 ? "figure" : n + " figures", blank, String.join("; ", each), n == 1 ? "squared error" : "mean squared error",
                g.meanSquaredError());
    }

    private static String percent(double p) {
        double pc = p * 100;
        return Math.abs(pc - Math.rint(pc)) < 1e-9 ? String.valueOf(Math.round(pc)) : String.format(Locale.ROOT, "%.1f", pc);
    }
}
