package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.exchange.ExamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exam file imported into the store and exported again (file → store → file) must come back with
 * the same exam/1 content: nothing lost, nothing added that nobody entered. Real SQLite file, in process.
 */
class ImportExportRoundTripTest {
    @TempDir
    Path dir;

    private final ExamReader reader = new ExamReader(TestKnowledge.SHIPPED);

    private Path file(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private Exam exported(Path db, String id) throws Exception {
        CommandRun export = CommandRun.of("export", id, "--db", db.toString());
        assertEquals(0, export.code(), export.err());
        return reader.read(export.out().getBytes(StandardCharsets.UTF_8));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void importThenExportKeepsTheExaminingClinicianTheFileRecords() throws Exception {
        Path db = dir.resolve("store.db");
        Path exam = file("visit.json", """
                {"format":"exam/1","patient":{"label":"P-0142","age":40,"sex":"male"},"side":"left",
                 "encounter":{"date":"2026-11-20","clinician":"Dr Kemi Adeyemi","assessment":"Likely DGS","plan":"Review in 2 weeks"},
                 "findings":{"nerve.slump":"positive"}}""");
        Exam original = reader.read(Files.readAllBytes(exam));
        CommandRun imported = CommandRun.of("import", exam.toString(), "--db", db.toString());
        assertEquals(0, imported.code(), imported.err());

        Exam back = exported(db, "1");

        assertEquals("Dr Kemi Adeyemi", back.record().clinician(),
                "encounter.clinician is part of exam/1 and must survive file -> store -> file");
        assertEquals(original, back, "the exported exam equals the imported one, record fields included");
    }

    @Test
    void theNoteOfAnImportedEncounterNamesTheClinicianTheFileRecords() throws Exception {
        Path db = dir.resolve("store.db");
        Path exam = file("visit.json", """
                {"format":"exam/1","patient":{"label":"P-0142"},
                 "encounter":{"date":"2026-11-20","clinician":"Dr Kemi Adeyemi"},
                 "findings":{"nerve.slump":"positive"}}""");
        assertEquals(0, CommandRun.of("import", exam.toString(), "--db", db.toString()).code());
        Path fromFile = dir.resolve("from-file.pdf");
        Path fromStore = dir.resolve("from-store.pdf");
        assertEquals(0, CommandRun.of("report", exam.toString(), "--out", fromFile.toString(), "--db", db.toString()).code());
        assertEquals(0, CommandRun.of("report", "1", "--out", fromStore.toString(), "--db", db.toString()).code());

        assertTrue(pdfText(fromFile).contains("Clinician Dr Kemi Adeyemi"), "the file's note names who examined");
        assertTrue(pdfText(fromStore).contains("Clinician Dr Kemi Adeyemi"),
                "the same visit's note, made from the store after import, must still name who examined: " + pdfText(fromStore));
    }

    @Test
    void exportOfAnExamImportedWithoutAVisitDateDoesNotInventOne() throws Exception {
        Path db = dir.resolve("store.db");
        Path exam = file("undated.json", """
                {"format":"exam/1","patient":{"label":"P-7"},"findings":{"nerve.slr":"negative"}}""");
        assertEquals(0, CommandRun.of("import", exam.toString(), "--db", db.toString()).code());

        Exam back = exported(db, "1");

        assertNull(back.record().date(), "the file recorded no visit date; the day it was imported is not the visit's date");
    }

    @Test
    void exportOfAnExamThatRecordedNoSexDoesNotTakeOneFromAnotherVisit() throws Exception {
        Path db = dir.resolve("store.db");
        Path first = file("first.json", """
                {"format":"exam/1","patient":{"label":"Bo","sex":"male","age":40},"findings":{"nerve.slump":"positive"}}""");
        Path second = file("second.json", """
                {"format":"exam/1","patient":{"label":"Bo"},"encounter":{"date":"2026-11-21"},"findings":{"nerve.slr":"negative"}}""");
        assertEquals(0, CommandRun.of("import", first.toString(), second.toString(), "--db", db.toString()).code());

        Exam back = exported(db, "2");

        assertEquals(reader.read(Files.readAllBytes(second)).patient(), back.patient(),
                "the second file recorded no sex; its export must not gain one (it changes what evaluate prints)");
    }

    @Test
    void anExportedEncounterImportedAgainIntoItsStoreIsFoundNotDuplicated() throws Exception {
        Path db = dir.resolve("store.db");
        Path labelled = file("labelled.json", """
                {"format":"exam/1","patient":{"label":"Bo","age":40},"findings":{"nerve.slump":"positive"}}""");
        Path unlabelled = file("visit-7.json", """
                {"format":"exam/1","patient":{"sex":"male"},"findings":{"nerve.slr":"negative"}}""");
        assertEquals(0, CommandRun.of("import", labelled.toString(), unlabelled.toString(), "--db", db.toString()).code());
        Path first = Files.writeString(dir.resolve("first.json"), CommandRun.of("export", "1", "--db", db.toString()).out());
        Path second = Files.writeString(dir.resolve("second.json"), CommandRun.of("export", "2", "--db", db.toString()).out());

        CommandRun again = CommandRun.of("import", first.toString(), second.toString(), "--db", db.toString());

        assertEquals(0, again.code(), again.err());
        assertEquals("1\n2\n", again.out(), "each export names the encounter it came from");
        assertTrue(again.err().contains("already imported: 2 of 2"), again.err());
    }

    @Test
    void aLabelLessExamWhoseFileNameIsLongIsImportedTheLabelBeingOptional() throws Exception {
        Path db = dir.resolve("store.db");
        // a valid exam/1 file with no patient.label; its name (240 characters) is only a fallback for the label
        Path exam = file("a".repeat(240) + ".json", "{\"format\":\"exam/1\",\"findings\":{\"nerve.slr\":\"negative\"}}");

        CommandRun imported = CommandRun.of("import", exam.toString(), "--db", db.toString());

        assertEquals(0, imported.code(), "patient.label is never required, so a long file name cannot make a valid exam "
                + "unimportable: " + imported.err());
    }

    @Test
    void aLabelLessExamWhoseFileNameHasALineBreakIsImportedUnderTheNameOnOneLine() throws Exception {
        Path db = dir.resolve("store.db");
        Path exam = file("two\nlines.json", "{\"format\":\"exam/1\",\"findings\":{\"nerve.slr\":\"negative\"}}");

        CommandRun imported = CommandRun.of("import", exam.toString(), "--db", db.toString());

        assertEquals(0, imported.code(), imported.err());
        assertTrue(CommandRun.of("list", "--db", db.toString()).out().contains("\ttwo lines\t"), "listed under the name on one line");
    }

    @Test
    void aStoreRefusalDuringImportNamesTheFileItConcerns() throws Exception {
        Path db = dir.resolve("store.db");
        Path first = file("bo-first.json", "{\"format\":\"exam/1\",\"patient\":{\"label\":\"Bo\",\"sex\":\"male\"},\"findings\":{}}");
        Path other = file("cy.json", "{\"format\":\"exam/1\",\"patient\":{\"label\":\"Cy\"},\"findings\":{}}");
        Path clash = file("bo-clash.json", "{\"format\":\"exam/1\",\"patient\":{\"label\":\"Bo\",\"sex\":\"female\"},\"findings\":{}}");
        assertEquals(0, CommandRun.of("import", first.toString(), "--db", db.toString()).code());

        CommandRun imported = CommandRun.of("import", other.toString(), clash.toString(), "--db", db.toString());

        assertTrue(imported.refusedInOneLine(), imported.err());
        assertTrue(imported.err().contains("bo-clash.json"),
                "with several files on the line, the refusal says which one to fix: " + imported.err());
        assertTrue(imported.err().strip().endsWith("(nothing was imported)"), imported.err());
        assertEquals(1, CommandRun.of("list", "--db", db.toString()).out().split("\n").length, "Cy was not stored either");
    }

    /** An encounter made as the window makes one for an exam whose label was left empty. */
    private static void unlabelledEncounter(Path db, Exam exam) {
        org.exampath.persistence.Database database = org.exampath.persistence.Database.open(db);
        try {
            new org.exampath.persistence.EncounterStore(database, java.time.Clock.systemUTC())
                    .create("", "anna", exam, TestKnowledge.SHIPPED.version(), null);
        } finally {
            database.close();
        }
    }

    @Test
    void anUnlabelledEncounterIsExportedWithoutAPlaceholderLabelThatJoinsAnotherStoresPatient() throws Exception {
        Path clinicA = dir.resolve("a.db");
        Path clinicB = dir.resolve("b.db");
        unlabelledEncounter(clinicA, org.exampath.Exams.of().patient(30, org.exampath.domain.Sex.FEMALE)
                .is("nerve.slump", "positive").exam());
        // another person, also unlabelled, in another store
        unlabelledEncounter(clinicB, org.exampath.Exams.of().patient(31, org.exampath.domain.Sex.FEMALE)
                .is("palpation.greater_trochanter", "familiar").exam());
        CommandRun export = CommandRun.of("export", "1", "--db", clinicA.toString());
        assertEquals(0, export.code(), export.err());
        Path file = Files.writeString(dir.resolve("from-a.json"), export.out());

        String exportedLabel = reader.read(Files.readAllBytes(file)).record().label();
        assertEquals(0, CommandRun.of("import", file.toString(), "--db", clinicB.toString()).code());
        String[] rows = CommandRun.of("list", "--db", clinicB.toString()).out().split("\\n");
        assertEquals(2, rows.length);

        org.junit.jupiter.api.Assertions.assertAll(
                () -> assertNull(exportedLabel, "nobody entered a label; the store's placeholder must not be exported as the "
                        + "patient's label: " + export.out()),
                () -> assertTrue(!rows[0].split("\\t")[2].equals(rows[1].split("\\t")[2]),
                        "two different unlabelled people must not end up under one patient label: " + String.join(" | ", rows)));
    }
}
