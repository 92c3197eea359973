package org.exampath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.junit.jupiter.api.Test;

/** The exam/1 reader: what it accepts, and one refusal per kind of bad input, each naming the fault. */
class ExamReaderTest {
    private final ExamReader reader = new ExamReader(TestKnowledge.SHIPPED);

    private Exam read(String json) throws ExamFormatException {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private String refusal(String json) {
        return refusal(json.getBytes(StandardCharsets.UTF_8));
    }

    private String refusal(byte[] bytes) {
        String message = assertThrows(ExamFormatException.class, () -> reader.read(bytes)).getMessage();
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains("Exception"), "no stack-trace words: " + message);
        return message;
    }

    private static String findings(String body) {
        return "{\"format\":\"exam/1\",\"findings\":{" + body + "}}";
    }

    @Test
    void readsEveryKindOfValue() throws Exception {
        Exam exam = read("""
                {"format":"exam/1","patient":{"age":34,"sex":"female"},"side":"right","findings":{
                 "history.region.deep_mid_buttock":true,"history.sitting_tolerance_min":20,
                 "palpation.piriformis":"familiar","strength.hip_external_rotation":{"grade":4,"pain":"familiar"},
                 "nerve.slump":"positive","nerve.slr_angle":70,"nerve.fair":"not_tested"}}""");
        assertEquals(34, exam.patient().age());
        assertEquals(Sex.FEMALE, exam.patient().sex());
        assertEquals(Side.RIGHT, exam.side());
        assertEquals(FindingValue.Flag.YES, exam.value("history.region.deep_mid_buttock"));
        assertEquals(new FindingValue.Count(20), exam.value("history.sitting_tolerance_min"));
        assertEquals(new FindingValue.Strength(4, "familiar"), exam.value("strength.hip_external_rotation"));
        assertFalse(exam.has("nerve.fair"), "not_tested reads as absent");
        assertEquals(6, exam.findings().size());
    }

    @Test
    void writerAndReaderRoundTrip() throws Exception {
        Exam exam = Exams.of().yes("redflag.cancer_history").no("history.aggravator.sitting").is("nerve.slr", "negative")
                .count("provocation.sij_cluster_positive", 3).strength("strength.knee_flexion", 5, "pain").exam();
        assertEquals(exam, reader.read(new ExamWriter().write(exam)));
    }

    @Test
    void refusesEmptyInput() {
        assertTrue(refusal("").startsWith("empty input"));
        assertTrue(refusal("  \n ").startsWith("empty input"));
    }

    @Test
    void refusesTruncatedJson() {
        assertTrue(refusal("{\"format\":\"exam/1\",\"findings\":{\"nerve.slr\":").startsWith("truncated JSON"));
    }

    @Test
    void refusesAnArray() {
        assertEquals("expected a JSON object at the top level, found an array", refusal("[1,2]"));
    }

    @Test
    void refusesNulls() {
        assertEquals("findings.nerve.slr: expected one of not_tested, negative, positive, found null",
                refusal(findings("\"nerve.slr\":null")));
        assertEquals("format: expected \"exam/1\", found null", refusal("{\"format\":null}"));
    }

    @Test
    void refusesHugeStrings() {
        assertTrue(refusal(findings("\"nerve.slr\":\"" + "x".repeat(30_000) + "\""))
                .startsWith("findings.nerve.slr: expected one of not_tested, negative, positive, found \"xxx"));
        assertTrue(refusal(new byte[ExamReader.MAX_BYTES + 1]).startsWith("input is larger than 1 MiB"));
    }

    @Test
    void refusesDeepNesting() {
        String deep = "[".repeat(500) + "]".repeat(500);
        assertTrue(refusal("{\"format\":\"exam/1\",\"findings\":" + deep + "}").startsWith("input nests deeper than"));
    }

    @Test
    void refusesBinaryJunk() {
        byte[] junk = {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF, 0x12};
        assertEquals("input is not UTF-8 text; expected a JSON exam file", refusal(junk));
        assertTrue(refusal("\u0001\u0002garbage").startsWith("invalid JSON at line 1"));
    }

    @Test
    void refusesAMissingOrWrongFormat() {
        assertEquals("format: missing; expected \"exam/1\"", refusal("{\"findings\":{}}"));
        assertEquals("format: expected \"exam/1\", found \"exam/2\"", refusal("{\"format\":\"exam/2\"}"));
    }

