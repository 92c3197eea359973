package org.exampath.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Evidence;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.text.Describe;

/**
 * Which of a step's recorded findings a note lists by name and how it counts the rest, so an unasked
 * question never reads as negative. Shared by the PDF note and the SOAP summary.
 */
final class StepFindings {
    private final KnowledgeBase kb;
    private final Exam exam;
    private final Assessment assessment;
    /**
     * The findings the raised flags, the inconsistencies and the imaging advice refer to (see {@link RuleFindings}),
     * and the recorded checks that kept a flag from being raised (see {@link ClearedFlagChecks}).
     */
    private final Set<String> ruled;
    /** The diagnoses the note shows: a negative that moves one of them clearly is pertinent. */
    private final Set<HypothesisResult> shown;
    /** A follow-up's findings carried over from the last visit and not examined again (empty for none). */
    private final Set<String> carried;

    StepFindings(KnowledgeBase kb, Exam exam, Assessment assessment, List<HypothesisResult> shown, Set<String> carried) {
        this.carried = Set.copyOf(carried);
        this.kb = kb;
        this.exam = exam;
        this.assessment = assessment;
        this.ruled = new HashSet<>(RuleFindings.of(kb, assessment));
        this.ruled.addAll(ClearedFlagChecks.of(kb, exam));
        this.shown = new HashSet<>(shown);
    }

    /** Answers that say nothing is there: "no", negative, normal, non-tender, a flexor plantar response, full strength without pain. */
    static boolean negative(FindingValue v) {
        if (v instanceof FindingValue.Flag f) {
            return !f.value();
        }
        if (v instanceof FindingValue.Choice c) {
            return Set.of("negative", "normal", "non_tender", "no_effect", "none", "flexor").contains(c.value());
        }
        if (v instanceof FindingValue.Strength st) {
            return st.grade() == 5 && "none".equals(st.pain());
        }
        return false;
    }

    /**
     * What the record needs from one step, in catalogue order: every positive finding; every screening
     * question asked, whatever the answer; every finding a raised flag, an inconsistency or the imaging advice
     * refers to, negatives included; every check whose answer kept a red flag from being raised; and the negatives that moved a hypothesis on the note by a likelihood ratio
     * of 1.5 or more either way; and the test a listed finding belongs to ({@link FindingDefinition#of}: where FABER
     * hurt, the SLR's angle), so a site or an angle never reads without its test's result. Only the other negative or
     * normal findings are counted: see {@link #otherNegatives}.
     */
    List<String> positivesAndPertinent(String step) {
        return positivesAndPertinentIds(step).stream().map(id -> Describe.finding(kb, id, exam.value(id))).toList();
    }

    /** The ids of {@link #positivesAndPertinent}, in the same order. */
    List<String> positivesAndPertinentIds(String step) {
        Set<String> pertinent = pertinentNegatives();
        Set<String> listed = new HashSet<>();
        for (FindingDefinition d : kb.findingsOfStep(step)) {
            FindingValue v = recorded(d) ? exam.value(d.id()) : null;
            if (v != null && (!negative(v) || pertinent.contains(d.id()) || ruled.contains(d.id()) || "redflag".equals(step))) {
                listed.add(d.id());
                // where a test hurt, or the SLR's angle, is read with that test's result, negative or not
                if (d.of() != null) {
                    listed.add(d.of());
                }
            }
        }
        return kb.findingsOfStep(step).stream().map(FindingDefinition::id).filter(listed::contains).toList();
    }

    /** The findings that shifted a diagnosis shown clearly (x1.5 either way), or any diagnosis strongly (x3). */
    private Set<String> pertinentNegatives() {
        Set<String> pertinent = new HashSet<>();
        for (HypothesisResult h : assessment.hypotheses()) {
            // a strong shift counts for a diagnosis no longer shown, so a negative that rules one out is written
            double line = shown.contains(h) ? 1.5 : 3;
            for (Evidence e : h.contributions()) {
                if (e.lr() >= line || e.lr() <= 1 / line) {
                    pertinent.addAll(e.findings());
                }
            }
        }
        return pertinent;
    }

    /** How many questions of the step were asked and negative but are not listed (not pertinent). */
    int otherNegatives(String step) {
        int recorded = (int) kb.findingsOfStep(step).stream().filter(this::recorded).count();
        return recorded - positivesAndPertinentIds(step).size();
    }

    /** How many items of the step were not asked or not tested. */
    int notTested(String step) {
        return (int) kb.findingsOfStep(step).stream().filter(d -> !recorded(d)).count();
    }

    /**
     * The finding has an answer that stands: one that belongs to a test ({@link FindingDefinition#of}), such as where
     * FABER hurt, stands only while that test is recorded (an exam file may hold it without the test).
     */
    private boolean recorded(FindingDefinition d) {
        return exam.has(d.id()) && (d.of() == null || exam.has(d.of()));
    }

    /**
     * The line that counts a step's unlisted negatives: "All other … negative (n)." only when every
     * item of the step was asked or tested; otherwise how many others were asked and how many were
     * not, so an unasked question never reads as negative. Empty when there are no such negatives.
     */
    String otherNegativesLine(String step) {
        int others = otherNegatives(step);
        boolean screen = "redflag".equals(step);
        if (others == 0) {
            // every screening question asked is listed by name; those not asked are counted, never called negative
            int unasked = screen ? notTested(step) : 0;
            return unasked == 0 ? "" : unasked + (unasked == 1 ? " screening question" : " screening questions") + " not asked.";
        }
        String other = positivesAndPertinentIds(step).isEmpty() ? "" : "other ";
        int missing = notTested(step);
        if (missing == 0) {
            return "All " + other + (screen ? "screening questions negative" : "answers negative or normal") + " (" + others + ")."
                    + carriedAmong(step, others);
        }
        // "4 other screening questions asked, all negative; 18 not asked." / "1 test done, negative or normal; 5 not tested."
        boolean asked = screen || "history".equals(step);
        String noun = (screen ? "screening question" : asked ? "question" : "test") + (others == 1 ? "" : "s");
        String result = (others == 1 ? "" : "all ") + (asked ? "negative" : "negative or normal");
        return others + " " + other + noun + (asked ? " asked, " : " done, ") + result + "; " + missing
                + (asked ? " not asked." : " not tested.") + carriedAmong(step, others);
    }

    /**
     * How many of the step's {@code others} counted negatives were carried over from the last visit and not examined
     * again, so a follow-up never counts them as asked or done today: " Of these, 2 were carried over from the last
     * visit, not re-examined." (" All were …", " It was …" when every one was); empty when none was.
     */
    private String carriedAmong(String step, int others) {
        Set<String> listed = new HashSet<>(positivesAndPertinentIds(step));
        long n = kb.findingsOfStep(step).stream().filter(d -> exam.has(d.id()) && !listed.contains(d.id()) && carried.contains(d.id()))
                .count();
        if (n == 0) {
            return "";
        }
        String which = n < others ? " Of these, " + n + (n == 1 ? " was" : " were") : others == 1 ? " It was" : " All were";
        return which + " carried over from the last visit, not re-examined.";
    }
}
