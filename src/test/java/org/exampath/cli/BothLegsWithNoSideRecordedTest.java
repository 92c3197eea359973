package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inconsistency I7 ("Symptoms are in both legs but the exam is recorded for one side") needs a side that was
 * recorded: a side not yet chosen is never described as one side. Symptoms in both legs still raise the cauda equina
 * flag, which asks its questions, whatever the side.
 */
class BothLegsWithNoSideRecordedTest {
    private static JsonNode evaluate(String side) throws Exception {
        String exam = "{\"format\": \"exam/1\", \"patient\": {\"age\": 58, \"sex\": \"male\"}" + side + ","
                + " \"findings\": {\"redflag.bilateral_leg_symptoms\": true}}";
        CommandRun run = CommandRun.with(new ByteArrayInputStream(exam.getBytes(StandardCharsets.UTF_8)), "evaluate", "-");
        assertEquals(0, run.code(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void anUnrecordedSideIsNeverReportedAsOneSide() throws Exception {
        JsonNode out = evaluate("");
        for (JsonNode i : out.get("inconsistencies")) {
            assertFalse(i.get("message").asText().contains("recorded for one side"),
                    "no side was recorded, yet " + i.get("id").asText() + " says: " + i.get("message").asText());
        }
        assertTrue(ids(out.get("redFlags")).contains("cauda_equina"), "the flag still asks its questions: " + out.get("redFlags"));
    }

    @Test
    void aSideRecordedAsOneSideStillGivesTheInconsistencyAndBothSidesDoNot() throws Exception {
        JsonNode left = evaluate(", \"side\": \"left\"");
        assertTrue(ids(left.get("inconsistencies")).contains("I7"), left.get("inconsistencies").toString());
        JsonNode i7 = left.get("inconsistencies").get(ids(left.get("inconsistencies")).indexOf("I7"));
        assertTrue(i7.get("findings").toString().contains("\"side\""), "it names the side it read: " + i7);
        assertFalse(ids(evaluate(", \"side\": \"bilateral\"").get("inconsistencies")).contains("I7"));
    }
}
