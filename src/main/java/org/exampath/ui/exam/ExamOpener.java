package org.exampath.ui.exam;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.exampath.domain.Exam;
import org.exampath.exchange.ExamFormatException;
import org.exampath.exchange.ExamReader;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;

/**
 * File > Open exam: reads an exam file into the session, or into its encounter when it is a recovery
 * copy kept for one. A bad file leaves the current exam untouched and the error line names the fault.
 */
final class ExamOpener {
    private final ExamSession session;
    private final Autosave autosave;
    private final ExamStatus lines;
    private CompletableFuture<Void> opening = CompletableFuture.completedFuture(null);

    /** {@code autosave}: null when the window runs without a store. */
    ExamOpener(ExamSession session, Autosave autosave, ExamStatus lines) {
        this.session = session;
        this.autosave = autosave;
        this.lines = lines;
    }

    /**
     * Opens an exam file; on any fault the current exam stays as it was and the error names the fault.
     * A copy from the recovery folder is saved with the create key kept beside it (see {@link RecoveryFiles}),
     * and under the patient label it was kept with. A copy kept for an encounter already known is read
     * into that encounter (when this store holds it) rather than made a new one; that opening finishes
     * off the JavaFX thread, and its status line says where the copy went. A new exam's copy kept for
     * another database opens here all the same, and the status line names that database and says the
     * exam is saved as a new encounter of this one (the copy stays in the folder until it is). A copy kept with a create
     * key and the exam its encounter was stored as ({@link RecoveryFiles#storedAsOf}) is read onto the encounter its key
     * finds, off the JavaFX thread, applying only what it changed from that exam. A copy of
     * changes another clinician entered is not opened: they would be saved in this clinician's name. Any other
     * exam file is opened as an import would store it: its findings are the encounter's starting state, credited
     * to the clinician the file records (else to no one named), and only what is changed afterwards is this
     * clinician's (ADR 8).
     */
    boolean open(Path file) {
        try {
            Exam exam = new ExamReader(session.knowledge()).read(ExamReader.bytesOf(file));
            RecoveryFiles.Origin origin = autosave == null ? new RecoveryFiles.Origin(null, null, null) : RecoveryFiles.originOf(file);
            Optional<RecoveryFiles.Kept> kept = Optional.ofNullable(origin.encounter());
            Optional<String> by = Optional.ofNullable(origin.clinician());
            if (by.isPresent() && !by.get().equals(autosave.clinician())) {
                // opened, the copy's changes would be saved and audited in this clinician's name; the copy names who
                // made them (the session's clinician), not the encounter's, who may be someone else
                String where = kept.map(k -> "encounter " + k.id() + ", " + k.date()).orElse("a new exam");
                lines.error("Could not open " + file.getFileName() + ": it holds unsaved changes " + (by.get().isEmpty()
                        ? "entered with no clinician's name set (" + where + "); only a session with no name set in Settings"
                        + " can restore them"
                        : by.get() + " entered (" + where + "); only " + by.get() + " can restore them, by opening it in ExamPath as "
                        + by.get()) + ". The copy stays in the folder and the current exam is unchanged.");
                return false;
            }
            if (kept.isPresent()) {
                return openInto(kept.get(), exam, file);
            }
            Optional<String> elsewhere = Optional.empty();
            // a new exam's recovery copy holds what its maker (checked above) entered; any other file is an exam file,
            // whose findings the clinician it records entered, not whoever opens it (ADR 8)
            boolean fromFile = true;
            Exam started = null;
            if (autosave != null) {
                elsewhere = autosave.anotherStore(origin.store());
                Optional<String> createKey = RecoveryFiles.createKeyOf(file);
                fromFile = createKey.isEmpty() && origin.store() == null;
                // a copy of changes made to an exam file opened: that file, beside it, is still its starting state
                started = fromFile ? null : base(file);
                Exam storedAs = createKey.isPresent() && started == null && elsewhere.isEmpty() ? storedAs(file) : null;
                if (storedAs != null) {
                    // an encounter this session made and stored into, never named: the copy goes onto it as stored now
                    return openByKey(createKey.get(), exam, storedAs, file);
                }
                if (createKey.isPresent()) {
                    autosave.startNewWithCreateKey(createKey.get());
                } else {
                    autosave.startNew();
                }
                if (exam.record().label() != null) {
                    session.patientLabelProperty().set(exam.record().label());
                }
                autosave.openedFromCopy(file);
            } else {
                // without a store the header still names the patient the file names (or no one)
                session.patientLabelProperty().set(exam.record().label() == null ? "" : exam.record().label());
            }
            if (fromFile) {
                session.open(exam);
            } else if (started != null) {
                session.open(started, exam);
            } else {
                session.replace(exam);
            }
            lines.error("");
            lines.status(elsewhere.map(store -> "Opened " + file.getFileName() + ", a new exam kept for another database ("
                    + store + "); it is saved as a new encounter of this one.").orElse("Opened " + file.getFileName() + "."));
            return true;
        } catch (ExamFormatException e) {
            lines.error("Could not open " + file.getFileName() + ": " + e.getMessage() + ". The current exam is unchanged.");
        }
        return false;
    }

