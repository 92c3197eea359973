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
import java.util.Set;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.exchange.AssessmentWriter;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Evidence;
import org.exampath.reasoning.ValidationSet;
import org.exampath.text.Describe;
import org.junit.jupiter.api.Test;

/**
 * A likelihood row is filed under one finding but may hold on others (pain below the buttocks holds on the back or
 * side of the thigh or below the knee; an SIJ cluster on any three of five tests). {@code evaluate} names each
 * contribution, and each row set aside, by a recorded finding that made it hold, with its value: never a finding
 * that was not asked, never a null value, and never a recorded finding that did not make the row hold.
 */
class EvaluateContributionsNameRecordedFindingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode evaluate(String findings) throws Exception {
        String exam = "{\"format\": \"exam/1\", \"patient\": {\"age\": 70, \"sex\": \"male\"}, \"side\": \"left\","
                + " \"findings\": {" + findings + "}}";
        CommandRun run = CommandRun.with(new ByteArrayInputStream(exam.getBytes(StandardCharsets.UTF_8)), "evaluate", "-");
        assertEquals(0, run.code(), run.err());
        return JSON.readTree(run.out());
    }

    private static JsonNode contribution(JsonNode out, String hypothesis, double lr) {
        for (JsonNode h : out.get("hypotheses")) {
            for (JsonNode c : h.get("contributions")) {
                if (h.get("id").asText().equals(hypothesis) && Math.abs(c.get("lr").asDouble() - lr) < 1e-9) {
                    return c;
                }
            }
        }
        throw new AssertionError("no contribution of LR " + lr + " to " + hypothesis + ": " + out.get("hypotheses"));
    }

    @Test
    void everyContributionNamesARecordedFindingWithItsValue() throws Exception {
        JsonNode out = evaluate("\"history.region.below_knee\": true, \"history.aggravator.walking_distance\": true");
        Set<String> recorded = Set.of("patient.age", "patient.sex", "side", "history.region.below_knee",
                "history.aggravator.walking_distance");
        List<String> wrong = new ArrayList<>();
        for (JsonNode h : out.get("hypotheses")) {
            for (JsonNode c : h.get("contributions")) {
                if (!recorded.contains(c.get("finding").asText()) || c.get("value").isNull()) {
                    wrong.add(h.get("id").asText() + ": " + c.get("finding").asText() + " = " + c.get("value")
                            + " (lr " + c.get("lr") + ", findings " + c.get("findings") + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), "evaluate names as evidence a finding that was never asked, with value null, and not the "
                + "recorded one (pain below the knee) the row held on: " + wrong);
        JsonNode below = contribution(out, "lumbar_spinal_stenosis", 1.4);
        assertEquals("history.region.below_knee", below.get("finding").asText(), below.toString());
        assertTrue(below.get("value").asBoolean(), below.toString());
    }

    @Test
    void aRecordedAnswerThatDidNotMakeTheRowHoldIsNotNamedByTheContractTheWindowOrTheNote() throws Exception {
        String findings = "\"history.region.posterior_thigh\": false, \"history.region.below_knee\": true";
        JsonNode below = contribution(evaluate(findings), "lumbar_spinal_stenosis", 1.4);
        assertEquals("history.region.below_knee", below.get("finding").asText(), below.toString());
        assertFalse(below.toString().contains("posterior_thigh"), "the back of the thigh (no) did not raise the figure: " + below);

        Exam exam = new org.exampath.exchange.ExamReader(TestKnowledge.SHIPPED).read(
                ("{\"format\": \"exam/1\", \"patient\": {\"age\": 70, \"sex\": \"male\"}, \"findings\": {" + findings + "}}")
                        .getBytes(StandardCharsets.UTF_8));
        Evidence e = TestKnowledge.ENGINE.assess(exam).hypotheses().stream().filter(h -> h.id().equals("lumbar_spinal_stenosis"))
                .flatMap(h -> h.contributions().stream()).filter(c -> c.lr() == 1.4).findFirst().orElseThrow();
        String words = Describe.evidence(TestKnowledge.SHIPPED, e);
        assertTrue(words.toLowerCase(java.util.Locale.ROOT).contains("below"), "the window names pain below the knee: " + words);
        assertFalse(words.toLowerCase(java.util.Locale.ROOT).contains("thigh"), "the window names the thigh answer (no): " + words);
    }

    @Test
    void aClusterWhoseFiledTestWasNotDoneIsNamedByATestThatWas() throws Exception {
        JsonNode sij = contribution(evaluate("\"provocation.sij_thigh_thrust\": \"positive\","
                + " \"provocation.sij_compression\": \"positive\", \"provocation.sij_sacral_thrust\": \"positive\""),
                "sacroiliac_joint", 4.3);
        assertTrue(sij.get("cluster").asBoolean(), sij.toString());
        assertEquals("positive", sij.get("value").asText(), sij.toString());
        assertFalse(sij.toString().contains("sij_distraction"), "distraction was not done: " + sij);
        assertEquals(3, sij.get("findings").size(), sij.toString());
        assertEquals(List.of("positive", "positive", "positive"),
                List.of(sij.get("values").get(0).asText(), sij.get("values").get(1).asText(), sij.get("values").get(2).asText()));
    }

    @Test
    void acrossThePublishedCasesEveryNamedFindingWasRecordedWithItsValue() throws Exception {
        AssessmentWriter writer = new AssessmentWriter();
        List<String> wrong = new ArrayList<>();
        for (ValidationSet.Case c : ValidationSet.load().cases()) {
            Assessment a = TestKnowledge.ENGINE.assess(c.exam());
            JsonNode out = JSON.readTree(writer.write(a));
            for (JsonNode h : out.get("hypotheses")) {
                for (String list : List.of("contributions", "setAside")) {
                    for (JsonNode row : h.get(list)) {
                        String id = row.get("finding").asText();
                        if (c.exam().value(id) == null || row.get("value").isNull() || !sameValues(c.exam(), row)) {
                            wrong.add(c.name() + " " + h.get("id").asText() + " " + list + ": " + row);
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " rows name a finding not recorded or a value not its own: "
                + wrong.subList(0, Math.min(3, wrong.size())));
    }

    /** Every finding a row lists was recorded, with the value written beside it. */
    private static boolean sameValues(Exam exam, JsonNode row) {
        if (!row.has("findings")) {
            return true;
        }
        for (int i = 0; i < row.get("findings").size(); i++) {
            if (exam.value(row.get("findings").get(i).asText()) == null || row.get("values").get(i).isNull()) {
                return false;
            }
        }
        return row.get("findings").size() == row.get("values").size();
    }
}
