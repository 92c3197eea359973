package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window records each red-flag action at the urgency its flag stands at when the clinician records it, on a
 * real SQLite file. Once the flag rises above it, the panel and the printed note say the action was taken when the
 * flag was lower, and the note that none is recorded at the flag's level now; while it does not, they say nothing
 * more. A recovery copy keeps the urgency, and one written before copies kept it is still read.
 */
class ActionLevelShownTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anActionIsRecordedAtItsFlagsUrgencyAndNamedSoOnceTheFlagRises() throws Exception {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, store, "anna", CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            ExamViewModel model = new ExamViewModel(session, autosave);
            HypothesisPanelViewModel panel = new HypothesisPanelViewModel(session, id -> { }, autosave, CLOCK);
            session.patientLabelProperty().set("P-8");
            session.set("redflag.bilateral_leg_symptoms", FindingValue.Flag.YES);
            autosave.flush();
            panel.banner().draftProperty("cauda_equina").set("Come back at once if the bladder or saddle changes");
            panel.banner().record("cauda_equina");
            autosave.flush();
            long id = store.list("P-8", 1).get(0).id();
            // the store answers an action on its own writer, after the queue that flush() waits for
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !store.acknowledgements(id).isEmpty());
            assertEquals(List.of("urgent"), store.acknowledgements(id).stream().map(Encounters.Acknowledgement::urgency).toList(),
                    "recorded at the urgency the flag stood at");
            assertEquals(List.of("Action recorded 2026-11-28 10:15: Come back at once if the bladder or saddle changes"),
                    actions(panel), "at the flag's own level, nothing more is said");

            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.flush();
            assertEquals(List.of("Action recorded 2026-11-28 10:15, when the flag was urgent: Come back at once if the bladder or "
                    + "saddle changes"), actions(panel), "the flag is an emergency now");
            Path note = dir.resolve("note.pdf");
            assertTrue(model.exportNote(note), model.errorProperty().get());
            String text = pdfText(note);
            assertTrue(text.contains("Action taken (2026-11-28 10:15, recorded by anna, when the flag was urgent): Come back at once"), text);
            assertTrue(text.contains("Action taken at emergency: not recorded."), text);
            autosave.shutdown();
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void aRecoveryCopyKeepsTheUrgencyAndOneWrittenBeforeIsStillRead() throws Exception {
        Path folder = dir.resolve("recovery");
        Files.createDirectories(folder);
        String key = "0f8fad5b-d9cb-469f-a165-70867728950e";
        String older = "4a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d";
        Files.writeString(folder.resolve("action-s1-" + key + ".properties"), copy(key, "urgency=urgent\n"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("action-s1-" + older + ".properties"), copy(older, ""), StandardCharsets.UTF_8);
        List<String> read = new RecoveryFiles(folder).actions().leftovers().stream()
                .map(c -> c.key() + " " + c.action().urgency()).sorted().toList();
        assertEquals(List.of(key + " urgent", older + " null").stream().sorted().toList(), read);
        Files.writeString(folder.resolve("action-s1-" + key + ".properties"), copy(key, "urgency=noted\n"), StandardCharsets.UTF_8);
        assertEquals(List.of(older), new RecoveryFiles(folder).actions().leftovers().stream().map(c -> c.key()).toList(),
                "an urgency no raised flag has is not well formed, and never guessed at");
    }

    private static String copy(String key, String urgency) {
        return "format=exampath-red-flag-action/1\nkey=" + key + "\nencounter=1\nencounter.date=2026-11-28\n"
                + "encounter.clinician=anna\nencounter.store=/tmp/x.db\nflag=cauda_equina\naction=Sent to ED\n"
                + "at=2026-11-28T10\\:15\\:00Z\nby=anna\n" + urgency;
    }

    private static List<String> actions(HypothesisPanelViewModel panel) {
        return panel.banner().flags().stream().filter(f -> f.id().equals("cauda_equina")).findFirst().orElseThrow().actions();
    }

    private static String pdfText(Path pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
