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
    void aSignatureOverExamOnesTwoHundredCharactersIsLeftOutOfTheFile() {
        assertEquals("a; changes by b", Attribution.inFile("a; changes by b"));
        assertEquals(null, Attribution.inFile("x".repeat(201)));
        assertEquals(null, Attribution.inFile(""));
    }

    @Test
    void eachMoveFromAnotherPatientIsOneLineSayingByWhomAndWhenWithoutTheOtherPatientsLabel() {
        List<Encounters.AuditEntry> audit = List.of(row("2026-11-28T09:00:00Z", "anna"),
                new Encounters.AuditEntry("2026-11-28T09:05:00Z", "ben", "encounter.patient", new FindingValue.Choice("P-1"),
                        new FindingValue.Choice("P-2")),
                new Encounters.AuditEntry("2026-11-28T10:00:00Z", "", "encounter.patient", new FindingValue.Choice("P-2"),
                        new FindingValue.Choice("José")));
        assertEquals(List.of("Moved here from another patient's record by ben at " + org.exampath.text.Describe.minute("2026-11-28T09:05:00Z"),
                "Moved here from another patient's record by " + Attribution.UNNAMED + " at "
                        + org.exampath.text.Describe.minute("2026-11-28T10:00:00Z")), Attribution.moves(audit));
        assertTrue(Attribution.moves(audit).stream().noneMatch(line -> line.contains("P-1") || line.contains("P-2")),
                "the other patient's label stays in the audit, out of this patient's note");
        String placeholder = org.exampath.domain.PatientLabel.placeholder(17);
        assertEquals(List.of(), Attribution.moves(List.of(new Encounters.AuditEntry("2026-11-28T09:05:00Z", "ben", "encounter.patient",
                new FindingValue.Choice(placeholder), new FindingValue.Choice("P-9")))), "naming an unlabelled exam is not a move");
        assertEquals(List.of(), Attribution.moves(List.of(row("t1", "anna"))), "no move, no line");
    }
}
