package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Students and attempts against a real SQLite file. */
class PracticeStoreTest {
    @TempDir
    Path dir;

    @Test
    void attemptsAreKeptPerStudentInOrder() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            PracticeStore store = new PracticeStore(db, DatabaseTest.CLOCK);
            long sam = store.student("Sam");
            assertEquals(sam, store.student(" Sam "), "the same student again");
            long kim = store.student("Kim");
            store.record(sam, "gluteal-tendinopathy-classic", 85, true, List.of(), 4, 0.02);
            store.record(sam, "cauda-equina-emergency", 30, false, List.of("cauda_equina"), 2, null);
            store.record(kim, "malignancy-screen", 100, true, List.of(), 1, null);
            List<PracticeStore.Attempt> attempts = store.attempts(sam);
            assertEquals(List.of(85, 30), attempts.stream().map(PracticeStore.Attempt::score).toList());
            assertEquals("cauda_equina", attempts.get(1).missedFlags());
            assertEquals(0.02, attempts.get(0).brier());
            assertEquals(null, attempts.get(1).brier());
            assertThrows(StoreException.class, () -> store.student("  "));
        }
    }
}
