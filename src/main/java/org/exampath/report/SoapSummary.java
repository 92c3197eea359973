package org.exampath.report;

import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.Describe;
import org.exampath.text.LrFigure;

/**
 * A short SOAP-style summary in prose, for pasting into the record: one paragraph each for S, O, A
 * and P, in sentences. Only positives and pertinent negatives are written out; the red-flag
 * screen's other negatives are counted on the same line, and a question not asked is never
 * reported at all.
 */
public final class SoapSummary {
    private static final List<String> PHYSICAL = List.of("observation", "palpation", "strength", "neuro", "nerve", "provocation");

    private final KnowledgeBase knowledge;
    private final FindingProse prose;

    public SoapSummary(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.prose = new FindingProse(knowledge);
    }

    public String text(Exam exam, Assessment a, NoteContext context) {
        NoteContent content = new NoteContent(knowledge, exam, a, context.carried());
        List<String> out = new ArrayList<>();
        out.add(content.patientLine(context) + ", " + context.headingDate() + ".");
        CarriedFindings carried = context.carried();
        String carriedHistory = carriedOver(content, exam, context, List.of("history"));
        out.add("S: " + history(content, exam, carried, !carriedHistory.isEmpty()) + carriedHistory + " "
                + screen(content, exam, context.screenDate()));
        List<String> objective = new ArrayList<>();
        for (String step : PHYSICAL) {
            String found = prose.sentences(today(content, step, carried), exam.findings());
            if (!found.isEmpty()) {
                objective.add(Describe.SECTIONS.get(step) + ": " + found);
            }
        }
        String carriedObjective = carriedOver(content, exam, context, PHYSICAL);
        long recorded = physicalRecorded(exam, carried);
        out.add("O: " + (!objective.isEmpty() ? String.join(" ", objective) : recorded == 0
                ? (carriedObjective.isEmpty() ? "No physical tests recorded." : "No physical tests done at this visit.")
                : recorded == 1 ? "1 physical test recorded, negative, bearing on none of the diagnoses shown."
                : recorded + " physical tests recorded, all negative, bearing on none of the diagnoses shown.") + carriedObjective);
        List<String> assessment = new ArrayList<>();
        NotedItem noted = new NotedItem(knowledge, exam);
        for (RedFlag flag : a.redFlags()) {
            if (flag.noted()) {
                // a low-value item is named and logged, never written as a red flag
                assessment.add("Noted for follow-up, not escalated: " + noted.inSentence(flag) + ".");
                continue;
            }
            // a derived flag stands on what grew worse since the last visit, not on an answer entered today
            List<String> because = flag.derived() ? content.worseSinceLastVisit(flag, context.previous(), prose::phrase)
                    : flag.findings().stream()
                    .filter(id -> exam.value(id) != null && knowledge.finding(id).isPresent())
                    .map(id -> prose.phrase(id, exam.value(id)) + (carried.has(id) ? " (carried over)" : "")).toList();
            String why = flag.derived() ? "new or worse since the last visit: " : "";
            assessment.add(Describe.urgency(flag.urgency()) + ": " + FindingProse.inSentence(flag.label())
                    + (because.isEmpty() ? "" : " (" + why + FindingProse.list(because) + ")") + ".");
        }
        if (content.emergency()) {
            // as the note and the panel: no working diagnosis while an emergency stands
            assessment.add(NoteContent.WITHHELD);
        } else {
            assessment.add(content.workingDiagnosis());
            for (HypothesisResult h : content.shownHypotheses().subList(0, Math.min(2, content.shownHypotheses().size()))) {
                List<String> movers = movers(content, h, carried);
                if (!movers.isEmpty()) {
                    assessment.add(h.label() + " rests mainly on " + String.join(" and ", movers) + ".");
                }
            }
        }
        for (Inconsistency i : a.inconsistencies()) {
            assessment.add("Inconsistent: " + sentence(i.message()));
        }
        if (content.clinicianAssessment() != null) {
            assessment.add("Clinician's assessment: " + sentence(content.clinicianAssessment()));
        }
        out.add("A: " + String.join(" ", assessment));
        List<String> plan = new ArrayList<>();
        for (RedFlag flag : a.redFlags()) {
            // a noted item's action names its item, so it never reads as said of the flag before it
            plan.add(flag.noted() ? noted.name(flag) + ": " + Describe.inSentence(sentence(flag.action())) : sentence(flag.action()));
        }
        for (NoteContext.FlagAction action : context.actions()) {
            // an action recorded while its flag stood lower says so when the flag stands higher now
            String when = a.redFlags().stream().filter(f -> f.id().equals(action.flag()) && !f.noted()).findFirst()
                    .map(f -> action.when(f.level())).orElse(action.when());
            plan.add("Done" + (action.by() == null ? "" : " (" + when + ")") + ": " + sentence(action.action()));
        }
        if (!content.emergency()) {
            plan.add(sentence(content.management()));
        }
        plan.add(sentence(content.imaging().text()) + " " + sentence(content.imagingReason()));
        if (content.clinicianPlan() != null) {
            // a red flag's action always leads; the clinician's plan follows it, before the general advice
            plan.add(a.redFlags().size() + context.actions().size(), "Clinician's plan: " + sentence(content.clinicianPlan()));
        }
        out.add("P: " + String.join(" ", plan));
        return String.join("\n", out) + "\n";
    }

