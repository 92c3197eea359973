package org.exampath.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.Describe;
import org.exampath.text.FlagCause;
import org.exampath.text.ImagingLevel;

/** The words of a note, shared by the PDF and the copyable summary. */
final class NoteContent {
    /** What the summary says in place of the working diagnosis while an emergency stands. */
    static final String WITHHELD = "Working diagnosis withheld while the emergency stands: act on the flag first.";

    private final KnowledgeBase kb;
    private final Exam exam;
    private final Assessment assessment;
    private final StepFindings steps;
    private final NoteSources sources;
    private final CarriedFindings carried;

    /** {@code carried}: a follow-up's findings carried over and not examined again, which the counts say apart. */
    NoteContent(KnowledgeBase kb, Exam exam, Assessment assessment, CarriedFindings carried) {
        this.kb = kb;
        this.exam = exam;
        this.assessment = assessment;
        this.carried = carried;
        this.steps = new StepFindings(kb, exam, assessment, shownHypotheses(), carried.ids());
        this.sources = new NoteSources(kb, assessment, shownHypotheses(), emergency());
    }

    String patientLine(NoteContext context) {
        List<String> parts = new ArrayList<>();
        String label = context.patientLabel();
        // the label as typed; "Patient" is added only when the label does not already say it
        parts.add(label.regionMatches(true, 0, "patient", 0, 7) ? label : "Patient " + label);
        if (exam.patient().age() != null) {
            parts.add(exam.patient().age() + " y");
        }
        if (exam.patient().sex() != null) {
            parts.add(exam.patient().sex().id());
        }
        parts.add(exam.side() == null ? "side not recorded" : exam.side().id() + " side");
        return String.join(", ", parts);
    }

    String flagLine(RedFlag flag) {
        return Describe.urgency(flag.urgency()) + ": " + flag.label() + ". " + flag.action();
    }

    /**
     * What raised the flag; for a derived flag first what grew worse since the last visit ({@code previous}, null if
     * unknown), then "Raised by the change since the last visit", never the inferred answer (see {@link FlagCause}).
     * A finding carried over from the last visit and not asked again says so and where it came from, as the summary does.
     */
    String flagCause(RedFlag flag, Exam previous) {
        List<String> by = FlagCause.raisedBy(kb, flag, exam, id -> carried.has(id) ? " (" + carried.mark(id) + ")" : "");
        String raised = "Raised by " + String.join("; ", by) + ".";
        if (!flag.derived()) {
            return raised;
        }
        return FlagCause.DERIVED + String.join("; ", worseSinceLastVisit(flag, previous, (id, v) -> Describe.finding(kb, id, v)))
                + ". " + raised;
    }

    /**
     * The findings a derived flag stands on, each in {@code words} now and, in brackets, as the last visit
     * recorded it ("hip abduction MRC 3/5 without pain (MRC 5/5 … at the last visit)"). Nothing is said of
     * the last visit when its exam is not known; empty for a flag raised by what was entered.
     */
    List<String> worseSinceLastVisit(RedFlag flag, Exam previous, java.util.function.BiFunction<String, FindingValue, String> words) {
        List<String> out = new ArrayList<>();
        for (String id : flag.derivedFrom()) {
            String now = words.apply(id, exam.value(id));
            if (previous == null) {
                out.add(now);
            } else {
                FindingValue before = previous.value(id);
                out.add(now + (before == null ? " (not recorded at the last visit)" : " (" + words.apply(id, before) + " at the last visit)"));
            }
        }
        return out;
    }

    /** The flags the Red flags section lists: every raised flag but a noted (low-value) item. */
    List<RedFlag> raisedFlags() {
        return assessment.redFlags().stream().filter(f -> !f.noted()).toList();
    }

    /** The noted items, each named: "Age 50 or over: noted, not escalated (Age: 52)."; empty when none. */
    List<String> notedForFollowUp() {
        NotedItem words = new NotedItem(kb, exam);
        return assessment.redFlags().stream().filter(RedFlag::noted).map(words::line).toList();
    }

    /**
     * An inconsistency headed by what was recorded, so the reader sees which was which: "SLR and slump disagree:
     * slump negative and SLR positive." (its message and suggestion follow it on the note).
     */
    String inconsistencyLine(org.exampath.reasoning.Inconsistency i) {
        FindingProse prose = new FindingProse(kb);
        List<String> recorded = new ArrayList<>();
        List<String> patient = new ArrayList<>();
        for (FindingDefinition d : kb.findings().values()) {
            if (i.findings().contains(d.id()) && exam.value(d.id()) != null) {
                // the exam's findings first, then what the patient is ("right side"), in catalogue order
                (d.pseudo() ? patient : recorded).add(prose.phrase(d.id(), exam.value(d.id())));
            }
        }
        recorded.addAll(patient);
        return i.label() + (recorded.isEmpty() ? "." : ": " + FindingProse.list(recorded) + ".");
    }

