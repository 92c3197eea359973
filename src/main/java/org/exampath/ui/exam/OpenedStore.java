package org.exampath.ui.exam;

import org.exampath.ui.common.ExamSession;

/**
 * A store the window works on, already opened and checked: an SQLite file or a clinic server. The app
 * builds these; the window shows one at a time and closes the one it leaves.
 */
public interface OpenedStore {
    /** What the title bar shows: the file's path, or the server address and the login role. */
    String name();

    /** The address that opens it again (a path, or a postgresql:// address that never holds a password). */
    String address();

    /**
     * True when {@code address} names this very store, though it may be spelt differently (a file reached
     * through a symbolic link or a {@code ..}). Checked on the JavaFX thread: it reads no store.
     */
    default boolean isAt(String address) {
        return address().equals(address);
    }

    /** A word for the status line on what this store does and does not keep; empty when there is nothing to say. */
    default String remark() {
        return "";
    }

    /** Builds the exam window's model on {@code session}, saving to this store (on the JavaFX thread; reads nothing). */
    ExamViewModel model(ExamSession session);

    /** Stops its autosave after every change is tried and closes the store (off the JavaFX thread). */
    void close();
}
