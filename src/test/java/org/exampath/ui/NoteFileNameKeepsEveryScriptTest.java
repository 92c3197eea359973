package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.exampath.TestKnowledge;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The name the window suggests for an exported note keeps the patient label's letters in any script, so a Greek
 * or Chinese label is recognisable in the folder and two patients' notes are not offered one name (review 28,
 * finding 7: every non-Latin letter used to become "_").
 */
class NoteFileNameKeepsEveryScriptTest {
    @TempDir
    Path dir;

    private final ExamSession session = new ExamSession(TestKnowledge.ENGINE);
    private final ExamViewModel model = new ExamViewModel(session);

    private String suggestedFor(String label) {
        session.patientLabelProperty().set(label);
        return model.suggestedNoteName();
    }

    @Test
    void greekAndChineseLabelsKeepTheirLetters() throws Exception {
        String greek = suggestedFor("Μαρία Παπαδοπούλου");
        assertTrue(greek.startsWith("Μαρία Παπαδοπούλου-") && greek.endsWith(".pdf"), greek);
        String wang = suggestedFor("王芳");
        String li = suggestedFor("李娜");
        assertTrue(wang.startsWith("王芳-"), wang);
        assertNotEquals(wang, li, "two patients' notes are offered two names");
        // the names are ones this file system takes as they are
        for (String name : new String[] {greek, wang, li}) {
            assertEquals(name, Files.createFile(dir.resolve(name)).getFileName().toString());
        }
    }

    @Test
    void aLabelWithNothingToKeepFallsBackToExam() {
        assertTrue(suggestedFor("   ").startsWith("exam-"), model.suggestedNoteName());
        assertTrue(suggestedFor(null).startsWith("exam-"), model.suggestedNoteName());
    }
}
