package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save As never writes a file File → Open refuses: a patient label exam/1 does not allow (over 200
 * characters, or a pasted tab) is refused with one line naming the label, and no file is written.
 */
class SaveAsInvalidLabelTest {
    @TempDir
    Path dir;

    private final ExamSession session = new ExamSession(TestKnowledge.ENGINE);
    private final ExamViewModel model = new ExamViewModel(session);

    @Test
    void aFileSavedWithATooLongLabelOpensAgain() throws Exception {
        session.patientLabelProperty().set("P-0142 " + "x".repeat(200));
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        Path file = dir.resolve("long-label.json");
        boolean saved = model.saveAs(file);
        if (saved) {
            assertTrue(model.open(file), "Save As said it saved, but Open refuses the file: " + model.errorProperty().get());
        } else {
            assertFalse(model.errorProperty().get().isBlank(), "a refused save names why");
            assertFalse(Files.exists(file), "a refused save leaves no file");
            assertTrue(model.errorProperty().get().contains("label"), "the refusal names the label: " + model.errorProperty().get());
        }
    }

    @Test
    void aFileSavedWithATabInTheLabelOpensAgain() throws Exception {
        session.patientLabelProperty().set("P-0142\tknee");
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        Path file = dir.resolve("tab-label.json");
        boolean saved = model.saveAs(file);
        if (saved) {
            assertTrue(model.open(file), "Save As said it saved, but Open refuses the file: " + model.errorProperty().get());
        } else {
            assertFalse(Files.exists(file), "a refused save leaves no file");
            assertTrue(model.errorProperty().get().contains("label"), "the refusal names the label: " + model.errorProperty().get());
        }
    }
}
