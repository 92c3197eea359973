package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * exam/1 gives each red flag an urgency of emergency, urgent or soon. A low-value item only noted (age 50 or over on
 * its own, night pain alone) is not a red flag: {@code evaluate} lists it under {@code notedItems}, in the same shape,
 * and never in {@code redFlags} (ADR 12), so a 52-year-old with classic gluteal tendinopathy shows no red flag.
 */
class EvaluateRedFlagsHoldOnlyRedFlagsTest {
    private static final Set<String> SPEC_URGENCIES = Set.of("emergency", "urgent", "soon");

    @TempDir
    Path dir;

    @Test
    void everyEntryOfRedFlagsHasAnUrgencyTheSpecNames() throws Exception {
        CommandRun run = CommandRun.of("evaluate", CommandRun.examFile(dir, "gluteal-tendinopathy-classic").toString());
        assertEquals(0, run.code(), run.err());
        JsonNode out = new ObjectMapper().readTree(run.out());
        List<String> outside = new ArrayList<>();
        for (JsonNode flag : out.get("redFlags")) {
            if (!SPEC_URGENCIES.contains(flag.get("urgency").asText())) {
                outside.add(flag.get("id").asText() + " (" + flag.get("urgency").asText() + ", findings " + flag.get("findings") + ")");
            }
        }
        assertTrue(outside.isEmpty(), "redFlags of a worked case that expects none lists an entry with no red-flag urgency of "
                + "exam/1: " + outside);
        JsonNode noted = out.get("notedItems");
        assertEquals(1, noted.size(), "the noted item is kept, apart: " + noted);
        assertEquals("low_value_items", noted.get(0).get("id").asText());
        assertEquals("noted", noted.get(0).get("urgency").asText());
        assertEquals("patient.age", noted.get(0).get("findings").get(0).asText(), noted.toString());
        assertTrue(noted.get(0).has("action") && noted.get(0).has("sources"), "the same shape as a red flag: " + noted);
    }

    @Test
    void aRedFlagBesideANotedItemStaysInRedFlagsAndTheNotedItemDoesNot() throws Exception {
        String exam = "{\"format\": \"exam/1\", \"patient\": {\"age\": 60, \"sex\": \"female\"},"
                + " \"findings\": {\"redflag.saddle_anaesthesia\": true, \"redflag.bladder_bowel_change\": true}}";
        CommandRun run = CommandRun.with(new ByteArrayInputStream(exam.getBytes(StandardCharsets.UTF_8)), "evaluate", "-");
        assertEquals(0, run.code(), run.err());
        JsonNode out = new ObjectMapper().readTree(run.out());
        List<String> red = new ArrayList<>();
        out.get("redFlags").forEach(f -> red.add(f.get("id").asText() + " " + f.get("urgency").asText()));
        List<String> noted = new ArrayList<>();
        out.get("notedItems").forEach(f -> noted.add(f.get("id").asText()));
        assertTrue(red.contains("cauda_equina emergency"), red.toString());
        assertTrue(red.stream().noneMatch(f -> f.endsWith(" noted")), red.toString());
        assertEquals(List.of("low_value_items"), noted);
    }

    @Test
    void anExamWithNothingNotedGivesAnEmptyList() throws Exception {
        String exam = "{\"format\": \"exam/1\", \"patient\": {\"age\": 30, \"sex\": \"male\"}, \"findings\": {}}";
        CommandRun run = CommandRun.with(new ByteArrayInputStream(exam.getBytes(StandardCharsets.UTF_8)), "evaluate", "-");
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertTrue(out.get("notedItems").isArray() && out.get("notedItems").isEmpty(), out.get("notedItems").toString());
        assertTrue(out.get("redFlags").isEmpty(), out.get("redFlags").toString());
    }
}
