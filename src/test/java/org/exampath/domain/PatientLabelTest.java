package org.exampath.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The label rule, a store's placeholder, and the fallback from a file's name. */
class PatientLabelTest {
    @Test
    void onlyTheStoresOwnFormIsAPlaceholder() {
        assertTrue(PatientLabel.isPlaceholder(PatientLabel.placeholder(12)));
        assertEquals("(unlabelled 12)", PatientLabel.placeholder(12));
        assertTrue(PatientLabel.isPlaceholder(" (unlabelled 3) "), "as the store cleans a label");
        assertFalse(PatientLabel.isPlaceholder("(unlabelled)"));
        assertFalse(PatientLabel.isPlaceholder("unlabelled 3"));
        assertFalse(PatientLabel.isPlaceholder("(unlabelled 3) Ann"));
        assertFalse(PatientLabel.isPlaceholder(null));
    }

    @Test
    void aFileNameGivesAValidLabelOrNone() {
        assertEquals("visit-7", PatientLabel.fromFileName("visit-7.json"));
        assertEquals("notes.txt", PatientLabel.fromFileName("notes.txt"));
        assertEquals("a".repeat(PatientLabel.MAX), PatientLabel.fromFileName("a".repeat(240) + ".json"), "cut to 200 characters");
        assertEquals("two  lines", PatientLabel.fromFileName("two\r\nlines.json"), "control characters become spaces");
        String emoji = "\uD83D\uDE00".repeat(PatientLabel.MAX + 5);
        assertEquals(PatientLabel.MAX, PatientLabel.length(PatientLabel.fromFileName(emoji)), "counted in characters, never split");
        assertEquals(null, PatientLabel.fromFileName("\t.json"), "nothing usable left");
        assertEquals(null, PatientLabel.fromFileName("(unlabelled 4).json"), "a placeholder's form names nobody");
        assertTrue(PatientLabel.isValid(PatientLabel.fromFileName("x\u0085y\u007f.json")));
    }
}
