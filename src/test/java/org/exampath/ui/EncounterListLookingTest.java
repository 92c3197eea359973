package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.encounters.EncounterBrowserViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the encounter list waits for its first rows (the first list after a knowledge update works every summary out
 * again, seconds on a large store), it says it is looking rather than showing an empty list that reads as "no
 * encounters"; the rows and the usual message replace it when they come.
 */
class EncounterListLookingTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyListWaitingForItsRowsSaysItIsLooking() throws Exception {
        try (Database db = Database.open(dir.resolve("slow.db"))) {
            EncounterStore real = new EncounterStore(db, DatabaseTestAccess.CLOCK, TestKnowledge.SUMMARISER);
            long id = real.create("P-0142", "anna", Exams.of().is("nerve.slump", "positive").exam(), "v", null);
            CountDownLatch release = new CountDownLatch(1);
            Encounters slow = (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("list")) {
                            release.await(20, TimeUnit.SECONDS);
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            Autosave autosave = new Autosave(new ExamSession(TestKnowledge.ENGINE), slow, "anna", DatabaseTestAccess.CLOCK);
            EncounterBrowserViewModel browser = new EncounterBrowserViewModel(autosave, () -> true);
            browser.runUpdatesWith(Runnable::run);
            CompletableFuture<Void> shown = browser.search();
            assertEquals("Looking for encounters…", browser.messageProperty().get());
            release.countDown();
            shown.get(20, TimeUnit.SECONDS);
            assertEquals(List.of(id), browser.rows().stream().map(EncounterStore.Row::id).toList());
            assertEquals("", browser.messageProperty().get());
            autosave.shutdown();
        }
    }
}
