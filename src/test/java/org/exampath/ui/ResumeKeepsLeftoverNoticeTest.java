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

    @Test
    void theLeftoverNoticeIsStillOnTheStatusLineAfterResume() throws Exception {
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
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
        try (Database database = Database.open(db)) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave next = new Autosave(session, new EncounterStore(database, DatabaseTestAccess.CLOCK), "anna",
                    DatabaseTestAccess.CLOCK);
            next.runStatusUpdatesWith(Runnable::run);
            next.keepRecoveryIn(RecoverySessions.nextStart(folder));
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
        // WindowStores.Sqlite.model: resume().whenComplete(... database.warning().ifPresent(shown::warn)). After a crash
        // whose -wal went missing, that warning replaces the line, and the notice of the kept copy (the very changes
        // the warning says may be lost) is gone from the screen
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(db)) {
            AtomicBoolean down = new AtomicBoolean();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave first = RecoverySessions.annaWithAStoreThatCanFail(session, database, down, folder);
            session.set("nerve.slr", new FindingValue.Choice("negative"));
            first.flush();
            down.set(true);
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            first.flush();
            first.shutdown();
        }
        try (Database database = Database.open(db)) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave next = new Autosave(session, new EncounterStore(database, DatabaseTestAccess.CLOCK), "anna",
                    DatabaseTestAccess.CLOCK);
            next.runStatusUpdatesWith(Runnable::run);
            next.keepRecoveryIn(RecoverySessions.nextStart(folder));
            next.resume().whenComplete((done, failure) -> next.warn("the last session stopped without closing and the "
                    + "database's -wal file is missing: changes saved after its last checkpoint may be lost")).get(10, TimeUnit.SECONDS);
            String line = next.statusProperty().get();
            next.shutdown();
            assertTrue(line.contains("-wal file is missing"), line);
            assertTrue(line.contains("unsaved change was kept"), "the notice of the kept copy is gone from the status line: " + line);
        }
    }
}
