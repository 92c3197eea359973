package org.exampath.ui.common;

import java.util.Comparator;
import org.exampath.store.Encounters;
import org.exampath.text.UndatedVisitWords;

/**
 * A visit's date as the windows word it. An import whose file recorded no visit date is stored under the day it was
 * imported; that day is never shown as the visit's, but as the import's, in the words the note uses ("Visit date not
 * recorded"): "not recorded (imported 2026-11-29)" in the encounter list, "(date not recorded, imported 2026-11-29)"
 * for the last visit of a follow-up (the words themselves are {@link UndatedVisitWords}, which the note shares).
 */
public final class VisitDates {
    /**
     * The encounter list's dates as shown, the unrecorded ones taken as the oldest (their visit may be any day up to the
     * import), so newest first lists them after every dated visit, as the stores do.
     */
    public static final Comparator<String> LISTED_ORDER = Comparator.comparing((String s) -> s != null && !s.startsWith(UndatedVisitWords.LISTED_PREFIX))
            .thenComparing(Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    private VisitDates() {
    }

    /** The Date column's text: the visit's date, or "not recorded (imported 2026-11-29)". */
    public static String listed(Encounters.Row row) {
        return row.undated() ? UndatedVisitWords.listed(row.date()) : row.date();
    }

    /** The Date column's tooltip for an undated import (null for a dated visit: its date is all there is to say). */
    public static String listedWhy(Encounters.Row row) {
        return row.undated() ? "The exam file recorded no visit date; " + row.date() + " is the day it was imported." : null;
    }

    /** The last visit's date beside its carried findings: "2026-11-20", or "(date not recorded, imported 2026-11-29)". */
    public static String ofLastVisit(Encounters.Encounter e) {
        return e.undated() ? UndatedVisitWords.beside(e.date()) : e.date();
    }

    /** "the visit of 2026-11-20", or "the last visit (date not recorded, imported 2026-11-29)". */
    public static String followUpOf(Encounters.Encounter e) {
        return e.undated() ? "the last visit " + ofLastVisit(e) : "the visit of " + e.date();
    }
}
