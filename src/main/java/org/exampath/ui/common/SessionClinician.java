package org.exampath.ui.common;

/**
 * The name this session's writes carry: Settings' name, followed as it changes (each entry keeps the name it was made
 * under), except on a clinic store, whose writes carry the login's ({@link #namedByLogin}). Read from any thread.
 */
final class SessionClinician {
    private volatile String name;
    private volatile boolean loginNamed;

    /** {@code name}: Settings' name at start (null: none). */
    SessionClinician(String name) {
        this.name = name == null ? "" : name;
    }

    /** The name writes carry from now on. */
    String get() {
        return name;
    }

    /** The store names every write by its login: a change of name in Settings changes no write's name. */
    void namedByLogin() {
        loginNamed = true;
    }

    /**
     * Settings' name became {@code changed} (null: none): writes carry it from now on. False when nothing changed (the
     * same name, or a store named by its login).
     */
    boolean renamed(String changed) {
        String now = changed == null ? "" : changed.strip();
        if (loginNamed || now.equals(name)) {
            return false;
        }
        name = now;
        return true;
    }
}