    List<HypothesisResult> shownHypotheses() {
        List<HypothesisResult> out = new ArrayList<>();
        for (HypothesisResult h : assessment.hypotheses()) {
            if (out.size() < 3 || h.probability() >= 0.2) {
                out.add(h);
            }
        }
        return out;
    }

    String hypothesisLine(HypothesisResult h) {
        return String.format(Locale.ROOT, "%s — %s (%s driver; pre-test %s)", h.label(), Describe.percent(h.probability()),
                h.driver(), Describe.percent(h.prior()));
    }

    /** Where the red-flag screen stands; nothing reads as "no red flag" unless it is complete. */
    org.exampath.text.ScreenStatus screen() {
        return org.exampath.text.ScreenStatus.of(assessment);
    }

    /** The screen in one sentence when no flag stands, else its state beside the flags. */
    String screenLine(String date) {
        return screenState(date) + ".";
    }

    /**
     * The screen's state as the PDF and the summary both state it: negative only when it is complete and no
     * flag stands (any flag, whatever raised it); see {@link org.exampath.text.ScreenStatus#state}.
     */
    String screenState(String date) {
        return screen().state(flagsStand(), date);
    }

    /** Any flag stands, whatever raised it: the screen may then not be called negative. */
    boolean flagsStand() {
        return !assessment.redFlags().isEmpty();
    }

    /** An emergency flag stands: management and conservative advice are withheld. */
    boolean emergency() {
        return assessment.redFlags().stream().anyMatch(f -> "emergency".equals(f.urgency()));
    }

    /** An urgent flag stands (and no emergency): management follows the flag's action. */
    boolean urgent() {
        return !emergency() && assessment.redFlags().stream().anyMatch(f -> "urgent".equals(f.urgency()));
    }

    /** The driver's management, withheld under an emergency and put after an urgent flag's action. */
    String management() {
        if (emergency()) {
            return "Management withheld while the emergency stands: act on the flag first.";
        }
        return (urgent() ? "Once the flag is cleared: " : "") + assessment.driver().management();
    }

    /**
     * The imaging headline as the panel words it: not judged until the red-flag screen is complete, not first under a
     * soon flag, same day under an emergency.
     */
    ImagingLevel imaging() {
        return ImagingLevel.of(assessment);
    }

    /**
     * The imaging rule's reason in the headline's light, as the panel gives it: "No red flag" only of a complete screen,
     * and while not judged the screen stated once, then what holds once it finds no flag.
     */
    String imagingReason() {
        return imaging().reason(assessment);
    }

    /** The clinician's own assessment as entered, or null when there is none or it is blank (nothing they wrote). */
    String clinicianAssessment() {
        return entered(exam.record().assessment());
    }

    /** The clinician's own plan as entered, or null when there is none or it is blank. */
    String clinicianPlan() {
        return entered(exam.record().plan());
    }

    private static String entered(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Which of each step's findings the note lists by name, and how it counts the rest. */
    /**
     * The step's findings a note lists by name (see {@link StepFindings#positivesAndPertinent}), each carried over from
     * the last visit and not examined again marked so ({@link CarriedFindings#line}).
     */
    List<String> listed(String step, NoteContext context) {
        return steps.positivesAndPertinentIds(step).stream().map(id -> context.carried().line(id, Describe.finding(kb, id, exam.value(id)),
                context.previous() == null ? null : context.previous().value(id), exam.value(id))).toList();
    }

    StepFindings steps() {
        return steps;
    }

    /** The sources the note cites and the findings that moved each diagnosis shown. */
    NoteSources sources() {
        return sources;
    }

    String workingDiagnosis() {
        return Describe.workingDiagnosis(assessment, kb.policy().closeShare());
    }

    /** The driver is not yet clear because the close leading hypotheses belong to different drivers (ADR 0011). */
    boolean driverLeadersSplit() {
        return org.exampath.reasoning.DriverChoice.leadersSplit(assessment, kb.policy().closeShare());
    }

    Assessment assessment() {
        return assessment;
    }

    Exam exam() {
        return exam;
    }
}
