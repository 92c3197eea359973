package org.exampath.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.exampath.domain.Exam;
import org.exampath.exchange.AtomicFile;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.Describe;
import org.exampath.text.ImagingLevel;

/**
 * The consultation note as a PDF: who and when, the body chart, red flags and what was done, the
 * working diagnosis with the findings that moved it and their sources, the driver and management,
 * inconsistencies, imaging, the findings by step (only what was tested), the knowledge version and
 * page numbers. One embedded font, so it prints the same everywhere.
 */
public final class ConsultationNote {
    private static final Color DANGER = new Color(0xB4, 0x23, 0x18);
    private static final Color WARNING = new Color(0x9A, 0x67, 0x00);
    private static final Color TEXT = new Color(0x1F, 0x23, 0x28);

    private final KnowledgeBase knowledge;

    public ConsultationNote(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** Writes the note whole or not at all; see {@link #write(Exam, Assessment, NoteContext, Path, List)}. */
    public void write(Exam exam, Assessment assessment, NoteContext context, Path target) throws IOException {
        write(exam, assessment, context, target, List.of());
    }

    /**
     * Writes the note beside the target and moves it into place, owner-only; refuses a target that is
     * one of {@code keep} (the database, the input) or not a regular file, and then writes nothing.
     */
    public void write(Exam exam, Assessment assessment, NoteContext context, Path target, List<Path> keep) throws IOException {
        write(exam, assessment, context, target, keep, true);
    }

    /**
     * As {@link #write(Exam, Assessment, NoteContext, Path, List)}; with {@code replace} false a file already at
     * {@code target} is left as it is ({@link java.nio.file.FileAlreadyExistsException}, nothing written).
     */
    public void write(Exam exam, Assessment assessment, NoteContext context, Path target, List<Path> keep, boolean replace)
            throws IOException {
        AtomicFile.write(target, keep, replace, out -> write(exam, assessment, context, out));
    }

    public void write(Exam exam, Assessment assessment, NoteContext context, OutputStream out) throws IOException {
        NoteContent content = new NoteContent(knowledge, exam, assessment, context.carried());
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Consultation note " + context.patientLabel() + " " + context.headingDate());
            info.setCreator("ExamPath");
            try (PageFlow page = new PageFlow(doc, "ExamPath consultation note · " + context.patientLabel() + " · "
                    + context.headingDate() + " · knowledge " + context.knowledgeVersion())) {
                header(page, content, context);
                flags(page, content, context);
                noted(page, content);
                chart(doc, page, exam, context.carried());
                diagnosis(page, content, assessment, context.carried());
                clinicianNotes(page, content);
                findings(page, content, context);
                sources(page, content);
            }
            doc.save(out);
        }
    }

    private static void header(PageFlow page, NoteContent content, NoteContext context) throws IOException {
        page.title("Buttock and posterior hip pain — consultation note");
        page.text(content.patientLine(context));
        if (!page.prints(entered(content, context))) {
            page.muted("Characters this note cannot show faithfully (missing from its font, or in a script that runs right to "
                    + "left or joins its letters) are printed as " + Glyphs.MARK + "; the record keeps the exact text, and so "
                    + "does the summary copied from the exam window.");
        }
        // two labels or names marked alike still differ on paper: the marked characters by number
        hidden(page, "the patient label", context.patientLabel());
        page.text(context.dateLine() + (context.clinician().isBlank() ? "" : "   ·   Clinician " + context.clinician()));
        hidden(page, "the clinician's name", context.clinician());
        // a note once filed under another person says so, with who moved it and when (the store's audit)
        for (String move : context.moves()) {
            page.text(move);
        }
        page.muted("Knowledge base " + context.knowledgeVersion() + ". Probabilities are decision support from pre-test "
                + "odds and likelihood ratios, not a diagnosis.");
    }

    /** Everything on the note that a person typed: the label and names, the audit's moves, actions, assessment and plan. */
    private static String entered(NoteContent content, NoteContext context) {
        StringBuilder all = new StringBuilder(context.patientLabel()).append(context.clinician());
        context.moves().forEach(all::append);
        context.actions().forEach(action -> all.append(action.action()).append(action.when()));
        for (String own : new String[] {content.clinicianAssessment(), content.clinicianPlan()}) {
            all.append(own == null ? "" : own);
        }
        // as the note prints them: a line break starts a line and a tab is a space, neither a mark
        return all.toString().replaceAll("\\R|\t", " ");
    }

    /** "Printed as � in the patient label: U+738B U+82B3.", when any of {@code text} is marked. */
    private static void hidden(PageFlow page, String what, String text) throws IOException {
        String codes = page.hidden(text);
        if (!codes.isEmpty()) {
            page.muted("Printed as " + Glyphs.MARK + " in " + what + ": " + codes + ".");
        }
    }

    private static void chart(PDDocument doc, PageFlow page, Exam exam, CarriedFindings carried) throws IOException {
        page.heading("Body chart");
        PDImageXObject image = LosslessFactory.createFromImage(doc, ChartImage.draw(exam, carried, 1.5));
        page.image(image, 200, ChartImage.caption(exam, carried));
    }

    private static void flags(PageFlow page, NoteContent content, NoteContext context) throws IOException {
        page.heading("Red flags");
        boolean timed = false;
        // a noted (low-value) item is not a red flag to act on: it has its own line, see noted()
        for (RedFlag flag : content.raisedFlags()) {
            page.lead(content.flagLine(flag), flag.serious() ? DANGER : WARNING);
            page.text(content.flagCause(flag, context.previous()));
            List<NoteContext.FlagAction> done = context.actions().stream().filter(x -> x.flag().equals(flag.id())).toList();
            if (done.isEmpty()) {
                page.text("Action taken: not recorded.");
            }
            for (NoteContext.FlagAction action : done) {
                page.text("Action taken (" + action.when(flag.level()) + "): " + action.action());
                timed = true;
            }
            // the flag rose since each of its actions, recorded at a lower urgency (one whose level was not kept says so above)
            if (!done.isEmpty() && done.stream().noneMatch(a -> a.covers(flag.level()) || a.urgency() == null)) {
                page.text("Action taken at " + flag.urgency() + ": not recorded.");
            }
        }
        if (timed) {
            page.text("Action times are local time: " + Describe.localZone() + ".");
        }
        page.text(content.screenLine(context.screenDate()));
    }

    /** The noted low-value items, each named, in a short section of their own: logged for the follow-up, never escalated. */
    private static void noted(PageFlow page, NoteContent content) throws IOException {
        List<String> noted = content.notedForFollowUp();
        if (noted.isEmpty()) {
            return;
        }
        page.heading("Noted for follow-up");
        for (String line : noted) {
            page.text(line);
        }
    }

    private static void diagnosis(PageFlow page, NoteContent content, Assessment a, CarriedFindings carried) throws IOException {
        if (content.emergency()) {
            page.heading("Working diagnosis and management");
            page.text("Withheld while the emergency stands: act on the flag above. The findings recorded follow.");
            inconsistencies(page, content, a);
            imaging(page, content);
            return;
        }
        page.heading("Working diagnosis");
        page.text(content.workingDiagnosis());
        for (HypothesisResult h : content.shownHypotheses()) {
            page.lead(content.hypothesisLine(h), TEXT);
            List<String> movers = content.sources().movers(h, 4, carried);
            if (movers.isEmpty()) {
                page.bullet("Nothing recorded moved it from its pre-test probability.");
            }
            for (String mover : movers) {
                page.bullet(mover);
            }
        }
        page.heading("Pain driver and management");
        page.text(a.driver().id().equals(org.exampath.knowledge.Driver.UNCLEAR)
                ? (content.driverLeadersSplit()
                        ? "Driver: not yet clear (the close leading hypotheses belong to different drivers)."
                        : "Driver: not yet clear (nothing recorded beyond age and sex points to one).")
                : "Driver: " + a.driver().label() + " (" + Describe.percent(a.driver().probability())
                + " that a " + a.driver().id() + " source is present).");
        page.text(content.management());
        inconsistencies(page, content, a);
        imaging(page, content);
    }

    /** The imaging headline as the panel words it, coloured by its level (see {@link #colour}), then its reason. */
    private static void imaging(PageFlow page, NoteContent content) throws IOException {
        page.heading("Imaging");
        page.strong(content.imaging().text(), colour(content.imaging()));
        page.text(content.imagingReason());
    }

    /**
     * Red for imaging now (urgent, or same day in an emergency), amber while a soon flag's own step comes first, green
     * for "not indicated" or "only if no progress", and the text's own colour while not judged: a screen not yet
     * complete is neither a reassurance nor an alarm.
     */
    private static Color colour(ImagingLevel level) {
        return switch (level) {
            case URGENT, EMERGENCY -> DANGER;
            case NOT_FIRST -> WARNING;
            case NOT_YET_JUDGED -> TEXT;
            case NOT_INDICATED, IF_NO_PROGRESS -> new Color(0x1A, 0x7F, 0x37);
        };
    }

    /**
     * Findings that do not fit together, each headed by the recorded values ("SLR and slump disagree: SLR positive and
     * slump negative."), then what the rule says of them and what to check; kept in an emergency note too.
     */
    private static void inconsistencies(PageFlow page, NoteContent content, Assessment a) throws IOException {
        page.heading("Inconsistent findings");
        if (a.inconsistencies().isEmpty()) {
            page.text("None.");
        }
        for (Inconsistency i : a.inconsistencies()) {
            page.lead(content.inconsistencyLine(i), WARNING);
            page.text(i.message() + " " + i.suggestion());
        }
    }

    private static void findings(PageFlow page, NoteContent content, NoteContext context) throws IOException {
        page.heading("Findings recorded");
        int untested = 0;
        for (var section : Describe.SECTIONS.entrySet()) {
            String step = section.getKey();
            // at a follow-up, a finding carried over and not examined again is marked so, with where it came from
            List<String> lines = content.listed(step, context);
            String others = content.steps().otherNegativesLine(step);
            untested += content.steps().notTested(step);
            if (!lines.isEmpty() || !others.isEmpty()) {
                page.lead(section.getValue(), TEXT);
                for (String line : lines) {
                    page.bullet(line);
                }
                if (!others.isEmpty()) {
                    // only questions asked and answered negative are counted as negative; the rest as not asked
                    page.bullet(others);
                }
            }
        }
        page.muted("Listed by name: every positive; every screening question asked, with its answer; every finding a red flag, "
                + "an inconsistency or the imaging advice refers to, negatives included; every check whose answer kept a red flag "
                + "from being raised; and each negative that clearly moved a diagnosis. Other negative or normal findings are counted. " + untested
                + " catalogue items were not asked or not tested; absent items are not read as negative.");
    }

    /** The clinician's own assessment and plan, as typed, when there are any (blank text is none). */
    private static void clinicianNotes(PageFlow page, NoteContent content) throws IOException {
        String assessment = content.clinicianAssessment();
        String plan = content.clinicianPlan();
        if (assessment == null && plan == null) {
            return;
        }
        page.heading("Clinician's assessment and plan");
        if (assessment != null) {
            page.text("Assessment: " + assessment);
        }
        if (plan != null) {
            page.text("Plan: " + plan);
        }
    }

    private static void sources(PageFlow page, NoteContent content) throws IOException {
        page.heading("Sources");
        String legend = content.sources().tagLegend();
        if (!legend.isEmpty()) {
            page.muted(legend);
        }
        for (String citation : content.sources().citations()) {
            page.muted(citation);
        }
    }
}
