package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real SQLite file: the encounter list's rows say which are imports whose file recorded no visit date, and list
 * them after every dated visit (newest import first), whether the list is searched or not.
 */
class EncounterListUndatedOrderTest {
    @TempDir
    Path dir;

    private static Clock on(String day) {
        return Clock.fixed(Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC);
    }

    private static void importOn(Database db, String day, String label, String date) {
        Exam exam = Exam.empty().withRecord(new ExamRecord(label, date == null ? null : java.time.LocalDate.parse(date), null, null, null));
        new EncounterStore(db, on(day), TestKnowledge.SUMMARISER).importAll(List.of(new Encounters.NewEncounter(label, exam, null, null,
                "key-" + label, null)), "anna", TestKnowledge.SHIPPED.version());
    }

    private static List<String> listed(EncounterStore store, String text) {
        return store.list(text, 10).stream().map(r -> r.patientLabel() + (r.undated() ? " undated " : " ") + r.date()).toList();
    }

    @Test
    void undatedImportsAreMarkedAndListedAfterTheDatedVisits() {
        try (Database db = Database.open(dir.resolve("list.db"))) {
            importOn(db, "2026-11-29", "P-1", null);
            importOn(db, "2026-11-28", "P-2", "2026-09-01");
            new EncounterStore(db, on("2026-11-20"), TestKnowledge.SUMMARISER).create("P-3", "anna", Exam.empty(),
                    TestKnowledge.SHIPPED.version(), null);
            importOn(db, "2026-11-10", "P-4", null);
            EncounterStore store = new EncounterStore(db, on("2026-11-30"), TestKnowledge.SUMMARISER);
            List<String> expected = List.of("P-3 2026-11-20", "P-2 2026-09-01", "P-1 undated 2026-11-29", "P-4 undated 2026-11-10");
            assertEquals(expected, listed(store, ""), "unsearched");
            assertEquals(expected, listed(store, "P-"), "searched by label");
            assertEquals(List.of("P-3 2026-11-20", "P-1 undated 2026-11-29", "P-4 undated 2026-11-10"), listed(store, "2026-11"),
                    "searched by date: an import day still finds the import, listed as undated");
        }
    }
}
