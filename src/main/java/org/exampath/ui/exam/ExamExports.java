package org.exampath.ui.exam;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exampath.domain.PatientLabel;
import org.exampath.exchange.AtomicFile;
import org.exampath.exchange.ExamWriter;
import org.exampath.exchange.SafeFileName;
import org.exampath.report.CarriedFindings;
import org.exampath.report.ConsultationNote;
import org.exampath.report.NoteContext;
import org.exampath.report.SoapSummary;
import org.exampath.text.Describe;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;

/**
 * What leaves the window: the consultation note as a PDF, the SOAP-style summary for the clipboard, and
 * the exam as a file. Files are written whole or not at all, never over the open database's files.
 */
final class ExamExports {
    private final ExamSession session;
    private final Autosave autosave;
    private final ClinicianSettings settings;
    private final ExamStatus lines;
    private final CarriedOver carried;
    private List<Path> keep = List.of();

    /**
     * {@code autosave}: null when the window runs without a store (the note then lists no red-flag actions);
     * {@code carried}: a follow-up's findings carried over, which the note marks as the form does.
     */
    ExamExports(ExamSession session, Autosave autosave, ClinicianSettings settings, ExamStatus lines, CarriedOver carried) {
        this.session = session;
        this.autosave = autosave;
        this.settings = settings;
        this.lines = lines;
        this.carried = carried;
    }

    /** Files a note or exam must never be written over: the open database and its side files. */
    void protect(List<Path> files) {
        keep = List.copyOf(files);
    }

    /** What the note says about who, when and which actions were taken for red flags. */
    NoteContext noteContext() {
        String label = session.patientLabelProperty().get();
        String clinician = Signature.of(baseline(), session.exam(), settings.signedBy());
        List<NoteContext.FlagAction> actions = new ArrayList<>();
        if (autosave != null) {
            autosave.acknowledgements().forEach(a -> actions.add(
                    new NoteContext.FlagAction(a.flag(), a.action(), Describe.minute(a.at()), a.clinician(),
                            a.urgency())));
        }
        // a follow-up's note tells a derived flag against the last visit, as the panel does
        // a stored encounter once moved from another patient says so, as its audit read when it was opened
        // a finding carried over from the last visit and not examined again is marked so, never as found today
        return new NoteContext(label, visitDate(), clinician, session.knowledge().version(), actions,
                session.previousProperty().get(), autosave == null ? List.of() : autosave.shownMoves(), undated(),
                new CarriedFindings(carried.idsProperty().get(), session.previousOriginsProperty().get()));
    }

    /**
     * The exam shown records no visit date and nothing else gives one: an encounter stored without one (an import of a
     * file that records none: listed under its import day), or an exam file opened that records none and is not
     * stored. The note never gives the day it is made as the visit's date, as {@code report} does not.
     */
    private boolean undated() {
        if (session.exam().record().date() != null) {
            return false;
        }
        org.exampath.store.Encounters.Encounter stored = autosave == null ? null : autosave.shownAsStored();
        return stored != null ? stored.undated() : session.opened() != null;
    }

    /**
     * The exam shown as it came into the window, with who examined it: an exam file's as read, else a stored
     * encounter's as loaded (null when it is the window user's own), else null (a new exam or a follow-up started
     * here, the window user's own visit: its carried-over findings are named in the last visit's audit). Whoever else
     * the store's audit says changed the encounter is named beside it: those read when it was opened, and any colleague
     * whose value or text a refused save or confirmation left in the exam shown, from then on, not only once it is
     * opened again (an exam of the window user's own included).
     */
    private Signature.Baseline baseline() {
        java.util.List<String> changedBy = autosave == null ? List.of() : autosave.shownChangedBy();
        if (session.opened() != null) {
            Signature.Baseline file = Signature.Baseline.file(session.opened());
            return autosave == null ? file : file.alsoChangedBy(changedBy, autosave.clinician());
        }
        org.exampath.store.Encounters.Encounter stored = autosave == null ? null : autosave.shownAsStored();
        if (stored == null) {
            // made here, so the window user's own: signed as Settings says, with the colleagues whose entries it holds
            return autosave == null ? null : Signature.Baseline.own(session.exam(), changedBy, autosave.clinician());
        }
        return Signature.Baseline.stored(stored.exam(), stored.recorded().clinician(), autosave.clinician(), changedBy);
    }

