package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.persistence.Database;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * With another SQLite database open (File > Open database…), Export note… and Save As… still never replace this
 * computer's own database, as they never do with a clinic server open.
 */
@ExtendWith(ApplicationExtension.class)
class LocalDatabaseProtectedTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void theComputersOwnDatabaseIsNeverTheNoteWhileAnotherIsOpen() throws Exception {
        Path localData = Files.createDirectories(dir.resolve("local"));
        Path own = Files.writeString(localData.resolve(Database.defaultPath().getFileName()), "SQLite format 3\u0000 own exams");
        try (Database other = Database.open(dir.resolve("clinic-copy.db"))) {
            AtomicReference<ExamViewModel> model = new AtomicReference<>();
            WindowRobot.onFx(() -> model.set(new WindowStores(Map.of(), localData, Clock.systemUTC()).sqlite(other)
                    .model(new ExamSession(TestKnowledge.ENGINE))));
            AtomicReference<Boolean> exported = new AtomicReference<>();
            AtomicReference<Boolean> saved = new AtomicReference<>();
            AtomicReference<String> error = new AtomicReference<>();
            WindowRobot.onFx(() -> {
                exported.set(model.get().exportNote(own));
                saved.set(model.get().saveAs(own));
                error.set(model.get().errorProperty().get());
            });
            assertFalse(exported.get(), "the note was not written over it");
            assertFalse(saved.get(), "the exam file was not written over it");
            assertTrue(error.get().contains("choose another file name"), error.get());
            model.get().autosave().shutdown();
        }
        assertEquals("SQLite format 3\u0000 own exams", Files.readString(own));
    }
}
