package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.exampath.store.PracticeRecords.Attempt;
import org.exampath.store.PracticeRecords.NewAttempt;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeStoreTest {
    @TempDir
    Path dir;

    @Test
    void attemptsAreKeptPerStudentInOrder() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            PracticeStore store = new PracticeStore(db, DatabaseTest.CLOCK);
            store.record(new NewAttempt("Sam", "gluteal-tendinopathy-classic", 85, true, List.of(), 4, 0.02)).join();
            store.record(new NewAttempt(" Sam ", "cauda-equina-emergency", 30, false, List.of("cauda_equina"), 2, null)).join();
            List<Attempt> kims = store.record(new NewAttempt("Kim", "malignancy-screen", 100, true, List.of(), 1, null)).join();
            assertEquals(List.of(100), kims.stream().map(Attempt::score).toList());
            List<Attempt> attempts = store.attempts("Sam");
            assertEquals(List.of(85, 30), attempts.stream().map(Attempt::score).toList());
            assertEquals("cauda_equina", attempts.get(1).missedFlags());
            assertEquals(0.02, attempts.get(0).brier());
            assertEquals(null, attempts.get(1).brier());
            assertEquals(List.of(), store.attempts("Nobody"));
            CompletionException e = assertThrows(CompletionException.class,
                    () -> store.record(new NewAttempt("  ", "x", 1, true, List.of(), 0, null)).join());
            assertEquals(StoreException.class, e.getCause().getClass());
        }
    }
}