    /**
     * The visit's date: the one the exam records (an exam file opened), else the stored encounter's (an earlier visit
     * opened from the list), else today (an exam begun in this window); for an undated import or an undated exam file
     * not stored, today as the day the note is made, which the note never gives as the visit's ({@link #undated}).
     */
    private String visitDate() {
        if (session.exam().record().date() != null) {
            return session.exam().record().date().toString();
        }
        if (undated()) {
            return LocalDate.now().toString();
        }
        String stored = autosave == null ? null : autosave.visitDate();
        return stored != null ? stored : LocalDate.now().toString();
    }

    /** The consultation note as a PDF, written whole or not at all. */
    boolean exportNote(Path file) {
        try {
            new ConsultationNote(session.knowledge()).write(session.exam(), session.assessment(), noteContext(), file, keep);
            lines.error("");
            lines.status("Note written to " + file.getFileName() + ".");
            return true;
        } catch (IOException | RuntimeException e) {
            lines.error("Could not write the note: " + e.getMessage());
            return false;
        }
    }

    /** The short SOAP-style summary for the clipboard. */
    String summaryText() {
        return new SoapSummary(session.knowledge()).text(session.exam(), session.assessment(), noteContext());
    }

    /** Confirms the copy in the status bar. */
    void summaryCopied() {
        lines.error("");
        lines.status("Summary copied to the clipboard.");
    }

    /**
     * An earlier visit opened from the list keeps its visit's date in the file, as {@code export ID} writes it:
     * the date the exam records, else the stored encounter's as recorded; a visit not yet stored records none, and
     * neither does an undated import (its listed day is the import's, not the visit's).
     */
    private org.exampath.domain.Exam withStoredDate(org.exampath.domain.Exam exam) {
        org.exampath.store.Encounters.Encounter stored = autosave == null ? null : autosave.shownAsStored();
        if (exam.record().date() != null || stored == null || stored.recorded().date() == null) {
            return exam;
        }
        return exam.withRecord(exam.record().withDate(stored.recorded().date()));
    }

    /**
     * The label's letters and digits in any script, only what a file system refuses replaced ({@link SafeFileName}), and
     * the visit's date; "undated" for a visit that records none ({@link #undated}), whose note gives today only as the
     * day it was made: the name claims no date the clinician did not enter.
     */
    String suggestedNoteName() {
        return SafeFileName.of(session.patientLabelProperty().get(), "exam") + "-" + (undated() ? "undated" : visitDate()) + ".pdf";
    }

    /**
     * Writes the exam, with the patient label typed in the header, next to the target and moves it into
     * place, so a failed save leaves no half file. A label exam/1 refuses writes nothing: the file could not
     * be opened again.
     */
    boolean saveAs(Path file) {
        // the label as the header shows it, a cleared one included
        String label = session.patientLabelProperty().get();
        String trimmed = label == null || label.isBlank() ? null : label.strip();
        Optional<String> problem = trimmed == null ? Optional.empty() : PatientLabel.problem(trimmed);
        if (problem.isPresent()) {
            lines.error("Not saved: the patient label breaks the file's rule (" + problem.get()
                    + "). Correct the label and save again.");
            return false;
        }
        try {
            org.exampath.domain.Exam exam = session.exam();
            // a store's placeholder is nobody's label, and would join another store's patient
            exam = exam.withRecord(exam.record().withLabel(PatientLabel.isPlaceholder(trimmed) ? null : trimmed));
            exam = withStoredDate(Signature.inFile(baseline(), exam, settings.signedBy()));
            byte[] json = new ExamWriter().write(exam);
            AtomicFile.write(file, keep, out -> out.write(json));
            lines.error("");
            lines.status("Saved " + file.getFileName() + ".");
            return true;
        } catch (IOException e) {
            lines.error("Could not save " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
    }
}
