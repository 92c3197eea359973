package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * exam/1's {@code encounter.date} is a plain YYYY-MM-DD date. An expanded ISO year such as {@code +12026-11-20}
 * used to be read, stored and then dropped on export; every command now refuses it naming the key, and the
 * store is left as it was.
 */
class ExpandedYearVisitDateTest {
    @TempDir
    Path dir;

    private Path file(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void anExpandedYearVisitDateIsRefusedOnImportAndNothingIsStored() throws Exception {
        Path db = dir.resolve("store.db");
        Path exam = file("far.json", """
                {"format":"exam/1","patient":{"label":"P-9"},"encounter":{"date":"+12026-11-20"},"findings":{}}""");

        CommandRun imported = CommandRun.of("import", exam.toString(), "--db", db.toString());

        assertTrue(imported.refusedInOneLine(), imported.err());
        assertTrue(imported.err().contains("encounter.date"), imported.err());
        // the exam is refused before the store is opened: not even the database is made
        assertFalse(Files.exists(db), "nothing was stored");
    }

    @Test
    void evaluateRefusesAnExpandedYearOrAWrongShapeNamingTheKeyAndTheShapeExpected() throws Exception {
        for (String date : new String[] {"+12026-11-20", "-0001-01-01", "2026-1-20", "20261120", "2026-11-20T10:00"}) {
            Path exam = file("visit.json", "{\"format\":\"exam/1\",\"encounter\":{\"date\":\"" + date + "\"}}");

            CommandRun evaluated = CommandRun.of("evaluate", exam.toString());

            assertTrue(evaluated.refusedInOneLine(), date + ": " + evaluated.err());
            assertTrue(evaluated.err().contains("encounter.date: expected a date written YYYY-MM-DD (ISO-8601) such as 2026-11-27, found \"" + date + "\""), evaluated.err());
        }
    }

    @Test
    void anOrdinaryDateAndAnImpossibleDayAreStillToldApart() throws Exception {
        CommandRun ok = CommandRun.of("evaluate", file("ok.json", "{\"format\":\"exam/1\",\"encounter\":{\"date\":\"2026-11-20\"}}").toString());
        CommandRun impossible = CommandRun.of("evaluate",
                file("bad.json", "{\"format\":\"exam/1\",\"encounter\":{\"date\":\"2026-02-30\"}}").toString());

        assertEquals(0, ok.code(), ok.err());
        assertFalse(ok.out().isEmpty());
        assertTrue(impossible.refusedInOneLine(), impossible.err());
        assertEquals("bad.json: encounter.date: expected a real calendar day written YYYY-MM-DD, found \"2026-02-30\"\n",
                impossible.err().substring(impossible.err().indexOf("bad.json")));
    }
}
