package org.exampath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.junit.jupiter.api.Test;

/**
 * Text in an exam file must be Unicode: an escaped lone UTF-16 surrogate ("\ud83d" without its pair) is
 * no character at all, and the store would keep it as "?". It is refused, naming the key.
 */
class ExamReaderWellFormedTextTest {
    private final ExamReader reader = new ExamReader(TestKnowledge.SHIPPED);

    private String refusal(String json) {
        return assertThrows(ExamFormatException.class, () -> reader.read(json.getBytes(StandardCharsets.UTF_8)),
                "expected a refusal of " + json).getMessage();
    }

    @Test
    void aLoneSurrogateEscapeInThePatientLabelIsRefusedNamingTheKey() {
        String message = refusal("{\"format\":\"exam/1\",\"patient\":{\"label\":\"Ann \\ud83d\"},\"findings\":{}}");

        assertTrue(message.startsWith("patient.label:"), message);
    }

    @Test
    void aLoneSurrogateEscapeInTheAssessmentIsRefusedNamingTheKey() {
        String message = refusal("{\"format\":\"exam/1\",\"encounter\":{\"assessment\":\"pain \\udc00 here\"},\"findings\":{}}");

        assertTrue(message.startsWith("encounter.assessment:"), message);
    }

    @Test
    void everyFreeTextFieldRefusesALoneSurrogateInOneLineSayingWhere() {
        assertEquals("encounter.clinician: expected Unicode text, found an unpaired surrogate escape \\udc01 at character 4",
                refusal("{\"format\":\"exam/1\",\"encounter\":{\"clinician\":\"Dr \\udc01\"}}"));
        assertTrue(refusal("{\"format\":\"exam/1\",\"encounter\":{\"plan\":\"\\ud83d\\ud83d\\ude00\"}}").startsWith("encounter.plan:"));
        assertTrue(refusal("{\"format\":\"exam/1\",\"encounter\":{\"plan\":\"end \\ud83d\"}}").startsWith("encounter.plan:"));
    }

    @Test
    void aPracticeCaseWhoseExamHoldsALoneSurrogateIsRefusedNotQuietlyAltered() {
        String practice = "{\"name\":\"c1\",\"title\":\"T\",\"vignette\":\"V\",\"teachingPoints\":[\"p\"],\"expect\":{},"
                + "\"exam\":{\"format\":\"exam/1\",\"encounter\":{\"plan\":\"rest \\ud83d\"}}}";

        String message = assertThrows(ExamFormatException.class,
                () -> new CaseLibraryReader(TestKnowledge.SHIPPED).parse(practice.getBytes(StandardCharsets.UTF_8))).getMessage();

        assertTrue(message.startsWith("encounter.plan: expected Unicode text"), message);
    }

    @Test
    void aProperlyPairedEscapeAndRawNonAsciiTextAreKept() throws Exception {
        Exam exam = reader.read("{\"format\":\"exam/1\",\"patient\":{\"label\":\"Ann \\ud83d\\ude00 é\"},\"encounter\":{\"plan\":\"Zoë 😀\"}}"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals("Ann 😀 é", exam.record().label());
        assertEquals("Zoë 😀", exam.record().plan());
    }
}
