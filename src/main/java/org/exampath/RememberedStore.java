package org.exampath;

import java.util.Optional;
import java.util.function.Function;
import org.exampath.clinic.ClinicUrl;
import org.exampath.store.StoreException;
import org.exampath.ui.exam.OpenedStore;

/**
 * Reopens the store used last. A SQLite file that no longer opens gives way to the usual database with
 * a note. A clinic server that cannot be reached is not swapped for this computer's file behind the
 * user's back (the patients' records would split across two stores): the user is asked to try again,
 * use this computer's database, or quit.
 */
final class RememberedStore {
    /** What the user chose when the clinic server last used could not be opened. */
    enum Choice { TRY_AGAIN, USE_LOCAL, QUIT }

    /** The outcome: the store opened, or none (the usual database, with {@code note}), or quit. */
    record Outcome(Optional<OpenedStore> opened, String note, boolean quit) {
    }

    private final Function<String, OpenedStore> opener;
    private final Function<String, Choice> ask;

    /** {@code ask} is given the one-line reason and returns the user's choice. */
    RememberedStore(Function<String, OpenedStore> opener, Function<String, Choice> ask) {
        this.opener = opener;
        this.ask = ask;
    }

    Outcome open(String address) {
        while (true) {
            try {
                return new Outcome(Optional.of(opener.apply(address)), null, false);
            } catch (StoreException e) {
                if (!ClinicUrl.names(address)) {
                    return new Outcome(Optional.empty(), "The last database used did not open (" + e.getMessage()
                            + "); this is the usual one.", false);
                }
                switch (ask.apply(e.getMessage())) {
                    case TRY_AGAIN -> {
                    }
                    case USE_LOCAL -> {
                        return new Outcome(Optional.empty(), "The clinic server did not open (" + e.getMessage()
                                + "); this computer's database is open, and exams recorded here stay on this computer.", false);
                    }
                    default -> {
                        return new Outcome(Optional.empty(), null, true);
                    }
                }
            }
        }
    }
}
