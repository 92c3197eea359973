package org.exampath.text;

/**
 * The words for a visit whose exam file recorded no date. Such an import is stored under the day it was imported, and
 * that day is never given as the visit's, only as the import's: the encounter list, the follow-up's status line and
 * form, and the note's carried findings all say it the same way, from here.
 */
public final class UndatedVisitWords {
    /** How the encounter list's Date column starts for such a visit; the list orders by it. */
    public static final String LISTED_PREFIX = "not recorded (imported ";

    private UndatedVisitWords() {
    }

    /** The encounter list's Date column: "not recorded (imported 2026-11-29)". */
    public static String listed(String importDay) {
        return LISTED_PREFIX + importDay + ")";
    }

    /** Beside the visit's name: "(date not recorded, imported 2026-11-29)". */
    public static String beside(String importDay) {
        return "(date not recorded, imported " + importDay + ")";
    }
}
