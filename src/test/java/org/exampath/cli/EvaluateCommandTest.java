package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluate command's contract: JSON on stdout and 0, or one line on stderr, nothing on stdout and 2. */
class EvaluateCommandTest {
    private static final String EXAM = "{\"format\":\"exam/1\",\"side\":\"right\",\"findings\":{\"redflag.saddle_anaesthesia\":true}}";

    @TempDir
    Path dir;

    private record Run(int code, byte[] out, String err) {
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Commands(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void evaluatesAFileIntoTheSpecJson() throws Exception {
        Path file = Files.writeString(dir.resolve("exam.json"), EXAM);
        Run run = run("", "evaluate", file.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(10, json.get("hypotheses").size());
        assertEquals("cauda_equina", json.get("redFlags").get(0).get("id").asText());
        assertEquals("emergency", json.get("redFlags").get(0).get("urgency").asText());
        assertEquals("urgent", json.get("imaging").get("recommendation").asText());
        assertTrue(json.get("driver").has("probability"));
        // an emergency overrides: no next test, and the driver's management withheld (issue 9)
        assertEquals(0, json.get("nextTests").size());
        assertEquals("emergency", json.get("driver").get("withheld").asText());
        JsonNode screen = json.get("redFlagScreen");
        assertEquals(screen.get("total").asInt() - screen.get("unasked").size(), screen.get("asked").asInt());
        assertFalse(screen.get("complete").asBoolean());
    }

    @Test
    void aValidatedClusterNamesEveryTestItRestsOn() throws Exception {
        String exam = "{\"format\":\"exam/1\",\"side\":\"right\",\"findings\":{\"provocation.sij_distraction\":\"negative\","
                + "\"provocation.sij_thigh_thrust\":\"positive\",\"provocation.sij_compression\":\"positive\","
                + "\"provocation.sij_gaenslen\":\"positive\"}}";
        Run run = run(exam, "evaluate", "-");
        assertEquals(0, run.code(), run.err());
        JsonNode sij = null;
        for (JsonNode h : new ObjectMapper().readTree(run.out()).get("hypotheses")) {
            if (h.get("id").asText().equals("sacroiliac_joint")) {
                sij = h;
            }
        }
        JsonNode cluster = sij.get("contributions").get(0);
        assertEquals(4.3, cluster.get("lr").asDouble(), 1e-9);
        assertTrue(cluster.get("cluster").asBoolean(), cluster.toString());
        assertEquals(4, cluster.get("findings").size(), "the four tests recorded, the negative one among them");
        assertEquals(1, sij.get("contributions").size(), "the single tests count only within the cluster");
    }

    @Test
    void readsStandardInputAndIsByteIdentical() throws Exception {
        Path file = Files.writeString(dir.resolve("exam.json"), EXAM);
        Run fromFile = run("", "evaluate", file.toString());
        Run fromStdin = run(EXAM, "evaluate", "-");
        assertEquals(0, fromStdin.code());
        assertArrayEquals(fromFile.out(), fromStdin.out());
        assertArrayEquals(fromFile.out(), run(EXAM, "evaluate", "-").out());
    }

    @Test
    void badInputIsOneLineOnStderrNothingOnStdoutExitTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"exam/1\",\"findings\":{\"nerve.slr\":\"maybe\"}}");
        Run run = run("", "evaluate", file.toString());
        assertEquals(2, run.code());
        assertEquals(0, run.out().length);
        assertEquals(file + ": findings.nerve.slr: expected one of not_tested, negative, positive, found \"maybe\"\n", run.err());
    }

    @Test
    void missingFileAndMissingArgumentAreBadInput() {
        Run missing = run("", "evaluate", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().endsWith("nope.json: no such file\n"), missing.err());
        assertEquals(2, run("", "evaluate").code());
        assertEquals(2, run("", "frobnicate").code());
    }
}
