package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.Step;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View models without the toolkit: JavaFX properties work without it. */
class ExamViewModelTest {
    @TempDir
    Path dir;

    private final ExamSession session = new ExamSession(TestKnowledge.ENGINE);
    private final ExamViewModel model = new ExamViewModel(session);

    @Test
    void everyEditReassesses() {
        assertTrue(session.assessment().redFlags().isEmpty());
        session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
        assertEquals("cauda_equina", session.assessment().redFlags().get(0).id());
        session.set("redflag.saddle_anaesthesia", null);
        assertTrue(session.assessment().redFlags().isEmpty());
    }

    @Test
    void saveThenOpenGivesTheSameExam() throws Exception {
        session.set("nerve.slump", new FindingValue.Choice("positive"));
        session.set("strength.hip_abduction", new FindingValue.Strength(4, "familiar"));
        Exam saved = session.exam();
        Path file = dir.resolve("exam.json");
        assertTrue(model.saveAs(file));
        model.newExam();
        assertEquals(Exam.empty(), session.exam());
        assertTrue(model.open(file));
        assertEquals(saved, session.exam());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void saveAsKeepsThePatientLabelTypedInTheHeader() throws Exception {
        session.patientLabelProperty().set("P-0142");
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        Path file = dir.resolve("p.json");
        assertTrue(model.saveAs(file));
        assertTrue(Files.readString(file).contains("\"P-0142\""), Files.readString(file));
        model.newExam();
        assertTrue(model.open(file));
        assertEquals("P-0142", session.patientLabelProperty().get(), "opened again, the exam has its label");
    }

    @Test
    void aBadFileKeepsTheCurrentExamAndSaysWhy() throws Exception {
        session.set("nerve.slr", new FindingValue.Choice("negative"));
        Exam before = session.exam();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"exam/1\",\"side\":\"up\"}");
        assertFalse(model.open(bad));
        assertEquals(before, session.exam());
        assertEquals("Could not open bad.json: side: expected one of left, right, bilateral, found \"up\". "
                + "The current exam is unchanged.", model.errorProperty().get());
    }

    @Test
    void revealShowsTheStepOfTheFinding() {
        List<String> asked = new ArrayList<>();
        model.revealRequestProperty().addListener((obs, old, id) -> {
            if (id != null) {
                asked.add(id);
            }
        });
        model.reveal("nerve.fair");
        assertEquals(Step.NERVE, model.stepProperty().get());
        model.reveal("neuro.reflex.ankle");
        assertEquals(Step.STRENGTH, model.stepProperty().get());
        model.reveal("redflag.fever_or_unwell");
        assertEquals(Step.HISTORY, model.stepProperty().get());
        assertEquals(List.of("nerve.fair", "neuro.reflex.ankle", "redflag.fever_or_unwell"), asked);
    }

    @Test
    void stepsMoveForwardAndBackWithinBounds() {
        model.previous();
        assertEquals(Step.HISTORY, model.stepProperty().get());
        for (int i = 0; i < 10; i++) {
            model.next();
        }
        assertEquals(Step.SUMMARY, model.stepProperty().get());
    }

    @Test
    void theNoteIsSignedOnlyWithWhatWasEnteredInSettings() {
        ExamViewModel model = new ExamViewModel(new ExamSession(TestKnowledge.ENGINE));
        assertEquals("", model.noteContext().clinician(), "never the computer's login");
        List<String> kept = new ArrayList<>();
        model.setSettingsKeeper("on this computer", (name, clinic) -> {
            kept.add(name + "|" + clinic);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        });
        assertTrue(model.saveSettings("  A. Example ", "Hip Clinic"));
        assertEquals(List.of("A. Example|Hip Clinic"), kept);
        assertEquals("A. Example, Hip Clinic", model.noteContext().clinician());
        assertFalse(model.saveSettings("x".repeat(201), ""));
        assertEquals("Settings not saved: the clinician's name is longer than 200 characters.", model.errorProperty().get());
        assertEquals("A. Example, Hip Clinic", model.noteContext().clinician(), "a refused change leaves the settings as they were");
        model.setSettingsKeeper("in the database", (name, clinic) -> java.util.concurrent.CompletableFuture.failedFuture(
                new org.exampath.store.StoreException("the disk is full")));
        model.saveSettings("B", "C");
        assertEquals("Settings not kept in the database: the disk is full", model.errorProperty().get(), "a failed save is reported, not hidden");
    }

