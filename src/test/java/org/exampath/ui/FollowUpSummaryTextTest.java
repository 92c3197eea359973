package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review (review-flows): the copied summary of a follow-up whose weakness grew since the last visit must say why
 * the progressive deficit stands (what got worse since the last visit), as the panel does; the exam alone holds
 * no answer that raised it.
 */
class FollowUpSummaryTextTest {
    @TempDir
    Path dir;

    @Test
    void theCopiedSummaryOfAFollowUpSaysWhatGrewWorseSinceTheLastVisit() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, new EncounterStore(db, DatabaseTestAccess.CLOCK), "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            ExamViewModel model = new ExamViewModel(session, autosave);
            session.patientLabelProperty().set("P-7");
            session.set("strength.hip_abduction", new FindingValue.Strength(5, "none"));
            autosave.flush();
            autosave.followUp(autosave.encounterIdProperty().get()).join();
            session.set("strength.hip_abduction", new FindingValue.Strength(3, "none"));
            autosave.flush();
            String text = model.summaryText();
            String a = text.lines().filter(l -> l.startsWith("A: ")).findFirst().orElseThrow();
            assertTrue(a.contains("neurological deficit"), "sanity: the flag is in the summary: " + text);
            String flagSentence = a.substring(a.indexOf("neurological deficit"), a.indexOf('.', a.indexOf("neurological deficit")) + 1);
            assertTrue(flagSentence.toLowerCase(java.util.Locale.ROOT).contains("hip abduction"),
                    "the summary raises the progressive deficit with no reason; nothing says hip abduction fell from 5 to 3 "
                            + "since the last visit: " + text);
            autosave.shutdown();
        }
    }
}
