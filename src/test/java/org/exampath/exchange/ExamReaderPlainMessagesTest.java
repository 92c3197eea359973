package org.exampath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of a malformed file is one plain, complete line in the clinician's words: the key when the
 * fault is in a value, the place, and what was expected. No parser class names, settings or cut-off words.
 */
class ExamReaderPlainMessagesTest {
    private final ExamReader reader = new ExamReader(TestKnowledge.SHIPPED);

    private String refusal(String json) {
        String message = assertThrows(ExamFormatException.class, () -> reader.read(json.getBytes(StandardCharsets.UTF_8)),
                "expected a refusal of " + json).getMessage();
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains("`") || message.contains("jackson") || message.contains("Feature")
                || message.contains("Constraints") || message.contains("[Source"), "no library internals: " + message);
        return message;
    }

    @Test
    void contentAfterTheExamIsRefusedInAPlainCompleteSentence() {
        String message = refusal("{\"format\":\"exam/1\"} {\"format\":\"exam/1\"}");

        assertFalse(message.contains("com.fasterxml") || message.contains("DeserializationFeature"),
                "no library class names in a clinician's error line: " + message);
        assertFalse(message.endsWith("…"), "the message is not cut off half-way: " + message);
        assertEquals("unexpected content after the exam object at line 1, column 21; expected the input to end after its closing }",
                message);
    }

    @Test
    void anythingAfterTheExamIsRefusedEvenWhenItIsNotJson() {
        assertTrue(refusal("{\"format\":\"exam/1\"}\n}").startsWith("unexpected content after the exam object at line 2, column 1;"));
        assertTrue(refusal("{\"format\":\"exam/1\"} garbage").startsWith("unexpected content after the exam object at line 1"));
        assertTrue(refusal("{\"format\":\"exam/1\"} 5").startsWith("unexpected content after the exam object at line 1, column 21"));
    }

    @Test
    void anOverlongNumberIsRefusedWithoutNamingLibraryInternals() {
        String message = refusal("{\"format\":\"exam/1\",\"findings\":{\"history.nrs_now\":1234567890123456789012345678901234}}");

        assertFalse(message.contains("StreamReadConstraints") || message.contains("`"),
                "the limit is stated in the user's terms, not Jackson's: " + message);
        assertEquals("findings.history.nrs_now: expected an integer 0..10, found 1234567890123456789012345678901234", message);
    }

    @Test
    void aNumberTooLongToConvertIsRefusedNamingItsKey() {
        String message = refusal("{\"format\":\"exam/1\",\"patient\":{\"age\":" + "9".repeat(5_000) + "}}");

        assertTrue(message.startsWith("patient.age: expected a number of at most 1000 digits, found a longer one at line 1"), message);
    }

    @Test
    void anOverlongAssessmentIsRefusedNamingTheKeyHoweverLongItIs() {
        // 15,000 characters is refused as "encounter.assessment: expected at most 10000 characters, found 15000";
        // at 25,000 the parser's own limit used to answer first, and the key was no longer named
        String message = refusal("{\"format\":\"exam/1\",\"encounter\":{\"assessment\":\"" + "x".repeat(25_000) + "\"}}");

        assertTrue(message.startsWith("encounter.assessment:"), message);
        assertEquals("encounter.assessment: expected at most 10000 characters, found 25000", message);
    }

    @Test
    void aHugeStringAnywhereIsRefusedUnderItsOwnKey() {
        assertEquals("encounter.plan: expected at most 10000 characters, found 900000",
                refusal("{\"format\":\"exam/1\",\"encounter\":{\"plan\":\"" + "p".repeat(900_000) + "\"}}"));
        assertTrue(refusal("{\"format\":\"exam/1\",\"findings\":{\"nerve.slr\":\"" + "x".repeat(300_000) + "\"}}")
                .startsWith("findings.nerve.slr: expected one of not_tested, negative, positive, found \"xxxx"));
    }

    @Test
    void aDuplicateKeyIsNamedWithTheObjectItIsIn() {
        assertEquals("findings: key \"nerve.slr\" appears twice (at line 1, column 66); expected each key once",
                refusal("{\"format\":\"exam/1\",\"findings\":{\"nerve.slr\":\"positive\",\"nerve.slr\":\"negative\"}}"));
        assertTrue(refusal("{\"format\":\"exam/1\",\"format\":\"exam/1\"}")
                .startsWith("key \"format\" appears twice at the top level (at line 1, column "));
    }

    @Test
    void nonJsonValuesAreRefusedNamingTheKeyAndWhatAValueMayBe() {
        assertEquals("findings.nerve.slr_angle: invalid JSON at line 1, column 53: 'NaN' is not a JSON value; "
                        + "expected a string in double quotes, a number, true, false, null or an object",
                refusal("{\"format\":\"exam/1\",\"findings\":{\"nerve.slr_angle\":NaN}}"));
        assertTrue(refusal("{\"format\":\"exam/1\",\"patient\":{\"age\":+40}}")
                .startsWith("patient.age: invalid JSON at line 1, column 38: a number may not start with +"));
        assertTrue(refusal("{\"format\":\"exam/1\",\"patient\":{\"age\":040}}")
                .startsWith("patient.age: invalid JSON at line 1, column"));
        assertTrue(refusal("{\"format\":\"exam/1\",\"side\":right}").startsWith("side: invalid JSON at line 1, column"));
    }

    @Test
    void punctuationFaultsSayWhatWasExpectedWhereWithoutInternals() {
        assertEquals("invalid JSON at line 1, column 20: expected a key in double quotes, found '}'",
                refusal("{\"format\":\"exam/1\",}"));
        assertEquals("invalid JSON at line 1, column 2: expected a key in double quotes, found '''",
                refusal("{'format':'exam/1'}"));
        assertTrue(refusal("{/* note */\"format\":\"exam/1\"}").contains("comments are not allowed"));
        assertTrue(refusal("{\"format\" \"exam/1\"}").contains("expected ':' after the key, found '\"'"));
        assertTrue(refusal("{\"format\":\"exam/1\" \"side\":\"left\"}").contains("expected ',' or '}' after a value"));
        assertTrue(refusal("{\"format\":\"exam/1\",\"findings\":[1}").contains("expected ']' to close what is open, found '}'"));
        assertTrue(refusal("{\"format\":\"exam/1\",\"patient\":{\"label\":\"A\nB\"}}").contains("a control character (code 10) inside a string"));
        assertTrue(refusal("{\"format\":\"exam/1\",\"patient\":{\"label\":\"A\\qB\"}}").contains("unknown escape \\q in a string"));
        assertTrue(refusal("{\"format\":\"exam/1\",\"patient\":{\"label\":\"A\\u12\"}}").contains("four hexadecimal digits"));
        assertEquals("invalid JSON at line 1, column 39: an unpaired surrogate escape in a key; expected Unicode text",
                refusal("{\"format\":\"exam/1\",\"patient\":{\"a\\ud800\":1}}"));
    }

    @Test
    void anUnknownComplaintKeepsOnlyItsFirstPlainWordsEndedAtAWholeWord() {
        assertEquals("Non-standard thing 'x'", JsonComplaints.firstPlainWords(
                "Non-standard thing 'x': enable `JsonReadFeature.ALLOW_THINGS` to allow"));
        String long120 = ("word ".repeat(40)).strip();
        String cut = JsonComplaints.firstPlainWords(long120);
        assertTrue(cut.length() <= 120 && cut.endsWith("word"), cut);
    }
}
