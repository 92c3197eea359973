package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
import org.exampath.exchange.ExamReader;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * file → clinic store → file on a real PostgreSQL server (clinic migration 008), the commands run as their own
 * process with the importing clinician's libpq environment: the export is the exam the file holds (the clinician
 * it names, no import day as its date, the sex it records), evaluate gives the same for both, the export imported
 * again finds its encounter, the note names the file's clinician, and nothing names the importer as who examined.
 */
class ClinicImportExportRoundTripTest {
    @TempDir
    Path dir;

    private final ExamReader reader = new ExamReader(TestKnowledge.SHIPPED);

    private Path file(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String evaluate(Path exam) {
        CommandRun run = CommandRun.of("evaluate", exam.toString());
        assertEquals(0, run.code(), run.err());
        return run.out();
    }

    @Test
    void anImportedExamComesBackAsTheFileHoldsItAndNamesNoImporter() throws Exception {
        // the same patient twice: the first visit records the sex, the second (undated, naming nobody) records none
        Path signed = file("signed.json", """
                {"format":"exam/1","patient":{"label":"P-0142","age":40,"sex":"male"},"side":"left",
                 "encounter":{"date":"2026-11-20","clinician":"Dr Kemi Adeyemi","assessment":"Likely DGS","plan":"Review in 2 weeks"},
                 "findings":{"nerve.slump":"positive","history.aggravator.sitting":true}}""");
        Path plain = file("plain.json", """
                {"format":"exam/1","patient":{"label":"P-0142","age":40},"findings":{"nerve.slr":"negative","nerve.slump":"positive"}}""");
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String importer = server.newLogin("importer");
            new ClinicMembers(server.asAdmin()).add(importer, ClinicMembers.Kind.CLINICIAN, "Clinic " + importer);
            String db = " --db '" + server.address() + "'";

            CommandRun imported = ChildJvm.shell(dir, server.env(importer), "$JAVA import signed.json plain.json" + db);
            assertEquals(0, imported.code(), imported.err());
            List<String> ids = imported.out().lines().toList();
            assertEquals(2, ids.size(), imported.out());
            CommandRun back = ChildJvm.shell(dir, server.env(importer), "$JAVA export " + ids.get(0) + db + " > signed-out.json && "
                    + "$JAVA export " + ids.get(1) + db + " > plain-out.json && "
                    + "$JAVA report " + ids.get(0) + " --out signed.pdf" + db + " && $JAVA report " + ids.get(1) + " --out plain.pdf" + db
                    + " && $JAVA import signed-out.json plain-out.json" + db);
            assertEquals(0, back.code(), back.err());

            Exam signedBack = reader.read(Files.readAllBytes(dir.resolve("signed-out.json")));
            Exam plainBack = reader.read(Files.readAllBytes(dir.resolve("plain-out.json")));
            assertEquals(reader.read(Files.readAllBytes(signed)), signedBack, "the clinician, date, sex and words the file records");
            assertEquals("Dr Kemi Adeyemi", signedBack.record().clinician());
            assertEquals(reader.read(Files.readAllBytes(plain)), plainBack, "nothing added that the file did not record");
            assertNull(plainBack.record().date(), "the day it was imported is not the visit's date");
            assertNull(plainBack.patient().sex(), "the patient's sex from the other visit is not this visit's");
            assertNull(plainBack.record().clinician(), "a file naming nobody stays naming nobody, never the importer");
            assertEquals(evaluate(signed), evaluate(dir.resolve("signed-out.json")));
            assertEquals(evaluate(plain), evaluate(dir.resolve("plain-out.json")));

            assertEquals(imported.out(), back.out(),
                    "each export imported again names the encounter it came from");
            assertTrue(back.err().contains("already imported: 2 of 2"), back.err());
            String signedNote = pdfText(dir.resolve("signed.pdf"));
            assertTrue(signedNote.contains("Clinician Dr Kemi Adeyemi"), signedNote);
            assertFalse(signedNote.contains(importer), signedNote);
            String plainNote = pdfText(dir.resolve("plain.pdf"));
            assertFalse(plainNote.contains("Clinician"), "the note names nobody: " + plainNote);
            assertFalse(plainNote.contains(importer), plainNote);

            try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(importer), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                for (String id : ids) {
                    List<Encounters.AuditEntry> audit = store.audit(Long.parseLong(id));
                    assertTrue(audit.stream().noneMatch(a -> a.clinician().equals(importer)),
                            "the importer is never named as having entered the file's findings: " + audit);
                }
            }
        }
    }
}
