package org.exampath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;

/** Who a stored encounter is signed by, from its examiner and its audit (ADR 8). */
class AttributionTest {
    private static Encounters.AuditEntry row(String at, String who) {
        return new Encounters.AuditEntry(at, who, "nerve.slump", null, new FindingValue.Choice("positive"));
    }

    @Test
    void theExaminersOwnRowsNameNoOneElse() {
        List<Encounters.AuditEntry> audit = List.of(row("t1", "Dr Kemi Adeyemi"), row("t2", "Dr Kemi Adeyemi"));
        assertEquals("Dr Kemi Adeyemi", Attribution.signature("Dr Kemi Adeyemi", Attribution.others("Dr Kemi Adeyemi", audit)));
    }

    @Test
    void everyoneElseIsNamedOnceInTheOrderOfTheirFirstChange() {
        List<Encounters.AuditEntry> audit = List.of(row("t1", "Dr Kemi Adeyemi"), row("t2", "anna"), row("t3", "ben"),
                row("t4", "anna"), row("t5", ""));
        assertEquals("Dr Kemi Adeyemi; changes by anna, ben, " + Attribution.UNNAMED,
                Attribution.signature("Dr Kemi Adeyemi", Attribution.others("Dr Kemi Adeyemi", audit)));
    }

    @Test
    void withoutAnExaminerTheImportsRowsNameNoOneAndLaterChangesAreNamed() {
        List<Encounters.AuditEntry> imported = List.of(row("t1", "anna"), row("t1", "anna"));
        assertEquals("", Attribution.signature(null, Attribution.others(null, imported)), "anna only imported it");
        List<Encounters.AuditEntry> changed = List.of(row("t1", "anna"), row("t1", "anna"), row("t2", "anna"));
        assertEquals(Attribution.NO_EXAMINER + "; changes by anna", Attribution.signature(null, Attribution.others(null, changed)));
    }

    @Test
    void aSignatureThatFitsExamOnesTwoHundredCharactersIsWrittenWholeAndABlankOneNotAtAll() {
        assertEquals("a; changes by b", Attribution.inFile("a", List.of("b"), Attribution.NO_EXAMINER));
        assertEquals(Attribution.NO_EXAMINER + "; changes by b", Attribution.inFile(null, List.of("b"), Attribution.NO_EXAMINER));
        assertEquals(null, Attribution.inFile("", List.of(), Attribution.NO_EXAMINER));
    }

    @Test
    void aSignatureOverTwoHundredCharactersKeepsTheExaminerAndShortensTheColleaguesList() {
        List<String> colleagues = java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(i -> "Dr Colleague Number-" + i + "-Smith")
                .toList();
        String signed = Attribution.inFile("Dr Annabel Fitzgerald-Smith", colleagues, Attribution.NO_EXAMINER);
        int shown = (int) colleagues.stream().filter(signed::contains).count();
        assertEquals("Dr Annabel Fitzgerald-Smith; changes by " + String.join(", ", colleagues.subList(0, shown)) + " and "
                + (colleagues.size() - shown) + " others (see the audit)", signed);
        assertTrue(signed.length() <= 200 && shown > 0, signed);
        String oneMore = "Dr Annabel Fitzgerald-Smith; changes by " + String.join(", ", colleagues.subList(0, shown + 1));
        assertTrue(oneMore.length() + " and 1 other (see the audit)".length() > 200, "as many names as fit: " + signed);
    }

    @Test
    void onlyAnExaminersNameTooLongToStandBesideItsChangesIsCutAndTheChangesAreStillSaid() {
        String examiner = "x".repeat(190);
        String signed = Attribution.inFile(examiner, List.of("anna", "ben"), Attribution.NO_EXAMINER);
        assertEquals(200, signed.length(), signed);
        assertTrue(signed.endsWith("…; changes by 2 others (see the audit)") && signed.startsWith("xxxx"), signed);
    }

