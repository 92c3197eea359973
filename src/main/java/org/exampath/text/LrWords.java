package org.exampath.text;

import java.util.Locale;
import org.exampath.knowledge.Citation;

/** A likelihood ratio and its source in plain words, for the panel's default view. */
public final class LrWords {
    private LrWords() {
    }

    /** What the number does to the odds, in words: "makes it about 3× more likely". */
    public static String effect(double lr) {
        if (lr >= 0.9 && lr <= 1.1) {
            return "barely changes it";
        }
        double factor = lr > 1 ? lr : 1 / lr;
        String times = factor < 1.95 ? String.format(Locale.ROOT, "%.1f", factor) : String.format(Locale.ROOT, "%.0f", factor);
        return "makes it about " + times + "× " + (lr > 1 ? "more" : "less") + " likely";
    }

    /**
     * A source as "Author Year, study type". The type is read from what the source says of itself
     * (a systematic review, a cohort), from a case-control design, or is "judgement" for an estimate;
     * when none of these is known, only author and year are given.
     */
    public static String source(Citation c, String design, boolean estimate) {
        if (c == null) {
            return "source not found";
        }
        String type = studyType(c, design);
        String who = Describe.shortCitation(c).replace(" et al", "");
        String base = type.isEmpty() ? who : who + ", " + type;
        return estimate ? base + " (an estimate drawn from it)" : base;
    }

    static String studyType(Citation c, String design) {
        String text = c.text().toLowerCase(Locale.ROOT);
        if ("case_control".equals(design) || text.contains("case-control")) {
            return "case-control study";
        }
        if (text.contains("meta-analysis")) {
            return "meta-analysis";
        }
        if (text.contains("systematic review")) {
            return "systematic review";
        }
        if (text.contains("guideline") || text.contains("nice ")) {
            return "guideline";
        }
        if (text.contains("cohort")) {
            return "cohort study";
        }
        if (text.contains("review")) {
            return "review";
        }
        if (text.contains("diagnostic accuracy") || text.contains("diagnostic value") || text.contains("validity")
                || text.contains("sensitivity and specificity") || text.contains("accuracy of")) {
            return "diagnostic accuracy study";
        }
        if (text.contains("prospective")) {
            return "prospective study";
        }
        if (text.startsWith("exampath evidence file")) {
            return "ExamPath evidence summary";
        }
        return "";
    }
}
