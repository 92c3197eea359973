package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.encounters.EncounterBrowserViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encounter browser's view model on a real SQLite file: search (by label or the leading hypothesis in words), open, follow-up. */
class EncounterBrowserViewModelTest {
    @TempDir
    Path dir;

    @Test
    void findsOpensAndFollowsUp() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            long a = store.create("P-0142", "anna", Exams.of().is("nerve.slump", "positive").exam(), "v", null);
            store.save(a, "P-0142", Exams.of().is("nerve.slump", "positive").exam(), "anna");
            long b = store.create("Q-9", "anna", Exams.of().yes("history.region.lateral_hip").exam(), "v", null);
            store.save(b, "Q-9", Exams.of().yes("history.region.lateral_hip").exam(), "anna");
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, store, "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            EncounterBrowserViewModel browser = new EncounterBrowserViewModel(autosave, () -> true);
            browser.runUpdatesWith(Runnable::run);
            browser.search().join();
            assertEquals(List.of(b, a), browser.rows().stream().map(EncounterStore.Row::id).toList());
            browser.queryProperty().set("radicular");
            browser.search().join();
            assertEquals(List.of(a), browser.rows().stream().map(EncounterStore.Row::id).toList());
            // the leading hypothesis typed as the list shows it ("gluteal tendinopathy (50%)") finds it too
            browser.queryProperty().set("gluteal tendinopathy");
            browser.search().join();
            assertEquals(List.of(b), browser.rows().stream().map(EncounterStore.Row::id).toList(), browser.messageProperty().get());
            browser.queryProperty().set("zzz");
            browser.search().join();
            assertEquals("No encounter matches.", browser.messageProperty().get());
            browser.queryProperty().set("P-01");
            browser.search().join();
            browser.open(browser.rows().get(0)).orElseThrow().join();
            assertEquals(new FindingValue.Choice("positive"), session.exam().value("nerve.slump"));
            assertEquals("P-0142", session.patientLabelProperty().get());
            // The save's status comes from the autosave thread here (no toolkit), so it may land before or
            // after the follow-up's own line: every line is kept and one of them must say it was saved.
            List<String> lines = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            autosave.statusProperty().addListener((obs, old, now) -> lines.add(now));
            browser.followUp(browser.rows().get(0)).orElseThrow().join();
            autosave.flush();
            assertEquals(a, autosave.store().load(autosave.encounterIdProperty().get()).orElseThrow().previousId());
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("Saved")), lines.toString());
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("Follow-up of the visit of")), lines.toString());
            autosave.shutdown();
        }
    }

    @Test
    void flagsAtSeveralUrgenciesAreEachNamedUnderTheirOwn() {
        try (Database db = Database.open(dir.resolve("flags.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Autosave autosave = new Autosave(new ExamSession(TestKnowledge.ENGINE), store, "anna", DatabaseTestAccess.CLOCK);
            EncounterBrowserViewModel browser = new EncounterBrowserViewModel(autosave, () -> true);
            String mixed = browser.flagsText(new EncounterStore.Row(1, "2026-11-28", "P-1", null, null, "open", "anna", null,
                    "emergency: cauda_equina; soon: fracture", null));
            assertTrue(mixed.startsWith("emergency: Possible cauda equina"), mixed);
            assertTrue(mixed.contains("; soon: Possible fracture"), mixed);
            String older = browser.flagsText(new EncounterStore.Row(2, "2026-11-28", "P-2", null, null, "open", "anna", null,
                    "urgent: malignancy, fracture", null));
            assertTrue(older.matches("urgent: Possible malignancy[^;]*; Possible fracture.*"), "a row listed before reads as it did: " + older);
        }
    }

    @Test
    void whenTheWindowSaysStayNeitherOpenNorFollowUpReplacesTheExamShown() {
        try (Database db = Database.open(dir.resolve("stay.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            long a = store.create("P-0142", "anna", Exams.of().is("nerve.slump", "positive").exam(), "v", null);
            store.save(a, "P-0142", Exams.of().is("nerve.slump", "positive").exam(), "anna");
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, store, "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            int[] asked = new int[1];
            EncounterBrowserViewModel browser = new EncounterBrowserViewModel(autosave, () -> {
                asked[0]++;
                return false;
            });
            browser.runUpdatesWith(Runnable::run);
            browser.search().join();
            assertTrue(browser.open(browser.rows().get(0)).isEmpty(), "staying opens nothing");
            assertTrue(browser.followUp(browser.rows().get(0)).isEmpty(), "staying starts nothing");
            autosave.flush();
            assertEquals(2, asked[0], "the window was asked each time");
            assertEquals(null, session.exam().value("nerve.slump"), "the exam shown is still the empty one");
            assertEquals(null, autosave.encounterIdProperty().get());
            assertEquals(List.of(a), store.list("", 10).stream().map(EncounterStore.Row::id).toList(), "no follow-up was stored");
            assertEquals("The exam shown stays open.", browser.messageProperty().get());
            autosave.shutdown();
        }
    }
}
