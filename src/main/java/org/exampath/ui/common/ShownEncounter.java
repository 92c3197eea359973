package org.exampath.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.exampath.store.Attribution;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.exampath.store.StoreException;

/**
 * What the note of the exam shown is signed and dated from, on the JavaFX thread: the stored encounter as read (null for
 * a new exam or a follow-up started here), who besides its examiner changed it as the store's audit names them, and its
 * moves from another patient's record. Who changed it is read when it is shown, and again whenever a save or confirmation
 * is refused for a colleague's change, whose value or text the exam shown then holds.
 */
final class ShownEncounter {
    private final ExamSession session;
    private final Supplier<String> clinician;
    /** JavaFX thread: the stored encounter shown as read; null for a new exam or a follow-up started here. */
    private Encounters.Encounter asStored;
    /**
     * JavaFX thread: who besides its examiner changed the encounter shown, as the store's audit said when it was read, or
     * read again after a save or confirmation refused for a colleague's change.
     */
    private List<String> changedBy = List.of();
    /** JavaFX thread: its moves from another patient's record, in words. */
    private List<String> moves = List.of();

    /** {@code clinician}: the name this window's saves carry (the examiner of an exam made here). */
    ShownEncounter(ExamSession session, Supplier<String> clinician) {
        this.session = session;
        this.clinician = clinician;
    }

    /** Another exam is shown: {@code encounter} as stored, or null; no one else named, no moves, until read. */
    void shown(Encounters.Encounter encounter) {
        asStored = encounter;
        changedBy = List.of();
        moves = List.of();
    }

    /** The encounter shown was read with who changed it and its moves ({@link LoadedEncounter}). */
    void read(List<String> others, List<String> movesRead) {
        changedBy = others;
        moves = movesRead;
    }

    /** Its moves as read again after a save under another label. */
    void moved(List<String> movesRead) {
        moves = movesRead;
    }

    Encounters.Encounter asStored() {
        return asStored;
    }

    List<String> changedBy() {
        return changedBy;
    }

    List<String> moves() {
        return moves;
    }

    /**
     * On the queue thread, after a save or confirmation of encounter {@code target} was refused for what a colleague
     * changed: its audit as it stands now (null when it cannot be read). Only the audit is read: a read of the encounter
     * would set the base of this window's next save, and a value refused could then be written over theirs.
     */
    static List<Encounters.AuditEntry> auditNow(Encounters store, long target) {
        try {
            return store.audit(target);
        } catch (StoreException e) {
            return null;
        }
    }

    /**
     * A save or confirmation was refused for {@code conflict} and the exam shown now holds the colleague's value or text
     * (JavaFX thread): who besides its examiner changed it, as {@code audit} (read after the refusal) says, as opening it
     * again reads it, are named from now on beside those already named; when the audit could not be read, those the
     * refusal names as having set the values kept.
     */
    void refused(List<Encounters.AuditEntry> audit, SaveConflict conflict) {
        List<String> more = audit != null ? Attribution.others(examiner(), audit)
                : Stream.concat(conflict.conflicts().stream(), conflict.entries().stream())
                .map(c -> c.setBy() == null || c.setBy().isBlank() ? Attribution.UNNAMED : c.setBy()).distinct().toList();
        List<String> out = new ArrayList<>(changedBy);
        more.stream().filter(m -> !out.contains(m)).forEach(out::add);
        changedBy = List.copyOf(out);
    }

    /**
     * Who examined the exam shown as the store records it: a stored encounter's examiner as read, an exam file's as the
     * file names them, else this window's user, whose encounter it is (made here).
     */
    private String examiner() {
        if (asStored != null) {
            return asStored.recorded().clinician();
        }
        return session.opened() != null ? session.opened().record().clinician() : clinician.get();
    }
}
