package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.text.Describe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report ID} of a follow-up judges it against the visit before, as the window does: the note names the
 * progressive deficit derived from a weakness grown since then, says why it stands, and advises imaging as the
 * flag calls for, not as the exam alone would.
 */
class FollowUpReportTest {
    @TempDir
    Path dir;

    @Test
    void theNoteOfAFollowUpNamesTheProgressiveDeficitDerivedFromTheLastVisit() throws Exception {
        Path db = dir.resolve("exampath.db");
        long second;
        String imaging;
        try (Database opened = Database.open(db)) {
            EncounterStore store = new EncounterStore(opened, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Exam visit1 = Exam.empty().with("strength.hip_abduction", new FindingValue.Strength(5, "none"));
            long first = store.create("P-7", "anna", visit1, TestKnowledge.SHIPPED.version(), null);
            store.save(first, "P-7", visit1, "anna");
            Exam visit2 = Exam.empty().with("strength.hip_abduction", new FindingValue.Strength(3, "none"));
            second = store.create("P-7", "anna", Exam.empty(), TestKnowledge.SHIPPED.version(), first);
            store.save(second, "P-7", visit2, "anna");
            assertTrue(TestKnowledge.ENGINE.assess(visit2, visit1).redFlags().stream()
                    .anyMatch(f -> f.id().equals("progressive_neuro_deficit")), "sanity: the window raises it for this follow-up");
            imaging = Describe.imaging(TestKnowledge.ENGINE.assess(visit2, visit1).imaging().recommendation());
            assertNotEquals(Describe.imaging(TestKnowledge.ENGINE.assess(visit2).imaging().recommendation()), imaging,
                    "sanity: the derived flag changes the imaging advice");
        }
        Path note = dir.resolve("note.pdf");
        CommandRun run = CommandRun.of("report", Long.toString(second), "--out", note.toString(), "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(note.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Progressive or severe neurological deficit"),
                "the follow-up's note says nothing of the deficit that grew since the last visit: " + text);
        assertTrue(text.contains("Derived (not entered): new or worse since the last visit: Hip abduction"),
                "the note gives the derived flag without its reason: " + text);
        assertTrue(text.contains(imaging), "the note's imaging advice ignores the derived flag: " + text);
    }

