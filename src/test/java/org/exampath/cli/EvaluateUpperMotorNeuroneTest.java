package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** evaluate with the neuro screen's upper motor neurone signs: read from exam/1, flagged, imaged; bad values refused. */
class EvaluateUpperMotorNeuroneTest {
    private record Run(int code, String out, String err) {
    }

    private static Run evaluate(String exam) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Commands(new ByteArrayInputStream(exam.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("evaluate", "-");
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String exam(String findings) {
        return "{\"format\":\"exam/1\",\"side\":\"left\",\"findings\":{" + findings + "}}";
    }

    @Test
    void anExtensorPlantarWithClonusIsAnUrgentDeficitWithACordMri() throws Exception {
        Run run = evaluate(exam("\"neuro.plantar\":\"extensor\",\"neuro.clonus\":true,\"neuro.reflexes_brisk\":false,"
                + "\"neuro.reflex.knee\":\"normal\""));
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode flag = json.get("redFlags").get(0);
        assertEquals("progressive_neuro_deficit", flag.get("id").asText());
        assertEquals("urgent", flag.get("urgency").asText());
        assertEquals("[\"neuro.clonus\",\"neuro.plantar\"]", flag.get("findings").toString());
        assertEquals(1, json.get("redFlags").size(), json.get("redFlags").toString());
        assertEquals("urgent", json.get("imaging").get("recommendation").asText());
        assertTrue(json.get("imaging").get("reason").asText().contains("covers the cord"), json.get("imaging").toString());
    }

    @Test
    void theNormalAnswersRaiseNoFlag() throws Exception {
        Run run = evaluate(exam("\"neuro.plantar\":\"flexor\",\"neuro.clonus\":false,\"neuro.reflexes_brisk\":false"));
        assertEquals(0, run.code(), run.err());
        assertEquals(0, new ObjectMapper().readTree(run.out()).get("redFlags").size(), run.out());
    }

    @Test
    void aBriskValueOnTheSpecReflexRowIsStillRefused() {
        // the spec closes neuro.reflex.* at normal, reduced, absent: brisk is recorded with its own id instead
        Run run = evaluate(exam("\"neuro.reflex.knee\":\"brisk\""));
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals("-: findings.neuro.reflex.knee: expected one of normal, reduced, absent, found \"brisk\"", run.err().strip());
    }

    @Test
    void aPlantarValueOutsideItsListIsRefusedInOneLine() {
        Run run = evaluate(exam("\"neuro.plantar\":\"upgoing\""));
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals("-: findings.neuro.plantar: expected one of flexor, extensor, equivocal, found \"upgoing\"", run.err().strip());
    }
}
