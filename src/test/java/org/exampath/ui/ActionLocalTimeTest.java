package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-flag action's time is shown in the banner and written in the note at the clinic's local time, as the status
 * line's times are, and the printed note names that zone: a clinician in New York who sent a patient to the
 * emergency department at 21:30 on 27 November reads 21:30 on the 27th, not the UTC 02:30 on the 28th.
 */
class ActionLocalTimeTest {
    @TempDir
    Path dir;

    @Test
    void aRedFlagActionIsShownAndNotedAtTheClinicsLocalTime() throws Exception {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:30:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, new EncounterStore(db, clock, org.exampath.TestKnowledge.SUMMARISER), "anna", clock);
            autosave.runStatusUpdatesWith(Runnable::run);
            ExamViewModel model = new ExamViewModel(session, autosave);
            HypothesisPanelViewModel panel = new HypothesisPanelViewModel(session, id -> { }, autosave, clock);
            session.patientLabelProperty().set("P-5");
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.flush();
            panel.banner().draftProperty("cauda_equina").set("Sent to ED");
            panel.banner().record("cauda_equina");
            autosave.flush();
            List<String> shown = panel.banner().flags().stream().filter(f -> f.id().equals("cauda_equina")).findFirst()
                    .orElseThrow().actions();
            assertEquals(List.of("Action recorded 2026-11-27 21:30: Sent to ED"), shown, "the banner gives the local time");
            assertEquals("2026-11-27 21:30", model.noteContext().actions().get(0).at(), "the note gives the local time");
            Path note = dir.resolve("note.pdf");
            assertTrue(model.exportNote(note), model.errorProperty().get());
            String text = pdfText(note);
            assertTrue(text.contains("Action taken (2026-11-27 21:30, recorded by anna): Sent to ED Action times are local time: Eastern Time "
                    + "(America/New_York)."), "the printed note names the zone its times are in: " + text);
            autosave.shutdown();
        } finally {
            TimeZone.setDefault(before);
        }
    }

    private static String pdfText(Path pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
