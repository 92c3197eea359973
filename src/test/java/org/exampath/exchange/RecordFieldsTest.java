package org.exampath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.reasoning.Engine;
import org.junit.jupiter.api.Test;

/** exam/1's optional record fields: read, written back unchanged, refused when malformed, ignored by evaluate. */
class RecordFieldsTest {
    private final ExamReader reader = new ExamReader(TestKnowledge.SHIPPED);

    private Exam read(String json) throws ExamFormatException {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private String refusal(String json) {
        return assertThrows(ExamFormatException.class, () -> read(json)).getMessage();
    }

    private static final String FULL = """
            {"format":"exam/1","patient":{"age":41,"sex":"male","label":"王 小明 – room 3"},
             "encounter":{"date":"2026-11-27","clinician":"A. Physio","assessment":"Likely tendon.\\nLoad it.","plan":""},
             "findings":{"history.aggravator.sitting":true}}""";

    @Test
    void readsEveryRecordField() throws Exception {
        Exam exam = read(FULL);
        assertEquals(new ExamRecord("王 小明 – room 3", LocalDate.of(2026, 11, 27), "A. Physio", "Likely tendon.\nLoad it.", ""),
                exam.record());
    }

    @Test
    void writerKeepsTheRecordFieldsThroughARoundTrip() throws Exception {
        Exam exam = read(FULL);
        assertEquals(exam, read(new String(new ExamWriter().write(exam), StandardCharsets.UTF_8)));
    }

    @Test
    void anExamWithoutRecordFieldsWritesNoneOfThem() throws Exception {
        String written = new String(new ExamWriter().write(read("{\"format\":\"exam/1\",\"findings\":{}}")), StandardCharsets.UTF_8);
        assertEquals(-1, written.indexOf("encounter"));
        assertEquals(-1, written.indexOf("label"));
    }

    @Test
    void recordFieldsNeverChangeTheAssessment() throws Exception {
        Exam exam = read(FULL);
        Engine engine = new Engine(TestKnowledge.SHIPPED);
        AssessmentWriter writer = new AssessmentWriter();
        assertEquals(new String(writer.write(engine.assess(exam.withRecord(ExamRecord.NONE))), StandardCharsets.UTF_8),
                new String(writer.write(engine.assess(exam)), StandardCharsets.UTF_8));
    }

    @Test
    void labelsAreOneToTwoHundredCharactersCountedAsCharactersNotUnits() throws Exception {
        String emoji = "😀".repeat(200);
        assertEquals(emoji, read("{\"format\":\"exam/1\",\"patient\":{\"label\":\"" + emoji + "\"}}").record().label());
        assertEquals("patient.label: expected 1..200 characters, found 201",
                refusal("{\"format\":\"exam/1\",\"patient\":{\"label\":\"" + "a".repeat(201) + "\"}}"));
        assertEquals("patient.label: expected 1..200 characters, found 0",
                refusal("{\"format\":\"exam/1\",\"patient\":{\"label\":\"\"}}"));
    }

    @Test
    void aLabelWithAControlCharacterIsRefused() {
        assertEquals("patient.label: control characters (such as a line break or tab) are not allowed",
                refusal("{\"format\":\"exam/1\",\"patient\":{\"label\":\"A\\u001b[2J\"}}"));
    }

    @Test
    void malformedEncounterFieldsAreRefusedByName() {
        assertEquals("encounter.date: expected a date written YYYY-MM-DD (ISO-8601) such as 2026-11-27, found \"27/11/2026\"",
                refusal("{\"format\":\"exam/1\",\"encounter\":{\"date\":\"27/11/2026\"}}"));
        assertEquals("encounter: unknown key \"room\"; expected date, clinician, assessment, plan",
                refusal("{\"format\":\"exam/1\",\"encounter\":{\"room\":\"3\"}}"));
        assertEquals("encounter.clinician: expected a string of 1..200 characters, found 7",
                refusal("{\"format\":\"exam/1\",\"encounter\":{\"clinician\":7}}"));
        assertEquals("encounter.plan: expected at most 10000 characters, found 10001",
                refusal("{\"format\":\"exam/1\",\"encounter\":{\"plan\":\"" + "p".repeat(10_001) + "\"}}"));
        assertEquals("encounter: expected an object with date, clinician, assessment, plan, found an array",
                refusal("{\"format\":\"exam/1\",\"encounter\":[]}"));
    }
}
