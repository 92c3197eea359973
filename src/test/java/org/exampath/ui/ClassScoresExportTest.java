package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exampath.clinic.ClinicScores;
import org.exampath.exchange.OutputTarget;
import org.exampath.ui.scores.ClassScoresViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-scores CSV is written whole, and never over this computer's database or its side files. */
class ClassScoresExportTest {
    @TempDir
    Path dir;

    private ClassScoresViewModel loaded() {
        ClinicScores.Row row = new ClinicScores.Row("sue", "PT2", "Deep gluteal", 2, 1, 1.0, 85.0, 0.15);
        ClassScoresViewModel model = new ClassScoresViewModel(() -> new ClinicScores.Scores("tess", ClinicScores.Viewer.TEACHER,
                List.of(row), List.of(), List.of()));
        model.runUpdatesWith(Runnable::run);
        model.load().join();
        return model;
    }

    @Test
    void anExportOntoTheLocalDatabaseIsRefusedAndTheDatabaseIsUntouched() throws Exception {
        Path db = dir.resolve("exampath.db");
        byte[] before = "SQLite format 3\0 not really".getBytes(StandardCharsets.UTF_8);
        Files.write(db, before);
        ClassScoresViewModel model = loaded();
        model.protect(OutputTarget.databaseFiles(db));
        assertFalse(model.export(db));
        assertTrue(model.errorProperty().get().contains("exampath.db"), model.errorProperty().get());
        assertArrayEquals(before, Files.readAllBytes(db));
        assertFalse(model.export(dir.resolve("exampath.db-wal")), "nor one of its side files");
        assertFalse(Files.exists(dir.resolve("exampath.db-wal")));

        Path csv = dir.resolve("scores.csv");
        assertTrue(model.export(csv), model.errorProperty().get());
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("sue,PT2,Deep gluteal,2,1,1.000,85.000,0.150\r\n"));
    }
}
