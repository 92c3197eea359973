package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encounter list's limit (the window asks for the newest 500) against a batch of undated imports, on a real SQLite
 * file: the limit keeps the newest dated visits, as the order lists them (review 32, finding 5).
 */
class EncounterListLimitKeepsDatedVisitsTest {
    @TempDir
    Path dir;

    private static Clock on(String day) {
        return Clock.fixed(Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC);
    }

    /**
     * A practice sees P-NEW on 20 November, then imports its archive of old exam files, none with a visit date, on
     * 29 November. The list takes the undated imports as the oldest rows and lists them last; its limit was applied
     * first by the import day, as if they were the newest: with as many imports as the limit, the dated visit of
     * 20 November was left out, and the window said "Showing the newest 500." over a list of archive files only. The
     * limit now keeps what the order lists first, whether the list is searched or not.
     */
    @Test
    void aBatchOfUndatedImportsDoesNotPushTheNewestDatedVisitOutOfTheList() {
        try (Database db = Database.open(dir.resolve("limit.db"))) {
            new EncounterStore(db, on("2026-11-20"), TestKnowledge.SUMMARISER).create("P-NEW", "anna", Exam.empty(),
                    TestKnowledge.SHIPPED.version(), null);
            List<Encounters.NewEncounter> archive = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Exam exam = Exam.empty().withRecord(new ExamRecord("ARCH-" + i, null, null, null, null));
                archive.add(new Encounters.NewEncounter("ARCH-" + i, exam, null, null, "key-" + i, null));
            }
            new EncounterStore(db, on("2026-11-29"), TestKnowledge.SUMMARISER).importAll(archive, "anna", TestKnowledge.SHIPPED.version());
            EncounterStore store = new EncounterStore(db, on("2026-11-30"), TestKnowledge.SUMMARISER);
            List<String> listed = store.list("", 5).stream().map(r -> r.patientLabel() + (r.undated() ? " (undated)" : " " + r.date())).toList();
            assertEquals("P-NEW 2026-11-20", listed.get(0), "the newest 5 rows, listed with the undated imports last, leave out the"
                    + " only dated visit: " + listed);
            for (String search : List.of("-", "2026-11")) {
                List<String> found = store.list(search, 5).stream().map(r -> r.patientLabel() + (r.undated() ? " (undated)" : " " + r.date()))
                        .toList();
                assertEquals(List.of("P-NEW 2026-11-20", "ARCH-4 (undated)", "ARCH-3 (undated)", "ARCH-2 (undated)", "ARCH-1 (undated)"),
                        found, "searched for '" + search + "': the dated visit first, then the newest imports within the limit");
            }
        }
    }
}
