package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A colleague who changed only the plan of a stored encounter is named where its audit is shown: {@code export}
 * signs it "EXAMINER; changes by …" and the note of {@code report ID} names them, as for a changed finding (ADR 8).
 */
class EntryChangesAttributionTest {
    @TempDir
    Path dir;

    private Path db;
    private long id;

    @BeforeEach
    void importedThenItsPlanChangedByBen() {
        db = dir.resolve("exampath.db");
        try (Database opened = Database.open(db)) {
            EncounterStore store = new EncounterStore(opened, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Exam file = Exam.empty().with("nerve.slump", new FindingValue.Choice("negative"))
                    .withRecord(ExamRecord.NONE.withDate(LocalDate.parse("2026-11-20")).withClinician("Dr Kemi Adeyemi")
                            .withPlan("Exercise"));
            id = store.importAll(List.of(new Encounters.NewEncounter("P-9", file, null, null, "k")), "",
                    TestKnowledge.SHIPPED.version()).get(0).id();
            Exam stored = store.load(id).orElseThrow().exam();
            store.save(id, "P-9", stored.withRecord(stored.record().withPlan("Refer to the spinal team")), "ben");
        }
    }

    @Test
    void exportSignsTheEncounterWithTheExaminerAndWhoChangedThePlan() throws Exception {
        CommandRun run = CommandRun.of("export", Long.toString(id), "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        var encounter = new ObjectMapper().readTree(run.out()).path("encounter");
        assertEquals("Refer to the spinal team", encounter.path("plan").asText(null));
        assertEquals("Dr Kemi Adeyemi; changes by ben", encounter.path("clinician").asText(null),
                "the plan ben wrote is not Dr Adeyemi's");
    }

    @Test
    void theNoteNamesWhoChangedThePlan() throws Exception {
        Path note = dir.resolve("note.pdf");
        CommandRun run = CommandRun.of("report", Long.toString(id), "--out", note.toString(), "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(note.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Refer to the spinal team"), "sanity: " + text);
        assertTrue(text.contains("changes by ben"), "signed by Dr Adeyemi alone over ben's plan: " + text);
    }
}
