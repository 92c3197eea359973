package org.exampath.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.exampath.domain.Exam;
import org.exampath.domain.PatientLabel;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;

/**
 * Opening a recovery copy into the store (see {@link Autosave#openRecovered} and {@link Autosave#openRecoveredByKey}):
 * the encounter it was kept for is found and shown, and the copy's changes put onto it as it is stored now, a value
 * someone else stored since kept and listed in the conflict panel; else the copy becomes a new exam. The store is read
 * off the JavaFX thread; the exam is put on screen on it.
 */
final class RecoveredOpening {
    /** What opening a copy does to the window, on the JavaFX thread (the autosave's own steps). */
    interface Shows {
        /** Shows a stored encounter as it was read. */
        void show(LoadedEncounter loaded);

        /** Shows a new, empty exam. */
        void startNew();

        /** The exam shown was opened from {@code copy}, removed once it is stored. */
        void openedCopy(Path copy);

        /** As {@link #openedCopy}, the red-flag actions kept beside the copy recorded again ({@link Autosave#openedFromCopy}). */
        void openedFromCopy(Path copy);
    }

    private final Encounters store;
    private final ExamSession session;
    private final StatusLine statusLine;
    private final HeldConflicts conflicts;
    private final RecoveryCopies recovery;
    private final Supplier<String> clinician;
    private final Supplier<CompletableFuture<Void>> savesTried;
    private final Shows shows;

    /** {@code savesTried}: done once the saves queued so far are tried; {@code clinician}: the name this session's writes carry. */
    RecoveredOpening(Encounters store, ExamSession session, StatusLine statusLine, HeldConflicts conflicts, RecoveryCopies recovery,
                     Supplier<String> clinician, Supplier<CompletableFuture<Void>> savesTried, Shows shows) {
        this.store = store;
        this.session = session;
        this.statusLine = statusLine;
        this.conflicts = conflicts;
        this.recovery = recovery;
        this.clinician = clinician;
        this.savesTried = savesTried;
        this.shows = shows;
    }

    CompletableFuture<String> openRecovered(RecoveryFiles.Kept kept, Exam exam, String label, Exam base,
                                                   Path copy) {
        CompletableFuture<String> said = new CompletableFuture<>();
        String[] line = new String[1];
        statusLine.read(() -> store.load(kept.id())
                .filter(e -> kept.is(store, e))
                .map(e -> java.util.Map.entry(LoadedEncounter.read(store, e, recovery.actions()), store.audit(e.id()))), found -> {
            Exam restored = exam;
            if (found.isPresent()) {
                Encounters.Encounter e = found.get().getKey().encounter();
                shows.show(found.get().getKey());
                List<Encounters.AuditEntry> audit = found.get().getValue();
                List<FindingConflict> theirs = new java.util.ArrayList<>();
                // the side, age, sex and texts as the findings: only the copy's own changes, a colleague's newer value kept
                // and the copy's held in the panel
                restored = base == null ? exam : CopyMerge.withEntries(CopyMerge.merged(session.knowledge(), base, exam,
                        e.exam(), audit, theirs), base, exam, e.exam(), audit, theirs);
                line[0] = restoredLine(kept.id(), theirs);
                conflicts.rows().setAll(theirs);
            } else {
                shows.startNew();
                line[0] = "Encounter " + kept.id() + " of this copy (" + kept.date() + ", " + kept.clinician() + ")"
                        + (kept.store().equals(recovery.here()) ? " is not in this store; the copy is saved as a new encounter."
                        : " was kept for another database (" + kept.store() + "), not this one; the copy is saved as a new encounter of this one.");
            }
            put(restored, label, line[0], () -> shows.openedCopy(copy));
        }).whenComplete((done, failure) -> said(said, line[0], failure));
        return said;
    }

    /**
     * The status line of a copy restored into encounter {@code id}, naming the newer values kept ({@code theirs}): a finding
     * by its id, one of the encounter's own entries by its name ("the side").
     */
    private static String restoredLine(long id, List<FindingConflict> theirs) {
        List<String> kept = theirs.stream().map(c -> (c.entry() ? "the " + c.label().toLowerCase(java.util.Locale.ROOT) : c.finding())
                + " (" + shown(c.theirs()) + ", set by " + c.setBy() + ", where the copy has " + shown(c.yours()) + ")").toList();
        return "Restored the unsaved changes kept for encounter " + id + " into it"
                + (kept.isEmpty() ? "." : "; kept the newer value saved meanwhile for " + String.join("; ", kept) + ".");
    }

    CompletableFuture<String> openRecoveredByKey(String createKey, Exam exam, String label, Exam storedAs,
                                                        Path copy) {
        CompletableFuture<String> said = new CompletableFuture<>();
        String[] line = new String[1];
        String who = clinician.get();
        String version = session.knowledge().version();
        String trimmed = label == null ? "" : label.strip();
        String labelled = trimmed.isEmpty() || PatientLabel.problem(trimmed).isPresent() ? null : trimmed;
        statusLine.read(savesTried.get(), () -> {
            // the same create the copy's first save would send: the encounter made with this key, never a second one
            Exam made = Exam.empty().withPatient(exam.patient())
                    .withRecord(org.exampath.domain.ExamRecord.NONE.withDate(exam.record().date()));
            long id = store.create(labelled, who, made, version, null, createKey);
            Encounters.Encounter e = store.load(id).orElseThrow(() -> new StoreException("no encounter " + id));
            return java.util.Map.entry(LoadedEncounter.read(store, e, recovery.actions()), store.audit(id));
        }, found -> {
            Encounters.Encounter e = found.getKey().encounter();
            List<Encounters.AuditEntry> audit = found.getValue();
            shows.show(found.getKey());
            // made just now (this store had none with the key: the encounter was removed, or a backup from before it was
            // restored): nothing was stored in it, so the whole copy is the change, as for any new exam
            boolean madeNow = e.exam().findings().isEmpty() && e.exam().side() == null
                    && audit.stream().noneMatch(a -> !a.finding().startsWith(org.exampath.store.SaveConflict.ENTRY));
            Exam base = madeNow ? e.exam() : storedAs;
            List<FindingConflict> theirs = new java.util.ArrayList<>();
            Exam restored = CopyMerge.withEntries(CopyMerge.merged(session.knowledge(), base, exam, e.exam(), audit, theirs),
                    base, exam, e.exam(), audit, theirs);
            line[0] = restoredLine(e.id(), theirs);
            conflicts.rows().setAll(theirs);
            put(restored, label, line[0], () -> shows.openedFromCopy(copy));
        }).whenComplete((done, failure) -> said(said, line[0], failure));
        return said;
    }

    /**
     * On the JavaFX thread: the copy's exam put on screen, in the order both openings need: its label, what the
     * window keeps of the copy ({@code opened}), the exam, then the status line.
     */
    private void put(Exam restored, String label, String line, Runnable opened) {
        if (label != null && !label.isBlank()) {
            session.patientLabelProperty().set(label);
        }
        opened.run();
        session.replace(restored);
        statusLine.show(line);
    }

    /** A value on the status line: an entry's as stored ("bilateral", "72"), a finding's as worded; none: "not recorded". */
    private static String shown(String value) {
        return value == null ? "not recorded" : value;
    }

    /** Completes {@code said} with the status line given, or with the failure that stopped the opening. */
    private static void said(CompletableFuture<String> said, String line, Throwable failure) {
        if (failure == null) {
            said.complete(line);
        } else {
            said.completeExceptionally(failure);
        }
    }
}
