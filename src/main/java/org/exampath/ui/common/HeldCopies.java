package org.exampath.ui.common;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.exampath.domain.Exam;

/**
 * On the autosave queue thread only: the exam copies kept for the red-flag actions beside them. An encounter made
 * here whose name (date, clinician) was never read back gets no action copy of its own; its actions are kept beside
 * its exam's copy instead, which opens into it by its create key. When that exam's saves go through while the name
 * still cannot be read, the copy is written with the exam as last stored, that exam kept beside it as what it was
 * stored as ({@link RecoveryFiles#storedAsOf}), and it goes once no action waits beside it. A copy left as it was (a save
 * that kept a colleague's value writes none) is older than the store; opened, it changes only what it changed from the
 * exam kept beside it, which is nothing, so it never undoes a value stored after it.
 */
final class HeldCopies implements RedFlagActions.BesideCopy {
    /** A save that went through into an encounter made here and not named: what its copy is written from. */
    record Stored(Exam exam, String label, String createKey, Exam opened, String clinician) {
    }

    private final Supplier<RecoveryFiles> recovery;
    private final Supplier<String> store;
    /** Per generation, its last save when that went through (and nothing failed after it). */
    private final Map<Long, Stored> lastStored = new HashMap<>();
    /** The generations whose copy is written from {@link #lastStored}, for the actions beside it alone. */
    private final Set<Long> held = new HashSet<>();

    /** {@code recovery} gives the recovery copies (null: none kept); {@code store}, the store's identity to name in a copy. */
    HeldCopies(Supplier<RecoveryFiles> recovery, Supplier<String> store) {
        this.recovery = recovery;
        this.store = store;
    }

    /** A save of generation {@code g} into an encounter made here but not named went through, as {@code stored}. */
    void stored(long g, Stored stored) {
        lastStored.put(g, stored);
    }

    /**
     * A save of generation {@code g} failed (its copy now holds a change not stored), or went through into an encounter
     * that is named (its copy goes with the save, or its actions get copies of their own): nothing is held for it.
     */
    void forget(long g) {
        lastStored.remove(g);
        held.remove(g);
    }

    @Override
    public boolean hold(long g) {
        RecoveryFiles files = recovery.get();
        if (files == null) {
            return false;
        }
        Stored s = lastStored.get(g);
        if (s != null) {
            // the exam as stored beside it: opening the copy changes nothing stored since (a colleague's value, or one this
            // session stored after a save whose conflict left this copy as it was)
            files.keep(g, s.exam(), s.label(), s.createKey(), null, s.opened(), store.get(), s.clinician(),
                    s.opened() == null ? s.exam() : null);
            held.add(g);
        }
        return Files.isRegularFile(files.file(g));
    }

    @Override
    public void released(long g) {
        RecoveryFiles files = recovery.get();
        if (held.remove(g) && files != null) {
            files.done(g);
        }
    }
}
