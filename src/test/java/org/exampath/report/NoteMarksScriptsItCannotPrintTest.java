package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * The note never prints text wrongly without saying so (review 28, finding 1). PDFBox lays glyphs out left to right
 * without shaping, so Arabic and Hebrew would read backwards (Arabic in unjoined letters) and Devanagari would lose
 * its conjuncts; the one font has no CJK. All of these are printed as a visible mark, the note says that the record
 * keeps the exact text, and a marked label or name is given by its code points, so two patients whose labels mark
 * alike ("王芳", "李娜") still have different notes. Greek, which the font shows, prints as entered.
 */
class NoteMarksScriptsItCannotPrintTest {
    private static final String WARNING = "cannot show faithfully";

    private static String noteText(Exam exam, String label, String clinician) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext(label, "2026-11-27", clinician, "v", List.of()), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static Exam exam() {
        return new Exam(new Patient(40, Sex.FEMALE), null, java.util.Map.of())
                .with("history.region.deep_mid_buttock", FindingValue.Flag.YES);
    }

    private static Exam withOwnWords(String assessment, String plan) {
        return exam().withRecord(exam().record().withAssessment(assessment).withPlan(plan));
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("(no line " + start + ")");
    }

    private static boolean hasScript(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == script);
    }

    @Test
    void anArabicPlanIsMarkedNeverPrintedBackwards() throws Exception {
        String text = noteText(withOwnWords(null, "مراجعة بعد أسبوعين"), "P-1", "");
        String plan = line(text, "Plan:");
        assertFalse(hasScript(text, Character.UnicodeScript.ARABIC), "no Arabic letter laid out left to right: " + plan);
        assertEquals("Plan: ������ ��� �������", plan, "each letter a mark, the words kept apart");
        assertTrue(text.contains(WARNING), "the note says the record keeps the exact text: " + text.lines().limit(5).toList());
    }

    @Test
    void hebrewAndDevanagariAreMarkedAndCjkInThePlanAloneStillWarns() throws Exception {
        String text = noteText(withOwnWords("שלום — राम शर्मा", "复诊两周"), "P-1", "Anna");
        assertFalse(hasScript(text, Character.UnicodeScript.HEBREW), line(text, "Assessment:"));
        assertFalse(hasScript(text, Character.UnicodeScript.DEVANAGARI), line(text, "Assessment:"));
        assertTrue(line(text, "Plan:").contains("����"), line(text, "Plan:"));
        // the label and the clinician print as typed, yet the note warns for what its own words lost
        assertTrue(text.contains(WARNING), text.lines().limit(5).toList().toString());
    }

    @Test
    void twoChineseLabelsThatMarkAlikeAreToldApartByTheirCodePoints() throws Exception {
        String wang = noteText(exam(), "王芳", "李娜");
        String li = noteText(exam(), "李娜", "王芳");
        assertTrue(wang.contains("Printed as � in the patient label: U+738B U+82B3."), wang.lines().limit(6).toList().toString());
        assertTrue(wang.contains("Printed as � in the clinician's name: U+674E U+5A1C."), wang.lines().limit(6).toList().toString());
        assertNotEquals(wang.lines().limit(6).toList(), li.lines().limit(6).toList(), "the two notes' headers differ");
        assertTrue(wang.contains(WARNING));
    }

    @Test
    void anArabicLabelIsGivenByItsCodePointsInReadingOrder() throws Exception {
        String text = noteText(exam(), "مريم", "");
        assertTrue(text.contains("in the patient label: U+0645 U+0631 U+064A U+0645."), text.lines().limit(6).toList().toString());
        assertFalse(hasScript(text, Character.UnicodeScript.ARABIC), text.lines().limit(6).toList().toString());
    }

    @Test
    void greekPrintsAsEnteredWithNoWarning() throws Exception {
        String text = noteText(withOwnWords("Σύνδρομο βαθέος γλουτού", "Επανεξέταση σε δύο εβδομάδες"), "Μαρία Π.", "Ελένη");
        assertTrue(text.contains("Patient Μαρία Π., 40 y"), line(text, "Patient"));
        assertTrue(text.contains("Plan: Επανεξέταση σε δύο εβδομάδες"), line(text, "Plan:"));
        assertTrue(text.contains("Clinician Ελένη"), line(text, "Date"));
        assertFalse(text.contains(WARNING) || text.contains("�"), text.lines().limit(5).toList().toString());
    }
}
