package org.exampath.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.exampath.domain.Exam;
import org.exampath.store.Encounters;

/**
 * The autosave's recovery-copy bookkeeping: the folder copies are kept in (none until {@link #keepIn}), the store's
 * identity read when they began to be kept, and the start-up notice of copies an earlier session left, kept up to
 * date as those copies are stored, so no later status line hides it.
 */
final class RecoveryCopies {
    private final Encounters store;
    private final Supplier<String> clinician;
    private final StatusLine statusLine;
    /** Set once on the JavaFX thread before any save is queued; read on the queue thread after (the queue hands it over). */
    private RecoveryFiles files;
    /** The store's identity, read once when recovery copies start to be kept, written beside a new exam's copy. */
    private String storeIdentity;
    /** Done once the start-up notice of leftover recovery copies has been read (and put on the status line if any). */
    private CompletableFuture<Void> noticed = CompletableFuture.completedFuture(null);
    /** The start-up notice of leftover copies, once read on the autosave queue; null when nothing was left. */
    private volatile String leftoverNotice;

    /** {@code clinician}: the name this session's writes carry, whose leftover copies the notice counts. */
    RecoveryCopies(Encounters store, Supplier<String> clinician, StatusLine statusLine) {
        this.store = store;
        this.clinician = clinician;
        this.statusLine = statusLine;
    }

    /**
     * Copies are kept in {@code into} from now on; the leftover copies in it are read on {@code queue}, ahead of every
     * save queued after this (see {@link Autosave#keepRecoveryIn}), and reported on the status line if any.
     */
    void keepIn(RecoveryFiles into, Executor queue) {
        String here = store.identity();
        storeIdentity = here;
        files = into;
        noticed = CompletableFuture.runAsync(() -> {
            String left = LeftoverNotice.of(into, clinician.get(), here);
            if (!left.isEmpty()) {
                leftoverNotice = left;
                statusLine.report(true, "WARNING: " + left);
            }
        }, queue);
    }

    /** The folder copies are kept in, or null while none are kept. */
    RecoveryFiles files() {
        return files;
    }

    /** The store's identity read when copies began to be kept, or null before. */
    String storeIdentity() {
        return storeIdentity;
    }

    /** Done once the start-up notice of leftover copies has been read. */
    CompletableFuture<Void> noticed() {
        return noticed;
    }

    /** See {@link Autosave#anotherStore}. */
    Optional<String> anotherStore(String keptFor) {
        return Optional.ofNullable(keptFor).filter(kept -> !kept.equals(here()));
    }

    /** This store's identity: the one read when copies began to be kept, else asked of the store. */
    String here() {
        return storeIdentity != null ? storeIdentity : store.identity();
    }

    /** {@code line} followed by the notice of leftover copies still waiting, if any, so no later line hides it. */
    String withLeftoverNotice(String line) {
        String left = leftoverNotice;
        return left == null ? line : line + " WARNING: " + left;
    }

    /** The action copies to read when an encounter is opened, or null without recovery copies. */
    ActionCopies actions() {
        return files == null ? null : files.actions();
    }

    /** Whether {@code copy} is one of the kept copies (false while none are kept). */
    boolean holds(Path copy) {
        return files != null && files.holds(copy);
    }

    /**
     * On the queue thread: a save of the exam shown as {@code generation} went through, so its recovery copies are no
     * longer needed; with {@code own} false this session's copy of the exam stays (actions wait beside it). {@code copy},
     * the leftover copy the exam was opened from (null for none), is removed.
     */
    void done(long generation, Path copy, boolean own) {
        if (files != null) {
            if (own) {
                files.done(generation);
            }
            if (copy != null) {
                files.discard(copy);
                if (leftoverNotice != null) {
                    // a leftover copy is stored: the notice now counts only the copies still waiting
                    String left = LeftoverNotice.of(files, clinician.get(), storeIdentity);
                    leftoverNotice = left.isEmpty() ? null : left;
                }
            }
        }
    }

    /**
     * On the queue thread: keeps a copy of a change not stored (see {@link RecoveryFiles#keep}), with this store's identity;
     * true when the copy is on disk.
     */
    boolean keep(long generation, Exam exam, String label, String key, RecoveryFiles.Kept named, Exam base, String who,
              Exam storedAs) {
        return files.keep(generation, exam, label, key, named, base, storeIdentity, who, storedAs);
    }
}
