package org.exampath.ui.common;

import java.util.List;
import java.util.function.LongSupplier;
import org.exampath.store.Attribution;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;

/**
 * On the autosave's queue thread: the patient label the exam shown was shown, made or last moved with, so a save under
 * another label (which may have moved the encounter to another patient) reads its moves again from the audit for the note.
 */
final class ShownMoves {
    private final Encounters store;
    private final StatusLine statusLine;
    private final ShownEncounter shownEncounter;
    private final LongSupplier fxGeneration;
    /** Queue thread: the exam shown (its generation) and the patient label it was shown, made or last moved with. */
    private long movesGeneration = -1;
    private String movesLabel;

    /** {@code fxGeneration}: the generation of the exam shown, read on the JavaFX thread. */
    ShownMoves(Encounters store, StatusLine statusLine, ShownEncounter shownEncounter, LongSupplier fxGeneration) {
        this.store = store;
        this.statusLine = statusLine;
        this.shownEncounter = shownEncounter;
        this.fxGeneration = fxGeneration;
    }

    /** On the queue thread: the exam of {@code generation} is shown, stored under {@code label} (null for a new exam). */
    void shown(long generation, String label) {
        movesGeneration = generation;
        movesLabel = label;
    }

    /**
     * On the queue thread, after a save of the exam shown: a save under another label than the one it was shown or
     * first saved with may have moved it to another patient, so its moves are read again from the audit for the note
     * (saves under the same label read nothing). A read that fails leaves the moves as they were; the save went through.
     */
    void after(long generation, String label, long target) {
        if (label == null || label.isBlank() || generation != movesGeneration || label.equals(movesLabel)) {
            return;
        }
        if (movesLabel == null) {
            movesLabel = label; // a new exam's first label: the patient it was made for, no move
            return;
        }
        try {
            List<String> moves = Attribution.moves(label, store.audit(target));
            movesGeneration = generation;
            movesLabel = label;
            statusLine.onFx(() -> {
                if (generation == fxGeneration.getAsLong()) {
                    shownEncounter.moved(moves);
                }
            });
        } catch (StoreException e) {
            // read again after the next save
        }
    }
}