    /**
     * {@code report ID} of a follow-up marks what the window marks: a finding carried over from the last visit and not
     * examined again (the store's audit has no entry for it at the follow-up) is named with that visit and its clinician.
     */
    @Test
    void theNoteOfAFollowUpMarksFindingsCarriedOverAsTheWindowDoes() throws Exception {
        Path db = dir.resolve("exampath.db");
        long second;
        String date;
        try (Database opened = Database.open(db)) {
            EncounterStore store = new EncounterStore(opened, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Exam visit1 = Exam.empty().with("nerve.slump", new FindingValue.Choice("positive"))
                    .with("palpation.piriformis", new FindingValue.Choice("familiar"));
            long first = store.create("P-8", "Dr Kemi Adeyemi", Exam.empty(), TestKnowledge.SHIPPED.version(), null);
            store.save(first, "P-8", visit1, "Dr Kemi Adeyemi");
            date = store.load(first).orElseThrow().date();
            // the follow-up is made with what it carries over, then Anna re-examines the slump only
            second = store.create("P-8", "Anna Physio", visit1, TestKnowledge.SHIPPED.version(), first);
            store.save(second, "P-8", visit1.with("nerve.slump", new FindingValue.Choice("negative")), "Anna Physio");
        }
        Path note = dir.resolve("carried.pdf");
        CommandRun run = CommandRun.of("report", Long.toString(second), "--out", note.toString(), "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(note.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("• Piriformis: familiar pain (carried over from the visit of " + date
                + ", by Dr Kemi Adeyemi; not re-examined)"), "the carried finding is marked: " + text);
        assertTrue(text.contains("Clinician Anna Physio"), "sanity: the follow-up is Anna's: " + text);
        String findings = text.substring(text.indexOf("Findings recorded"));
        assertTrue(findings.contains("Nerve-bias tests • 1 test done, negative or normal; 10 not tested. Listed by name"),
                "the slump, examined today, is counted as today's, not as carried: " + findings);
    }

    /**
     * Across two follow-ups a carried finding names the visit and clinician that recorded it, not the last visit's
     * clinician who only carried it over: Kemi's piriformis finding of 1 October, carried through Anna's follow-up of
     * 12 November (where only the slump was examined), is Kemi's in Ben's note of 3 December; the slump is Anna's.
     */
    @Test
    void aFindingCarriedThroughTwoFollowUpsNamesWhoRecordedIt() throws Exception {
        Path db = dir.resolve("exampath.db");
        long third;
        try (Database opened = Database.open(db)) {
            Exam kemi = Exam.empty().with("nerve.slump", new FindingValue.Choice("positive"))
                    .with("palpation.piriformis", new FindingValue.Choice("familiar"));
            EncounterStore oct = new EncounterStore(opened, clock("2026-10-01"), TestKnowledge.SUMMARISER);
            long first = oct.create("P-9", "Dr Kemi Adeyemi", Exam.empty(), TestKnowledge.SHIPPED.version(), null);
            oct.save(first, "P-9", kemi, "Dr Kemi Adeyemi");
            EncounterStore nov = new EncounterStore(opened, clock("2026-11-12"), TestKnowledge.SUMMARISER);
            long second = nov.create("P-9", "Anna Physio", kemi, TestKnowledge.SHIPPED.version(), first);
            Exam anna = kemi.with("nerve.slump", new FindingValue.Choice("negative"));
            nov.save(second, "P-9", anna, "Anna Physio");
            EncounterStore dec = new EncounterStore(opened, clock("2026-12-03"), TestKnowledge.SUMMARISER);
            third = dec.create("P-9", "Ben Physio", anna, TestKnowledge.SHIPPED.version(), second);
            dec.save(third, "P-9", anna.with("nerve.slr", new FindingValue.Choice("positive")), "Ben Physio");
        }
        Path note = dir.resolve("third.pdf");
        CommandRun run = CommandRun.of("report", Long.toString(third), "--out", note.toString(), "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(note.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("• Piriformis: familiar pain (carried over from the visit of 2026-10-01, by Dr Kemi Adeyemi;"
                + " not re-examined)"), "Kemi's finding, carried through Anna's visit, is Kemi's: " + text);
        assertTrue(text.contains("Nerve-bias tests • Slump: negative (carried over from the visit of 2026-11-12, by Anna Physio;"
                + " not re-examined) • Straight-leg raise: positive Listed by name"),
                "the slump is Anna's, carried; the straight-leg raise is Ben's, today's: " + text);
    }

    /**
     * {@code report ID} of a follow-up of an import whose file recorded no visit date: the carried findings are marked
     * as from a visit whose date was not recorded, with the import day as the import's, never as the visit's (review
     * 32, finding 4).
     */
    @Test
    void theNoteOfAFollowUpOfAnUndatedImportNeverDatesTheVisitByTheImport() throws Exception {
        Path db = dir.resolve("exampath.db");
        long followUp;
        try (Database opened = Database.open(db)) {
            Exam kemi = Exam.empty().with("palpation.piriformis", new FindingValue.Choice("familiar"));
            EncounterStore nov = new EncounterStore(opened, clock("2026-11-29"), TestKnowledge.SUMMARISER);
            long imported = nov.importAll(java.util.List.of(new org.exampath.store.Encounters.NewEncounter("P-80",
                    kemi.withRecord(new org.exampath.domain.ExamRecord("P-80", null, "Dr Kemi", null, null)), null, null,
                    "key-P-80", null)), "anna", TestKnowledge.SHIPPED.version()).get(0).id();
            followUp = nov.create("P-80", "Anna Physio", kemi, TestKnowledge.SHIPPED.version(), imported);
            nov.save(followUp, "P-80", kemi.with("nerve.slr", new FindingValue.Choice("positive")), "Anna Physio");
        }
        Path note = dir.resolve("undated.pdf");
        CommandRun run = CommandRun.of("report", Long.toString(followUp), "--out", note.toString(), "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(note.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("• Piriformis: familiar pain (carried over from an earlier visit (date not recorded, imported"
                + " 2026-11-29), by Dr Kemi; not re-examined)"), "the carried finding is not dated by the import: " + text);
        assertTrue(!text.contains("visit of 2026-11-29"), "the import day is never the visit's date: " + text);
    }

    private static java.time.Clock clock(String day) {
        return java.time.Clock.fixed(java.time.Instant.parse(day + "T09:00:00Z"), java.time.ZoneOffset.UTC);
    }
}
