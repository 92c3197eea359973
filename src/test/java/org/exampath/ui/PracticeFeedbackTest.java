package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.persistence.Database;
import org.exampath.persistence.PracticeStore;
import org.exampath.practice.Answer;
import org.exampath.ui.practice.PracticeViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practice feedback never contradicts itself or the panel a clinician sees. */
class PracticeFeedbackTest {
    @TempDir
    Path dir;

    @Test
    void theEnginesViewOfTheCaseNeverCallsANotedItemARedFlag() {
        try (Database db = Database.open(dir.resolve("practice.db"))) {
            CaseLibraryReader.Library library = new CaseLibraryReader(TestKnowledge.SHIPPED).shipped();
            PracticeViewModel model = new PracticeViewModel(TestKnowledge.ENGINE, new PracticeStore(db, Clock.systemUTC()),
                    library.cases(), library.problems());
            model.chosenProperty().set(library.cases().stream().filter(c -> c.name().equals("gluteal-tendinopathy-classic"))
                    .findFirst().orElseThrow());
            model.start();
            TestKnowledge.SHIPPED.findingsOfStep("redflag").forEach(d -> model.ask(d.id()));
            model.ask("history.region.lateral_hip");
            model.commit(new Answer(List.of("gluteal_tendinopathy"), Map.of(), Set.of(), "if_no_progress", Set.of()));
            List<String> feedback = model.feedbackLines();
            assertTrue(feedback.stream().anyMatch(l -> l.startsWith("Red flags: no flags in this case; full screen asked")),
                    "the feedback tells the student there is no red flag to find: " + feedback);
            List<String> engine = model.engineLines();
            assertFalse(engine.stream().anyMatch(l -> l.startsWith("Red flag: Low-value item noted")),
                    "yet the engine's view of the same case lists a noted low-value item as a \"Red flag\": " + engine);
            assertTrue(engine.stream().anyMatch(l -> l.startsWith("Not a red flag: Low-value item noted")),
                    "the noted item is still shown, as what it is: " + engine);
        }
    }

    @Test
    void aCaseThatNamesNoAnswerSaysTheEngineLeadsAndNamesEveryHypothesisTiedAtTheTop() {
        try (Database db = Database.open(dir.resolve("practice-tie.db"))) {
            CaseLibraryReader.Library library = new CaseLibraryReader(TestKnowledge.SHIPPED).shipped();
            PracticeViewModel model = new PracticeViewModel(TestKnowledge.ENGINE, new PracticeStore(db, Clock.systemUTC()),
                    library.cases(), library.problems());
            model.chosenProperty().set(library.cases().stream().filter(c -> c.name().equals("cyclist-full-effort-buttock-pain"))
                    .findFirst().orElseThrow());
            model.start();
            model.commit(new Answer(List.of("lumbar_referred"), Map.of(), Set.of(), "if_no_progress", Set.of()));
            List<String> feedback = model.feedbackLines();
            // inside the sentence each label starts lower case, as the summary writes it
            String radicular = "lumbar radicular pain";
            String referred = "somatic referred pain from the lumbar spine";
            assertTrue(TestKnowledge.SHIPPED.hypothesis("lumbar_radicular").orElseThrow().label().equalsIgnoreCase(radicular));
            assertTrue(TestKnowledge.SHIPPED.hypothesis("lumbar_referred").orElseThrow().label().equalsIgnoreCase(referred));
            assertTrue(feedback.contains("Working diagnosis: right. The case names no answer; the engine ranks " + radicular + " and "
                    + referred + " level at the top, so either is accepted."), feedback.toString());
            assertFalse(feedback.stream().anyMatch(l -> l.contains("the case's answer is")),
                    "a case that names no answer is not given one: " + feedback);
        }
    }

    @Test
    void inAnEmergencyCaseThatNamesNoAnswerTheLeaderIsSaidToBeHeldBack() {
        try (Database db = Database.open(dir.resolve("practice-emergency.db"))) {
            CaseLibraryReader.Library library = new CaseLibraryReader(TestKnowledge.SHIPPED).shipped();
            PracticeViewModel model = new PracticeViewModel(TestKnowledge.ENGINE, new PracticeStore(db, Clock.systemUTC()),
                    library.cases(), library.problems());
            model.chosenProperty().set(library.cases().stream().filter(c -> c.name().equals("cauda-equina-emergency"))
                    .findFirst().orElseThrow());
            model.start();
            model.commit(new Answer(List.of("lumbar_radicular"), Map.of(), Set.of("cauda_equina"), "urgent", Set.of()));
            String line = model.feedbackLines().stream().filter(l -> l.startsWith("Working diagnosis")).findFirst().orElseThrow();
            assertTrue(line.startsWith("Working diagnosis: held back: emergency.") && line.endsWith("and you named it."), line);
            assertFalse(line.contains("lumbar radicular"), "the leader the panel holds back is not named: " + line);
        }
    }
}
