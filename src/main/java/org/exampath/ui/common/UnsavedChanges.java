package org.exampath.ui.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exams (by generation) whose latest change the store refused and which wait for their retry, each with whether a
 * recovery copy of it could be written. Written on the autosave queue when a save fails or goes through; read on the
 * JavaFX thread when the window is about to close, so that nothing held only in memory is dropped without a question.
 */
final class UnsavedChanges {
    private final Map<Long, Boolean> waiting = new ConcurrentHashMap<>();

    /** The save of exam {@code generation} failed; {@code onDisk}: a recovery copy of it was written. */
    void held(long generation, boolean onDisk) {
        waiting.put(generation, onDisk);
    }

    /** A save of exam {@code generation} went through: nothing of it waits any more. */
    void stored(long generation) {
        waiting.remove(generation);
    }

    boolean any() {
        return !waiting.isEmpty();
    }

    /** Nothing waits but the change of exam {@code generation} (or nothing at all). */
    boolean onlyOf(long generation) {
        return waiting.keySet().stream().allMatch(g -> g == generation);
    }

    /** Every change waiting has its copy on disk (true when none waits). */
    boolean allOnDisk() {
        return !waiting.containsValue(Boolean.FALSE);
    }
}
