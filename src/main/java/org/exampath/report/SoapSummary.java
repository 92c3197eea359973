package org.exampath.report;

import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.Describe;

/** A short SOAP-style summary as plain text, for pasting into the record. */
public final class SoapSummary {
    private final KnowledgeBase knowledge;

    public SoapSummary(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public String text(Exam exam, Assessment a, NoteContext context) {
        NoteContent content = new NoteContent(knowledge, exam, a);
        List<String> out = new ArrayList<>();
        out.add(content.patientLine(context) + ", " + context.date());
        out.add("S: " + join(content.positivesAndPertinent("history")) + ". " + screen(content, context.date()));
        List<String> objective = new ArrayList<>();
        for (String step : List.of("observation", "palpation", "strength", "neuro", "nerve", "provocation")) {
            objective.addAll(content.positivesAndPertinent(step));
        }
        out.add("O: " + (objective.isEmpty() ? "no physical tests recorded" : join(objective)) + ".");
        List<String> assessment = new ArrayList<>();
        for (RedFlag flag : a.redFlags()) {
            assessment.add(Describe.urgency(flag.urgency()) + " " + flag.label());
        }
        assessment.add(content.workingDiagnosis());
        for (HypothesisResult h : content.shownHypotheses().subList(0, Math.min(2, content.shownHypotheses().size()))) {
            List<String> movers = content.movers(h, 2);
            if (!movers.isEmpty()) {
                assessment.add(h.label() + " rests on " + String.join("; ", movers));
            }
        }
        for (Inconsistency i : a.inconsistencies()) {
            assessment.add("Inconsistent: " + i.message());
        }
        if (exam.record().assessment() != null) {
            assessment.add("Clinician's assessment: " + sentence(exam.record().assessment()));
        }
        out.add("A: " + String.join(" ", assessment));
        List<String> plan = new ArrayList<>();
        for (RedFlag flag : a.redFlags()) {
            plan.add(flag.action());
        }
        for (NoteContext.FlagAction action : context.actions()) {
            plan.add("Done: " + action.action() + ".");
        }
        if (!content.emergency()) {
            plan.add(content.management());
        }
        plan.add(Describe.imaging(a.imaging().recommendation()) + ". " + content.imagingReason());
        if (exam.record().plan() != null) {
            // a red flag's action always leads; the clinician's plan follows it, before the general advice
            plan.add(a.redFlags().size() + context.actions().size(), "Clinician's plan: " + sentence(exam.record().plan()));
        }
        out.add("P: " + String.join(" ", plan));
        return String.join("\n", out) + "\n";
    }

    /** "Red-flag screen complete, negative (date)." only when every question was asked and none was yes. */
    private static String screen(NoteContent content, String date) {
        List<String> yes = new ArrayList<>();
        content.recorded("redflag").stream().filter(s -> s.endsWith(": yes")).forEach(yes::add);
        org.exampath.text.ScreenStatus screen = content.screen();
        if (yes.isEmpty()) {
            return screen.negativeOrIncomplete(date) + (screen.complete() || screen.asked() == 0 ? "." : "; none of those asked was positive.");
        }
        return "Red-flag " + screen.besideFlags() + "; positive: " + String.join(", ", yes) + ".";
    }

    /** Free text on one line, ending with a full stop. */
    private static String sentence(String text) {
        String one = text.strip().replaceAll("\\s*\\n\\s*", " ");
        return one.endsWith(".") || one.endsWith("!") || one.endsWith("?") ? one : one + ".";
    }

    private static String join(List<String> items) {
        return items.isEmpty() ? "nothing recorded" : String.join("; ", items);
    }
}
