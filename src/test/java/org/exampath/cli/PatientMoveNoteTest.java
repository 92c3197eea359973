package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.text.Describe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note of {@code report ID} says, in words, that its encounter was moved from another patient, by whom and when,
 * as the store's audit holds it; a note of an encounter never moved says nothing of the kind.
 */
class PatientMoveNoteTest {
    @TempDir
    Path dir;

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theNoteOfAMovedEncounterSaysFromWhomToWhomByWhomAndWhen() throws Exception {
        Path db = dir.resolve("exampath.db");
        long moved;
        long kept;
        try (Database opened = Database.open(db)) {
            EncounterStore store = new EncounterStore(opened, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Exam visit = Exams.of().is("nerve.slump", "positive").exam();
            moved = store.create("P-1", "anna", visit, "k", null);
            kept = store.create("P-3", "anna", visit, "k", null);
            store.save(moved, "P-2", store.load(moved).orElseThrow().exam(), "ben");
        }
        Path note = dir.resolve("moved.pdf");
        CommandRun run = CommandRun.of("report", Long.toString(moved), "--out", note.toString(), "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        String text = text(note);
        assertTrue(text.contains("Moved here from another patient's record by ben at "
                + Describe.minute(DatabaseTestAccess.CLOCK.instant().toString())), text);
        Path other = dir.resolve("kept.pdf");
        run = CommandRun.of("report", Long.toString(kept), "--out", other.toString(), "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        assertFalse(text(other).contains("Moved here"), "never moved: no such line");
    }
}