    /** A recovery copy kept for encounter {@code kept}: read into it off the JavaFX thread, with its base when beside it. */
    private boolean openInto(RecoveryFiles.Kept kept, Exam exam, Path file) {
        lines.error("");
        lines.status("Opening " + file.getFileName() + " into encounter " + kept.id() + "…");
        Exam base;
        try {
            base = base(file);
        } catch (ExamFormatException unreadable) {
            lines.error("Could not open " + file.getFileName() + ": " + unreadable.getMessage() + ". The current exam is unchanged.");
            return false;
        }
        opening = autosave.openRecovered(kept, exam, exam.record().label(), base, file)
                .handle((line, failure) -> reportOpened(file, line, failure));
        return true;
    }

    /**
     * A copy kept with a create key for an encounter made and stored into but not named, with {@code storedAs}, that
     * encounter's exam as last stored: read onto the encounter its key finds, off the JavaFX thread.
     */
    private boolean openByKey(String createKey, Exam exam, Exam storedAs, Path file) {
        lines.error("");
        lines.status("Opening " + file.getFileName() + " into the encounter it was kept for…");
        opening = autosave.openRecoveredByKey(createKey, exam, exam.record().label(), storedAs, file)
                .handle((line, failure) -> reportOpened(file, line, failure));
        return true;
    }

    /** The status line of a recovery copy read into its encounter, or why it could not be, naming the file. */
    private Void reportOpened(Path file, String line, Throwable failure) {
        if (failure == null) {
            lines.status(line);
        } else {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            lines.error("Could not open " + file.getFileName() + ": " + cause.getMessage()
                    + ". Open it again once the store can be read.");
        }
        return null;
    }

    /** The exam kept beside a copy as its encounter was stored ({@link RecoveryFiles#storedAsOf}), or null when there is none. */
    private Exam storedAs(Path file) throws ExamFormatException {
        Path storedFile = RecoveryFiles.storedAsOf(file);
        if (!Files.isRegularFile(storedFile)) {
            return null;
        }
        try {
            return new ExamReader(session.knowledge()).read(ExamReader.bytesOf(storedFile));
        } catch (ExamFormatException unreadable) {
            throw new ExamFormatException("the file beside it, " + storedFile.getFileName() + ", is not readable ("
                    + unreadable.getMessage() + ")");
        }
    }

    /** The exam kept beside a recovery copy ({@link RecoveryFiles#baseOf}), or null when there is none. */
    private Exam base(Path file) throws ExamFormatException {
        Path baseFile = RecoveryFiles.baseOf(file);
        if (!Files.isRegularFile(baseFile)) {
            return null;
        }
        try {
            return new ExamReader(session.knowledge()).read(ExamReader.bytesOf(baseFile));
        } catch (ExamFormatException unreadable) {
            throw new ExamFormatException("the file beside it, " + baseFile.getFileName() + ", is not readable ("
                    + unreadable.getMessage() + ")");
        }
    }

    /** Completes once the exam last opened is on screen (at once, except for a recovery copy read into its encounter). */
    CompletableFuture<Void> opening() {
        return opening;
    }
}
