package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review of record keeping, finding 5 (REVIEW-records.md): the note signs in the examiner's name a red-flag action
 * someone else recorded. Fails on the code as reviewed.
 */
class ReportActionAttributionReviewRecordsTest {
    @TempDir
    Path dir;

    @Test
    void aRedFlagActionAnotherClinicianRecordedIsNotSignedInTheExaminersName() throws Exception {
        Path db = dir.resolve("exampath.db");
        long id;
        try (Database opened = Database.open(db)) {
            EncounterStore store = new EncounterStore(opened, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Exam file = Exam.empty().with("redflag.saddle_anaesthesia", FindingValue.Flag.YES)
                    .withRecord(ExamRecord.NONE.withDate(LocalDate.parse("2026-11-20")).withClinician("Dr Kemi Adeyemi"));
            id = store.importAll(List.of(new Encounters.NewEncounter("P-9", file, null, null, "k")), "", TestKnowledge.SHIPPED.version())
                    .get(0).id();
            // the colleague on duty, not the examiner, recorded what was done about the flag
            store.acknowledge(id, "cauda_equina", "Sent to ED by ambulance", "Ben Okafor").join();
        }
        Path note = dir.resolve("note.pdf");
        CommandRun run = CommandRun.of("report", Long.toString(id), "--out", note.toString(), "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(note.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Sent to ED by ambulance"), "sanity: the action is in the note: " + text);
        assertTrue(text.contains("Clinician Dr Kemi Adeyemi"), "sanity: signed by the examiner the file records: " + text);
        assertTrue(text.contains("Ben Okafor"), "the note, signed by Dr Adeyemi alone, lists an action Ben Okafor recorded "
                + "without naming him, so it reads as hers: " + text);
    }
}
