package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exampath.text.UndatedVisitWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exampath list} never gives the import day as the visit date of an import whose file recorded none: its date
 * cell reads "not recorded (imported DAY)", in the window's words, while a dated visit keeps its own date.
 */
class ListUndatedImportTest {
    @TempDir
    Path dir;

    @Test
    void listNeverGivesTheImportDayAsTheVisitDateOfAnUndatedImport() throws Exception {
        Path db = dir.resolve("store.db");
        Path file = CommandRun.examFile(dir, "lumbar-radicular-s1"); // records no encounter.date
        CommandRun imported = CommandRun.of("import", file.toString(), "--db", db.toString());
        assertEquals(0, imported.code(), imported.err());
        CommandRun exported = CommandRun.of("export", imported.out().strip(), "--db", db.toString());
        assertFalse(exported.out().contains("\"date\""), "precondition: the store keeps the visit undated");
        CommandRun listed = CommandRun.of("list", "--db", db.toString());
        assertEquals(0, listed.code(), listed.err());
        String date = listed.out().split("\n")[0].split("\t")[1];
        assertFalse(date.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
                "list dates an import whose file recorded no visit date with the import day, unmarked: " + listed.out().strip());
        assertTrue(date.matches("not recorded \\(imported [0-9]{4}-[0-9]{2}-[0-9]{2}\\)"), date);
        assertTrue(date.startsWith(UndatedVisitWords.LISTED_PREFIX), "the window's words: " + date);
    }

    @Test
    void aDatedVisitKeepsItsDateAndIsListedBeforeAnUndatedOne() throws Exception {
        Path db = dir.resolve("store.db");
        Path undated = CommandRun.examFile(dir, "lumbar-radicular-s1");
        Path dated = dir.resolve("dated.json");
        Files.writeString(dated, "{\"format\": \"exam/1\", \"patient\": {\"age\": 40, \"sex\": \"female\", \"label\": \"Dated\"},"
                + " \"encounter\": {\"date\": \"2026-11-20\"}, \"findings\": {\"history.aggravator.sitting\": true}}",
                StandardCharsets.UTF_8);
        CommandRun imported = CommandRun.of("import", undated.toString(), dated.toString(), "--db", db.toString());
        assertEquals(0, imported.code(), imported.err());
        String[] lines = CommandRun.of("list", "--db", db.toString()).out().split("\n");
        assertEquals(2, lines.length, String.join("\n", lines));
        assertEquals("2026-11-20", lines[0].split("\t")[1], String.join("\n", lines));
        assertTrue(lines[1].split("\t")[1].startsWith(UndatedVisitWords.LISTED_PREFIX), String.join("\n", lines));
    }
}