    /**
     * The history's positives and pertinent negatives in sentences; when none is listed but questions were
     * answered, those answers counted as the note counts them ("3 questions asked, all negative; 43 not
     * asked."), so answers of "no" are never reported as no history at all.
     */
    private String history(NoteContent content, Exam exam, CarriedFindings carried, boolean anyCarried) {
        String section = Describe.SECTIONS.get("history") + ": ";
        String listed = prose.sentences(today(content, "history", carried), exam.findings());
        if (!listed.isEmpty()) {
            return section + listed;
        }
        String counted = content.steps().otherNegativesLine("history");
        return counted.isEmpty() ? (anyCarried ? "No history taken at this visit." : "No history recorded.") : section + counted;
    }

    /** The step's findings the summary lists that were found at this visit, not carried over from the last one. */
    private static List<String> today(NoteContent content, String step, CarriedFindings carried) {
        return content.steps().positivesAndPertinentIds(step).stream().filter(id -> !carried.has(id)).toList();
    }

    /**
     * The listed findings of {@code steps} carried over from the last visit, apart and said so: " Carried over from the
     * visit of 2026-10-01, by Dr Kemi Adeyemi, not re-examined: Palpation: piriformis tender …"; a value moved forward
     * since (the pain's duration) says what it was then. Empty when none is carried over.
     */
    private String carriedOver(NoteContent content, Exam exam, NoteContext context, List<String> steps) {
        CarriedFindings carried = context.carried();
        // one paragraph for each visit and person the carried findings come from, oldest first
        java.util.Map<String, List<String>> byOrigin = new java.util.TreeMap<>();
        for (String step : steps) {
            java.util.Map<String, List<String>> ids = new java.util.TreeMap<>();
            content.steps().positivesAndPertinentIds(step).stream().filter(carried::has)
                    .forEach(id -> ids.computeIfAbsent(carried.origin(id).words(), k -> new ArrayList<>()).add(id));
            ids.forEach((origin, listed) -> byOrigin.computeIfAbsent(origin, k -> new ArrayList<>())
                    .add(Describe.SECTIONS.get(step) + ": " + prose.sentences(listed, exam.findings()) + moved(listed, exam, context)));
        }
        StringBuilder out = new StringBuilder();
        byOrigin.forEach((origin, parts) -> out.append(" Carried over ").append(origin).append(", not re-examined: ")
                .append(String.join(" ", parts)));
        return out.toString();
    }

    /** For each of {@code ids} moved forward since the last visit (the pain's duration), what it was then; empty for none. */
    private String moved(List<String> ids, Exam exam, NoteContext context) {
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            FindingValue then = context.previous() == null ? null : context.previous().value(id);
            if (then != null && !then.equals(exam.value(id))) {
                out.append(' ').append(knowledge.finding(id).map(org.exampath.knowledge.FindingDefinition::label).orElse(id))
                        .append(" was ").append(then.display()).append(" at that visit, moved forward by the time since.");
            }
        }
        return out.toString();
    }

    /**
     * The red-flag screen in one sentence: its state as the note gives it ("complete, negative (date)"
     * only when every question was asked, none was yes and no flag stands), then the positives by name
     * and the other asked questions counted as negative.
     */
    private String screen(NoteContent content, Exam exam, String date) {
        List<String> yes = new ArrayList<>();
        List<String> no = new ArrayList<>();
        for (org.exampath.knowledge.FindingDefinition d : knowledge.findingsOfStep("redflag")) {
            FindingValue v = exam.value(d.id());
            if (v != null) {
                (StepFindings.negative(v) ? no : yes).add(prose.phrase(d.id(), v));
            }
        }
        org.exampath.text.ScreenStatus screen = content.screen();
        String state = content.screenState(date);
        // a complete screen's negatives are all the others; an incomplete one's are named, so the reader sees what was asked
        String negatives = no.isEmpty() ? "" : screen.complete() ? "all other screening questions negative (" + no.size() + ")"
                : FindingProse.list(no);
        if (yes.isEmpty()) {
            if (no.isEmpty() || screen.complete() && !content.flagsStand()) {
                return state + ".";
            }
            // a flag raised on examination stands beside a screen answered no: say what the screen found, not "negative"
            return state + (screen.complete() ? ": no screening question positive." : ": " + negatives + ".");
        }
        return "Red-flag " + screen.besideFlags() + ": positive for " + FindingProse.list(yes)
                + (no.isEmpty() ? "." : "; " + negatives + ".");
    }

    /**
     * The two findings that raised it most, in words, each with its LR and source in brackets. A finding
     * that lowered it (LR below 1) is never among them: a diagnosis does not rest on what counts against it.
     */
    private List<String> movers(NoteContent content, HypothesisResult h, CarriedFindings carried) {
        return h.contributions().stream().filter(e -> e.lr() > 1).limit(2).map(e -> prose.phrase(e) + " (" + LrFigure.of(knowledge, e)
                + "; " + content.sources().shortSource(e.source()) + ("estimate".equals(e.tag()) ? ", estimate" : ", " + e.tag())
                + (e.findings().stream().anyMatch(carried::has) ? "; carried over, not re-examined" : "") + ")").toList();
    }

    /** How many findings of the physical steps are recorded at this visit (not carried over from the last). */
    private long physicalRecorded(Exam exam, CarriedFindings carried) {
        return PHYSICAL.stream().flatMap(step -> knowledge.findingsOfStep(step).stream())
                .filter(d -> exam.value(d.id()) != null && !carried.has(d.id())).count();
    }

    /** Free text on one line (any line break, CR LF or lone CR included, and tabs read as a space), ending with a full stop. */
    private static String sentence(String text) {
        String one = text.strip().replaceAll("\\s*\\R\\s*", " ").replace('\t', ' ');
        return one.endsWith(".") || one.endsWith("!") || one.endsWith("?") ? one : one + ".";
    }
}
