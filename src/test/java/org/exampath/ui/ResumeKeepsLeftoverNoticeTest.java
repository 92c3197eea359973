package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a crash with an unsaved change to an open encounter, the next start reads the leftover
 * notice and then resumes that encounter; the resume's line must not replace the notice: the clinician would see
 * only "Resumed encounter N as it was left." (without the unsaved change) and not that a copy is waiting.
 */
class ResumeKeepsLeftoverNoticeTest {
    @TempDir
    Path dir;

    /** Anna's encounter saved, then a change made while the store was down, and the app stopped: its copy stays. */
    private static void savedThenAChangeLeftUnsaved(Path db, Path folder) {
        try (Database database = Database.open(db)) {
            AtomicBoolean down = new AtomicBoolean();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave first = RecoverySessions.annaWithAStoreThatCanFail(session, database, down, folder);
            session.set("nerve.slr", new FindingValue.Choice("negative"));
            first.flush();
            assertTrue(first.encounterIdProperty().get() != null, first.statusProperty().get());
            down.set(true);
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            first.flush();
            assertTrue(first.failedProperty().get(), first.statusProperty().get());
            first.shutdown(); // the app stops with the change unsaved: its copy stays in the folder
        }
    }

    /** Two copies of new exams (no side files) left in {@code folder}; returns the first. */
    private static Path twoLeftoverCopies(Path folder) throws java.io.IOException {
        java.nio.file.Files.createDirectories(folder);
        for (String name : java.util.List.of("unsaved-1-1.json", "unsaved-1-2.json")) {
            java.nio.file.Files.writeString(folder.resolve(name), "{\"format\": \"exam/1\", \"findings\": {\"nerve.slump\": \"positive\"}}");
        }
        return folder.resolve("unsaved-1-1.json");
    }

    /** Anna's next start on {@code database}, status shown at once, reading {@code folder}'s leftovers. */
    private static Autosave nextStart(ExamSession session, Database database, Path folder) {
        Autosave next = new Autosave(session, new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), "anna", DatabaseTestAccess.CLOCK);
        next.runStatusUpdatesWith(Runnable::run);
        next.keepRecoveryIn(RecoverySessions.nextStart(folder));
        return next;
    }

    @Test
    void theLeftoverNoticeIsStillOnTheStatusLineAfterResume() throws Exception {
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        savedThenAChangeLeftUnsaved(db, folder);
        try (Database database = Database.open(db)) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave next = nextStart(session, database, folder);
            next.resume().get(10, TimeUnit.SECONDS);
            String line = next.statusProperty().get();
            next.shutdown();
            assertTrue(session.exam().value("nerve.slump") == null, "resumed without the unsaved change");
            assertTrue(line.startsWith("Resumed encounter 1 as it was left. WARNING: 1 unsaved change was kept"), line);
            assertTrue(line.contains("unsaved change"), "the notice of the kept copy is gone from the status line: " + line);
        }
    }

    @Test
    void theDatabaseWarningAfterResumeKeepsTheLeftoverNotice() throws Exception {
        // WindowStores.Sqlite.model warns after resume (database.warning().ifPresent(shown::warn)); after a crash whose
        // -wal went missing, that warning must not hide the notice of the kept copy (the very changes it says may be lost)
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        savedThenAChangeLeftUnsaved(db, folder);
        try (Database database = Database.open(db)) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave next = nextStart(session, database, folder);
            next.resume().whenComplete((done, failure) -> next.warn("the last session stopped without closing and the "
                    + "database's -wal file is missing: changes saved after its last checkpoint may be lost")).get(10, TimeUnit.SECONDS);
            String line = next.statusProperty().get();
            next.shutdown();
            assertTrue(line.contains("-wal file is missing"), line);
            assertTrue(line.contains("unsaved change was kept"), "the notice of the kept copy is gone from the status line: " + line);
        }
    }

    @Test
    void openingOneOfTwoLeftoverCopiesKeepsTheNoticeOfTheOtherForALaterWarning() throws Exception {
        // two copies are left and the clinician opens one (ExamOpener.open calls openedFromCopy, for any exam file):
        // the other still waits, so a start-up warning arriving after that (the database's) still names it
        Path folder = dir.resolve("recovery");
        Path first = twoLeftoverCopies(folder);
        Path second = folder.resolve("unsaved-1-2.json");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave next = nextStart(session, database, folder);
            next.flush();
            assertTrue(next.statusProperty().get().contains("2 unsaved changes were kept"), next.statusProperty().get());
            next.startNew();
            next.openedFromCopy(first);
            next.warn("the last session stopped without closing and the database's -wal file is missing");
            String line = next.statusProperty().get();
            next.shutdown();
            assertTrue(java.nio.file.Files.exists(second), "the second copy is still waiting");
            assertTrue(line.contains("unsaved change"), "the notice of the copy still waiting is gone from the status line: " + line);
        }
    }

    @Test
    void onceALeftoverCopyIsStoredALaterWarningCountsOnlyTheCopiesStillWaiting() throws Exception {
        Path folder = dir.resolve("recovery");
        Path first = twoLeftoverCopies(folder);
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave next = nextStart(session, database, folder);
            next.flush();
            next.startNew();
            next.openedFromCopy(first);
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            next.flush();
            assertTrue(java.nio.file.Files.notExists(first), "the opened copy, stored, is gone");
            next.warn("the database's -wal file is missing");
            String line = next.statusProperty().get();
            next.shutdown();
            assertTrue(line.startsWith("WARNING: the database's -wal file is missing WARNING: 1 unsaved change was kept"), line);
        }
    }
}