    @Test
    void theClinicianNotesRideInTheExamRecordWithoutANewAssessment() {
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        session.set("nerve.slr", new FindingValue.Choice("positive"));
        var before = session.assessment();
        session.setNotes("Likely radicular.", "Review in 2 weeks.");
        assertEquals("Likely radicular.", session.exam().record().assessment());
        assertEquals("Review in 2 weeks.", session.exam().record().plan());
        assertTrue(before == session.assessment(), "the engine never reads the notes");
        String file = new String(new org.exampath.exchange.ExamWriter().write(session.exam()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(file.contains("\"assessment\"") && file.contains("Review in 2 weeks."), file);
        session.setNotes(" ", "");
        assertEquals(null, session.exam().record().assessment(), "blank is no assessment");
    }

    @Test
    void thePanelSaysTheDriverIsNotClearFromAgeAndSexAlone() {
        HypothesisPanelViewModel panel = new HypothesisPanelViewModel(session, id -> { });
        session.setPatient(new org.exampath.domain.Patient(70, org.exampath.domain.Sex.FEMALE));
        assertEquals("Pain driver: not yet clear (nothing beyond age and sex points to one)", panel.driverProperty().get());
        assertEquals("Driver: not yet clear", panel.strip().driverProperty().get());
        assertTrue(panel.managementProperty().get().startsWith("The pain driver is not yet clear"), panel.managementProperty().get());
        session.set("history.region.lateral_hip", FindingValue.Flag.YES);
        assertTrue(panel.driverProperty().get().startsWith("Pain driver: Load ("), panel.driverProperty().get());
    }

    @Test
    void anEarlierVisitSavedAsAFileKeepsItsVisitDate() throws Exception {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Exam visit = Exams.of().is("nerve.slump", "positive").exam();
            long id = store.create("P-4", "anna", visit, "v", null);
            store.save(id, "P-4", visit, "anna");
            String date = store.load(id).orElseThrow().date();
            onStore(store, window -> {
                window.autosave().load(id).join();
                assertEquals(date, window.model().noteContext().date(), "sanity: the window's note of the visit carries its date");
                Path file = dir.resolve("p4.json");
                assertTrue(window.model().saveAs(file));
                JsonNode saved = new ObjectMapper().readTree(file.toFile());
                // as export ID writes it: report FILE and import then date the visit as it was, not today
                assertEquals(date, saved.path("encounter").path("date").asText(null), "the file has lost the visit's date: " + saved);
            });
        }
    }

    @Test
    void theCopiedSummaryOfAFollowUpSaysWhatGrewWorseSinceTheLastVisit() throws Exception {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            onStore(new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), window -> {
                window.session().patientLabelProperty().set("P-7");
                window.session().set("strength.hip_abduction", new FindingValue.Strength(5, "none"));
                window.autosave().flush();
                window.autosave().followUp(window.autosave().encounterIdProperty().get()).join();
                window.session().set("strength.hip_abduction", new FindingValue.Strength(3, "none"));
                window.autosave().flush();
                String text = window.model().summaryText();
                String a = text.lines().filter(l -> l.startsWith("A: ")).findFirst().orElseThrow();
                int at = a.indexOf("neurological deficit");
                assertTrue(at >= 0, "sanity: the derived flag is in the summary: " + text);
                // nothing entered today raised it: the reason is the weakness grown since the last visit, then and now
                String flag = a.substring(at, a.indexOf('.', at) + 1).toLowerCase(Locale.ROOT);
                assertTrue(flag.contains("new or worse since the last visit: hip abduction mrc 3/5")
                        && flag.contains("mrc 5/5 without pain at the last visit"), "the flag is given without its reason: " + text);
            });
        }
    }

    /** A window's model that saves into a store, its status lines set on the calling thread. */
    private record Window(ExamSession session, Autosave autosave, ExamViewModel model) {
    }

    private interface WindowCheck {
        void run(Window window) throws Exception;
    }

    private static void onStore(EncounterStore store, WindowCheck check) throws Exception {
        ExamSession shown = new ExamSession(TestKnowledge.ENGINE);
        Autosave autosave = new Autosave(shown, store, "anna", DatabaseTestAccess.CLOCK);
        autosave.runStatusUpdatesWith(Runnable::run);
        try {
            check.run(new Window(shown, autosave, new ExamViewModel(shown, autosave)));
        } finally {
            autosave.shutdown();
        }
    }
}
