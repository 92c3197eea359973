package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.exchange.OutputTarget;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 (1), the window's side: Export note… and Save As… use the same guarded, owner-only writer as report. */
class NoteExportTargetTest {
    @TempDir
    Path dir;

    private final ExamSession session = new ExamSession(TestKnowledge.ENGINE);
    private final ExamViewModel model = new ExamViewModel(session);

    @Test
    void theOpenDatabaseAndItsSideFilesAreNeverOverwritten() throws Exception {
        Path db = Files.writeString(dir.resolve("exampath.db"), "SQLite format 3");
        Files.createDirectories(dir.resolve("sub"));
        model.setProtectedFiles(OutputTarget.databaseFiles(db));
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        for (Path target : new Path[] {db, dir.resolve("exampath.db-wal"), dir.resolve("sub/../exampath.db.bak")}) {
            assertFalse(model.exportNote(target), target.toString());
            assertTrue(model.errorProperty().get().contains("choose another file name"), model.errorProperty().get());
            assertFalse(model.saveAs(target), target.toString());
        }
        assertArrayEquals("SQLite format 3".getBytes(), Files.readAllBytes(db));
        assertFalse(Files.exists(dir.resolve("exampath.db-wal")));
    }

    @Test
    void aNoteIsOwnerOnly() throws Exception {
        Path note = dir.resolve("note.pdf");
        assertTrue(model.exportNote(note), model.errorProperty().get());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(note)));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(".")).count(), "no temporary file beside it");
        }
    }
}
