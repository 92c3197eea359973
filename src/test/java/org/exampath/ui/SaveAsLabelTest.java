package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Save As writes the header's label as the clinician left it, a cleared one included. */
class SaveAsLabelTest {
    @TempDir
    Path dir;

    private final ExamSession session = new ExamSession(TestKnowledge.ENGINE);
    private final ExamViewModel model = new ExamViewModel(session);

    @Test
    void saveAsAfterTheHeaderLabelIsClearedWritesNoLabel() throws Exception {
        session.patientLabelProperty().set("P-0142");
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        Path first = dir.resolve("first.json");
        assertTrue(model.saveAs(first));
        assertTrue(model.open(first));
        assertEquals("P-0142", session.patientLabelProperty().get(), "sanity: opened with its label");
        // the clinician erases the label (wrong patient, or a file to be shared without it), then saves as
        session.patientLabelProperty().set("");
        Path second = dir.resolve("second.json");
        assertTrue(model.saveAs(second));
        assertFalse(Files.readString(second).contains("P-0142"),
                "the label the clinician erased is written back: " + Files.readString(second));
    }

    @Test
    void saveAsOfAnUnlabelledPatientWritesNoPlaceholderLabel() throws Exception {
        // an unlabelled visit opened from the list shows the store's name for it in the header
        session.patientLabelProperty().set("(unlabelled 3)");
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        Path file = dir.resolve("visit.json");
        assertTrue(model.saveAs(file));
        assertFalse(Files.readString(file).contains("unlabelled"),
                "the store's placeholder is nobody's label and would join another store's patient: " + Files.readString(file));
    }
}