    private static Encounters.AuditEntry move(String at, String who, String from, String to) {
        return new Encounters.AuditEntry(at, who, "encounter.patient", new FindingValue.Choice(from), new FindingValue.Choice(to));
    }

    private static String line(String who, String at) {
        return "Moved here from another patient's record by " + who + " at " + org.exampath.text.Describe.minute(at);
    }

    @Test
    void theMoveToThisPatientIsOneLineSayingByWhomAndWhenWithoutTheOtherPatientsLabel() {
        List<Encounters.AuditEntry> audit = List.of(row("2026-11-28T09:00:00Z", "anna"), move("2026-11-28T09:05:00Z", "", "P-1", "José"));
        assertEquals(List.of(line(Attribution.UNNAMED, "2026-11-28T09:05:00Z")), Attribution.moves("José", audit));
        assertTrue(Attribution.moves("José", audit).stream().noneMatch(line -> line.contains("P-1")),
                "the other patient's label stays in the audit, out of this patient's note");
        assertEquals(List.of(), Attribution.moves("P-1", audit), "the move away from P-1 is no move to P-1");
        String placeholder = org.exampath.domain.PatientLabel.placeholder(17);
        assertEquals(List.of(), Attribution.moves("P-9", List.of(move("2026-11-28T09:05:00Z", "ben", placeholder, "P-9"))),
                "naming an unlabelled exam is not a move");
        assertEquals(List.of(), Attribution.moves("P-1", List.of(row("t1", "anna"))), "no move, no line");
    }

    @Test
    void anExamMovedAwayAndBackReadsInItsPatientsNoteAsTheOneMoveBack() {
        List<Encounters.AuditEntry> audit = List.of(move("2026-11-28T09:05:00Z", "anna", "P-Ida", "P-Bea"),
                move("2026-11-28T09:10:00Z", "ben", "P-Bea", "P-Ida"));
        assertEquals(List.of(line("ben", "2026-11-28T09:10:00Z")), Attribution.moves("P-Ida", audit));
    }

    @Test
    void anExamMovedOnTwiceReadsInTheLastPatientsNoteAsTheMoveThatBroughtItThere() {
        List<Encounters.AuditEntry> audit = List.of(move("2026-11-28T09:05:00Z", "anna", "P-A", "P-B"),
                move("2026-11-28T09:10:00Z", "ben", "P-B", "P-C"));
        assertEquals(List.of(line("ben", "2026-11-28T09:10:00Z")), Attribution.moves("P-C", audit));
    }

    @Test
    void aMoveToThisPatientThatALaterMoveUndidIsNotListed() {
        List<Encounters.AuditEntry> audit = List.of(move("2026-11-28T09:05:00Z", "anna", "P-A", "P-C"),
                move("2026-11-28T09:10:00Z", "anna", "P-C", "P-B"), move("2026-11-28T09:15:00Z", "ben", "P-B", "P-C"));
        assertEquals(List.of(line("ben", "2026-11-28T09:15:00Z")), Attribution.moves("P-C", audit));
    }

    @Test
    void aMoveARestoreTookBackIsNoMoveInTheNoteOfThePatientItWentBackTo() {
        // a rolling-backup restore keeps the row written since the backup; the encounter is P-A's again
        List<Encounters.AuditEntry> audit = List.of(row("2026-11-28T09:00:00Z", "anna"), move("2026-11-28T09:05:00Z", "ben", "P-A", "P-B"));
        assertEquals(List.of(), Attribution.moves("P-A", audit));
    }

    @Test
    void aLabelIsMatchedAsTheStoresKeepItStrippedAndComposed() {
        List<Encounters.AuditEntry> audit = List.of(move("2026-11-28T09:05:00Z", "anna", "P-1", "Jos\u00e9"));
        assertEquals(List.of(line("anna", "2026-11-28T09:05:00Z")), Attribution.moves(" Jose\u0301 ", audit));
    }
}
