package org.exampath.ui.exam;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.exampath.domain.Exam;
import org.exampath.report.NoteContext;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;

/**
 * The window's state and commands: which step is showing, opening and saving exam files (a bad
 * file leaves the current exam untouched), and where to jump when the panel asks for a finding.
 */
public final class ExamViewModel {
    private final ExamSession session;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.HISTORY);
    private final ExamStatus lines = new ExamStatus(this);
    private final ReadOnlyStringWrapper revealRequest = new ReadOnlyStringWrapper(this, "revealRequest");
    private final ClinicianSettings settings = new ClinicianSettings(this, lines);

    private final Autosave autosave;
    private final ExamOpener opener;
    private final ExamExports exports;
    private final CarriedOver carried;
    private final ConflictPanelViewModel conflicts;

    public ExamViewModel(ExamSession session) {
        this(session, null);
    }

    /** With a store, every change is saved and exams become encounters. */
    public ExamViewModel(ExamSession session, Autosave autosave) {
        this.session = session;
        this.autosave = autosave;
        this.opener = new ExamOpener(session, autosave, lines);
        // the form's "from last visit" marks and the note's "carried over" are one set
        this.carried = new CarriedOver(session, autosave == null ? finding -> { } : autosave::confirm);
        this.exports = new ExamExports(session, autosave, settings, lines, carried);
        this.conflicts = new ConflictPanelViewModel(session, autosave, this::reveal);
        if (autosave != null) {
            // the opening "New exam." is stale once the store's line speaks (a follow-up, an encounter opened, a save)
            autosave.statusProperty().addListener((obs, old, now) -> {
                if ("New exam.".equals(lines.statusProperty().get())) {
                    lines.status("");
                }
            });
        }
    }

    /** A follow-up's findings still as the last visit left them, marked on the form and in the note. */
    CarriedOver carriedOver() {
        return carried;
    }

    /** The findings a colleague's value was kept for, and whether one of them hides a red flag entered here. */
    public ConflictPanelViewModel conflicts() {
        return conflicts;
    }

    private Runnable restoreBackup;

    /** Files a note or exam must never be written over: the open database and its side files. */
    public void setProtectedFiles(List<Path> files) {
        exports.protect(files);
    }
    private java.util.function.Supplier<org.exampath.ui.practice.PracticeViewModel> practice;

    /** How to start practice mode (set by the app when it has a database for progress). */
    public void setPractice(java.util.function.Supplier<org.exampath.ui.practice.PracticeViewModel> factory) {
        practice = factory;
    }

    /**
     * Starts practice mode: the case library is read on a background thread (a teacher's folder may hold
     * anything), and {@code show} gets the new view model on the JavaFX thread. Does nothing without one.
     */
    public void openPractice(java.util.function.Consumer<org.exampath.ui.practice.PracticeViewModel> show) {
        if (practice == null) {
            return;
        }
        lines.status("Reading the practice cases…");
        Thread reader = new Thread(() -> {
            try {
                var opened = practice.get();
                javafx.application.Platform.runLater(() -> {
                    lines.status("Practice mode opened.");
                    show.accept(opened);
                });
            } catch (RuntimeException e) {
                javafx.application.Platform.runLater(() -> lines.error("Practice mode could not start: " + e.getMessage()));
            }
        }, "practice-cases");
        reader.setDaemon(true);
        reader.start();
    }

    private java.util.function.Supplier<org.exampath.ui.scores.ClassScoresViewModel> classScores;
    private java.util.function.Supplier<org.exampath.ui.store.OpenDatabaseViewModel> openDatabase;
    private java.util.function.BooleanSupplier closeGuard = () -> true;
    private java.util.function.BooleanSupplier leaveGuard = () -> true;

    /** How to read a class's practice scores (set by the app when a clinic server is open). */
    public void setClassScores(java.util.function.Supplier<org.exampath.ui.scores.ClassScoresViewModel> factory) {
        classScores = factory;
    }

    /** Hands {@code show} the class scores; without a clinic server, says where they come from instead. */
    public void openClassScores(java.util.function.Consumer<org.exampath.ui.scores.ClassScoresViewModel> show) {
        if (classScores == null) {
            lines.error("Class scores live on a clinic's PostgreSQL server; open one with File > Open database….");
            return;
        }
        lines.error("");
        show.accept(classScores.get());
    }

    /** How to open another database in this window (set by the window that can switch stores). */
    /** Asked before the window closes; false keeps it open (the window asks the user when something would be lost). */
    public void setCloseGuard(java.util.function.BooleanSupplier guard) {
        closeGuard = guard;
    }

    /** The window may close now: nothing would be lost, or the user said to go ahead. */
    public boolean mayClose() {
        return closeGuard.getAsBoolean();
    }

    /** Asked before another exam replaces the one shown; false keeps it (the window asks when an entry would be lost). */
    public void setLeaveGuard(java.util.function.BooleanSupplier guard) {
        leaveGuard = guard;
    }

    private java.util.function.Supplier<List<String>> unrecordedActions = List::of;

    /** Where the red-flag actions typed but not recorded are read from (set by the view that shows the banner). */
    public void setUnrecordedActions(java.util.function.Supplier<List<String>> source) {
        unrecordedActions = source;
    }

    /** The flags (their titles) with an action typed in the banner but not recorded; empty when none. */
    public List<String> unrecordedActions() {
        return unrecordedActions.get();
    }

    private java.util.function.Supplier<List<String>> halfEntered = List::of;

    /** Where the resisted tests half chosen on the form are read from (set by the view that shows the steps). */
    public void setHalfEntered(java.util.function.Supplier<List<String>> source) {
        halfEntered = source;
    }

    /** The resisted tests with one half chosen and the other not, so nothing of them recorded; empty when none. */
    public List<String> halfEntered() {
        return halfEntered.get();
    }

    /** Another exam may replace this one now (a new exam, another encounter, a follow-up, a file or a backup). */
    public boolean mayLeaveExam() {
        return leaveGuard.getAsBoolean();
    }

    public void setOpenDatabase(java.util.function.Supplier<org.exampath.ui.store.OpenDatabaseViewModel> factory) {
        openDatabase = factory;
    }

    public boolean canOpenDatabase() {
        return openDatabase != null;
    }

    public org.exampath.ui.store.OpenDatabaseViewModel openDatabase() {
        return openDatabase.get();
    }

    /** Says on the status line what the window now works on. */
    public void opened(String text) {
        lines.error("");
        lines.status(text);
    }

    /** How to bring back the rolling backup (set by the app when it has a database). */
    public void setRestoreBackup(Runnable restore) {
        restoreBackup = restore;
    }

    public boolean canRestoreBackup() {
        return restoreBackup != null;
    }

    /** Replaces the database with its last backup and shows where it left off. */
    public void restoreBackup() {
        try {
            restoreBackup.run();
            lines.error("");
            lines.status("Restoring the last backup…");
        } catch (RuntimeException e) {
            lines.error("Could not restore the backup: " + e.getMessage());
        }
    }

    /** The store's keeper, or null when the window runs without a database. */
    public Autosave autosave() {
        return autosave;
    }

    public ExamSession session() {
        return session;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ReadOnlyStringProperty statusProperty() {
        return lines.statusProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return lines.errorProperty();
    }

    public ReadOnlyStringProperty revealRequestProperty() {
        return revealRequest.getReadOnlyProperty();
    }

    public void go(Step target) {
        step.set(target);
    }

    public void next() {
        Step[] all = Step.values();
        step.set(all[Math.min(all.length - 1, step.get().ordinal() + 1)]);
    }

    public void previous() {
        step.set(Step.values()[Math.max(0, step.get().ordinal() - 1)]);
    }

    /** Shows the step that records this finding and asks the view to scroll to it and focus it. */
    public void reveal(String findingId) {
        session.knowledge().finding(findingId).ifPresent(d -> step.set(Step.of(d.step())));
        revealRequest.set(null);
        revealRequest.set(findingId);
    }

    public void newExam() {
        if (autosave != null) {
            autosave.startNew();
        } else {
            session.replace(Exam.empty());
            session.patientLabelProperty().set("");
        }
        step.set(Step.HISTORY);
        lines.error("");
        // with a store, the save-status line beside it already says "New exam.": once is enough
        lines.status(autosave != null ? "" : "New exam.");
    }

    /**
     * Opens an exam file; on any fault the current exam stays as it was and the error names the fault
     * (a recovery copy kept for a known encounter is read into it: see {@link ExamOpener#open}).
     */
    public boolean open(Path file) {
        return opener.open(file);
    }

    /** Completes once the exam last opened is on screen (at once, except for a recovery copy read into its encounter). */
    public java.util.concurrent.CompletableFuture<Void> opening() {
        return opener.opening();
    }

    public javafx.beans.property.StringProperty clinicianProperty() {
        return settings.clinicianProperty();
    }

    public javafx.beans.property.StringProperty clinicProperty() {
        return settings.clinicProperty();
    }

    /**
     * What keeps the settings, and where in words ("on this computer"), which a failure to keep them names; without a
     * keeper they last until the window closes.
     */
    public void setSettingsKeeper(String where,
            java.util.function.BiFunction<String, String, java.util.concurrent.CompletableFuture<?>> keeper) {
        settings.keepWith(where, keeper);
    }

    /**
     * The clinician's name and clinic for the note, as entered in Settings. A name or clinic over
     * 200 characters is refused with a message and nothing changes.
     */
    public boolean saveSettings(String name, String clinicName) {
        boolean saved = settings.save(name, clinicName);
        if (saved && autosave != null) {
            // what is entered from now on is stored in the name that signs the note (ADR 8)
            autosave.renamed(settings.clinicianProperty().get());
        }
        return saved;
    }

    /** What the note says about who, when and which actions were taken for red flags. */
    public NoteContext noteContext() {
        return exports.noteContext();
    }

    /** The consultation note as a PDF, written whole or not at all. */
    public boolean exportNote(Path file) {
        return exports.exportNote(file);
    }

    /** The short SOAP-style summary for the clipboard. */
    public String summaryText() {
        return exports.summaryText();
    }

    /** Confirms the copy in the status bar. */
    public void summaryCopied() {
        exports.summaryCopied();
    }

    public String suggestedNoteName() {
        return exports.suggestedNoteName();
    }

    /** Writes the exam next to the target and moves it into place, so a failed save leaves no half file. */
    public boolean saveAs(Path file) {
        return exports.saveAs(file);
    }
}
