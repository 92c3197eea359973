package org.exampath.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.exampath.domain.Exam;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;

/**
 * On the autosave queue thread only (no locking): the encounters this session made or opened, as the
 * store named them (what a recovery copy is kept beside), and each one's exam as last known stored (what
 * a recovery copy's changes are made on).
 */
final class KnownEncounters {
    private final Encounters store;
    private final BooleanSupplier keepingCopies;
    private final Map<Long, RecoveryFiles.Kept> named = new HashMap<>();
    private final Map<Long, Exam> lastStored = new HashMap<>();
    private final Map<Long, String> createKeys = new HashMap<>();

    /** {@code keepingCopies}: whether recovery copies are kept (names are only read from the store then). */
    KnownEncounters(Encounters store, BooleanSupplier keepingCopies) {
        this.store = store;
        this.keepingCopies = keepingCopies;
    }

    /**
     * With recovery copies kept: reads how the store names an encounter this session made, once. A failed
     * read is tried again after the next save that goes through; until then a copy of its changes is kept
     * as a new exam's, with the key the encounter was made with ({@link #madeWith}), so opening it finds that
     * encounter rather than making a second one.
     */
    void lookUp(long id) {
        if (!keepingCopies.getAsBoolean() || named.containsKey(id)) {
            return;
        }
        try {
            remember(store.load(id).orElse(null));
        } catch (StoreException e) {
            // tried again after the next save
        }
    }

    /** Notes the date and clinician the store gave an encounter, to name it beside a copy. */
    void remember(Encounters.Encounter e) {
        if (e == null) {
            return;
        }
        try {
            named.put(e.id(), RecoveryFiles.Kept.of(store, e));
            lastStored.putIfAbsent(e.id(), e.exam());
        } catch (IllegalArgumentException unusable) {
            // a copy of it is then kept without its encounter, and opens as a new exam
        }
    }

    /** How the store named encounter {@code id}, or null when not known. */
    RecoveryFiles.Kept named(long id) {
        return named.get(id);
    }

    /** This session made encounter {@code id}, its create sent with {@code createKey}. */
    void made(long id, String createKey) {
        createKeys.put(id, createKey);
    }

    /** The key this session made encounter {@code id} with, or null when it did not make it. */
    String madeWith(long id) {
        return createKeys.get(id);
    }

    void stored(long id, Exam exam) {
        lastStored.put(id, exam);
    }

    /** Encounter {@code id}'s exam as last known stored, or null when not known. */
    Exam lastStored(long id) {
        return lastStored.get(id);
    }
}