    @Test
    void refusesUnknownKeysAndIds() {
        assertTrue(refusal("{\"format\":\"exam/1\",\"notes\":\"x\"}").startsWith("unknown key \"notes\" at the top level"));
        assertEquals("findings: unknown finding \"nerve.magic\"; expected a finding id of the catalogue",
                refusal(findings("\"nerve.magic\":\"positive\"")));
        assertEquals("findings: \"patient.age\" is not a finding; expected it in \"patient\": {\"age\": 12..110}, not under findings",
                refusal(findings("\"patient.age\":40")));
        assertEquals("patient: unknown key \"name\"; expected age, sex, label", refusal("{\"format\":\"exam/1\",\"patient\":{\"name\":\"A\"}}"));
    }

    @Test
    void refusesWrongTypesAndRanges() {
        assertEquals("findings.history.quality.burning: expected true or false, found \"yes\"",
                refusal(findings("\"history.quality.burning\":\"yes\"")));
        assertEquals("findings.history.nrs_now: expected an integer 0..10, found 11", refusal(findings("\"history.nrs_now\":11")));
        assertEquals("findings.history.nrs_now: expected an integer 0..10, found 4.5", refusal(findings("\"history.nrs_now\":4.5")));
        assertEquals("patient.age: expected an integer 12..110, found 7", refusal("{\"format\":\"exam/1\",\"patient\":{\"age\":7}}"));
        assertEquals("side: expected one of left, right, bilateral, found \"both\"", refusal("{\"format\":\"exam/1\",\"side\":\"both\"}"));
    }

    @Test
    void refusesIncompleteStrengthObjects() {
        assertEquals("findings.strength.hip_abduction.pain: missing; expected none, pain or familiar",
                refusal(findings("\"strength.hip_abduction\":{\"grade\":4}")));
        assertEquals("findings.strength.hip_abduction.grade: expected an integer 0..5, found 6",
                refusal(findings("\"strength.hip_abduction\":{\"grade\":6,\"pain\":\"none\"}")));
    }

    @Test
    void refusesDuplicateKeysAndTrailingContent() {
        assertTrue(refusal(findings("\"nerve.slr\":\"positive\",\"nerve.slr\":\"negative\"")).startsWith("findings: key \"nerve.slr\" appears twice"));
        assertTrue(refusal("{\"format\":\"exam/1\"} {}").startsWith("unexpected content after the exam object at line 1"));
    }

    @Test
    void readsTheIssue10FindingsAndRefusesTheirWrongValues() throws Exception {
        Exam exam = read(findings("""
                "history.aggravator.walking_eased_by_sitting":true,"history.no_pain_sitting":false,"history.clicking_snapping":true,
                "observation.gait_antalgic":true,"observation.gait_trendelenburg":false,"observation.gait_wide_based":true,
                "observation.gluteal_wasting":false,"observation.temperature_raised":false,
                "provocation.trendelenburg_sign":"positive","provocation.stinchfield":"not_tested","provocation.ifi_test":"negative",
                "provocation.faber":"positive","provocation.faber_site":"groin","provocation.fader_site":"lateral",
                "provocation.fadir_site":"posterior","provocation.hip_ir_pain":true,"provocation.hip_rom_limited_all":false,
                "neuro.romberg":"positive"
                """));
        assertEquals(new FindingValue.Choice("groin"), exam.value("provocation.faber_site"));
        assertEquals(FindingValue.Flag.YES, exam.value("observation.gait_wide_based"));
        assertEquals(null, exam.value("provocation.stinchfield"), "not tested is absent, never negative");
        assertEquals(17, exam.findings().size());
        assertEquals("findings.provocation.faber_site: expected one of groin, lateral, posterior, found \"buttock\"",
                refusal(findings("\"provocation.faber_site\":\"buttock\"")));
        assertEquals("findings.neuro.romberg: expected one of negative, positive, found \"not_tested\"",
                refusal(findings("\"neuro.romberg\":\"not_tested\"")));
        assertTrue(refusal(findings("\"observation.temperature_raised\":38.5")).startsWith("findings.observation.temperature_raised: expected true or false"));
    }
}
