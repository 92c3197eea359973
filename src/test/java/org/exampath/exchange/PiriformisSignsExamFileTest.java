package org.exampath.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;

/**
 * Freiberg's, Pace's and Beatty's signs in exam/1 files (an extension: new ids with the spec's nerve-bias values,
 * every spec id unchanged): read, written back byte for byte, not_tested read as not asked, anything else refused.
 */
class PiriformisSignsExamFileTest {
    private final ExamReader reader = new ExamReader(TestKnowledge.SHIPPED);

    private Exam read(String json) throws ExamFormatException {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String file(String findings) {
        return "{\"format\":\"exam/1\",\"side\":\"right\",\"findings\":{" + findings + "}}";
    }

    @Test
    void theThreeSignsReadWithTheSpecsNerveBiasValues() throws Exception {
        Exam exam = read(file("\"nerve.fair\":\"positive\",\"nerve.freiberg\":\"positive\",\"nerve.pace\":\"negative\","
                + "\"nerve.beatty\":\"not_tested\""));
        assertEquals(new FindingValue.Choice("positive"), exam.value("nerve.freiberg"));
        assertEquals(new FindingValue.Choice("negative"), exam.value("nerve.pace"));
        assertFalse(exam.has("nerve.beatty"), "not_tested is not asked, never negative");
        assertEquals(new FindingValue.Choice("positive"), exam.value("nerve.fair"), "the spec's ids keep their meaning");
    }

    @Test
    void anExamWithTheSignsIsWrittenAndReadBackUnchanged() throws Exception {
        Exam exam = Exams.of().is("nerve.freiberg", "positive").is("nerve.pace", "positive").is("nerve.beatty", "negative")
                .is("nerve.active_piriformis", "positive").yes("history.aggravator.sitting").exam();
        byte[] written = new ExamWriter().write(exam);
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"nerve.freiberg\"") && text.contains("\"nerve.pace\"") && text.contains("\"nerve.beatty\""), text);
        Exam back = reader.read(written);
        assertEquals(exam, back);
        assertArrayEquals(written, new ExamWriter().write(back), "written again, byte for byte");
    }

    @Test
    void aValueOutsideTheNerveBiasSetIsRefusedNamingTheKey() {
        for (String sign : new String[] {"nerve.freiberg", "nerve.pace", "nerve.beatty"}) {
            String message = assertThrows(ExamFormatException.class, () -> read(file("\"" + sign + "\":\"yes\""))).getMessage();
            assertEquals("findings." + sign + ": expected one of not_tested, negative, positive, found \"yes\"", message);
            message = assertThrows(ExamFormatException.class, () -> read(file("\"" + sign + "\":true"))).getMessage();
            assertTrue(message.startsWith("findings." + sign + ": expected one of not_tested, negative, positive"), message);
        }
    }

    @Test
    void aMisspeltSignIsStillAnUnknownKey() {
        String message = assertThrows(ExamFormatException.class, () -> read(file("\"nerve.freiburg\":\"positive\""))).getMessage();
        assertTrue(message.contains("nerve.freiburg"), message);
        assertFalse(message.contains("\n"), message);
    }
}
