package org.exampath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Free text as a file name every desktop system accepts, with every script's letters kept. */
class SafeFileNameTest {
    @TempDir
    Path dir;

    @Test
    void lettersDigitsAndMarksOfAnyScriptAreKept() {
        assertEquals("Σύνδρομο 12", SafeFileName.of("Σύνδρομο 12", "x"));
        assertEquals("مريم", SafeFileName.of("مريم", "x"));
        assertEquals("अनीता", SafeFileName.of("अनीता", "x"), "Devanagari's vowel signs are marks, kept");
        assertEquals("P-0142 (Anna O'Neil), #3", SafeFileName.of("P-0142 (Anna O'Neil), #3", "x"));
    }

    @Test
    void whatWindowsMacOsOrLinuxRefuseIsReplaced() {
        assertEquals("a_b_c_d_e_f_g_h_i_j", SafeFileName.of("a<b>c:d\"e/f\\g|h?i*j", "x"));
        // a right-to-left override would show "P-1‮fdp.exe" as "P-1exe.pdf"
        assertEquals("P-1_fdp.exe", SafeFileName.of("P-1\u202Efdp.exe", "x"));
        assertEquals("a_b", SafeFileName.of("a\u200Bb", "x"), "an invisible character is not kept in a name");
        assertEquals("__hidden", SafeFileName.of("..hidden", "x"), "a leading dot would hide the file");
        assertEquals("Anna Berg", SafeFileName.of("  Anna \t Berg ", "x"));
    }

    @Test
    void composedAndDecomposedAccentsGiveOneName() {
        assertEquals(SafeFileName.of("Jose\u0301", "x"), SafeFileName.of("Jos\u00E9", "x"));
    }

    @Test
    void aLongLabelIsCutAtAWholeCharacterWithinTheByteLimit() throws Exception {
        String name = SafeFileName.of("王".repeat(200), "x");
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= SafeFileName.MAX_BYTES, name);
        assertEquals("王".repeat(SafeFileName.MAX_BYTES / 3), name);
        String accented = SafeFileName.of("e\u0301".repeat(120), "x");
        assertTrue(accented.chars().allMatch(c -> c == '\u00E9'), "accents composed and never cut from their letter");
        // with a date and an extension after it, the file system still takes the name
        Files.createFile(dir.resolve(name + "-2026-11-27.pdf"));
    }

    @Test
    void nothingToKeepGivesTheFallback() {
        assertEquals("exam", SafeFileName.of(null, "exam"));
        assertEquals("exam", SafeFileName.of(" \t ", "exam"));
    }
}
