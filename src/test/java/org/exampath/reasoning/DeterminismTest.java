package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.exchange.AssessmentWriter;
import org.exampath.exchange.ExamReader;
import org.junit.jupiter.api.Test;

/** The same exam always gives the same assessment and the same bytes, whatever the key order. */
class DeterminismTest {
    private static final String EXAM = """
            {"format":"exam/1","patient":{"age":41,"sex":"female"},"side":"right","findings":{
              "history.quality.burning":true,"nerve.slump":"positive","nerve.slr":"negative",
              "palpation.piriformis":"familiar","strength.hip_external_rotation":{"grade":4,"pain":"familiar"}}}""";
    private static final String SHUFFLED = """
            {"findings":{"strength.hip_external_rotation":{"pain":"familiar","grade":4},"palpation.piriformis":"familiar",
              "nerve.slr":"negative","nerve.slump":"positive","history.quality.burning":true},
             "side":"right","patient":{"sex":"female","age":41},"format":"exam/1"}""";

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        ExamReader reader = new ExamReader(TestKnowledge.SHIPPED);
        Exam exam = reader.read(EXAM.getBytes(StandardCharsets.UTF_8));
        Exam shuffled = reader.read(SHUFFLED.getBytes(StandardCharsets.UTF_8));
        assertEquals(exam, shuffled);
        Assessment first = TestKnowledge.ENGINE.assess(exam);
        Assessment again = new Engine(TestKnowledge.SHIPPED).assess(shuffled);
        assertEquals(first, again);
        assertArrayEquals(new AssessmentWriter().write(first), new AssessmentWriter().write(again));
    }

    @Test
    void aClusterNamesItsFindingsInIdOrderWhateverTheRun() {
        Assessment a = TestKnowledge.ENGINE.assess(org.exampath.Exams.of().count("provocation.sij_cluster_positive", 4)
                .is("provocation.lumbar_repeated_movement", "no_effect").exam());
        Evidence cluster = a.hypotheses().stream().filter(h -> h.id().equals("sacroiliac_joint")).findFirst().orElseThrow()
                .contributions().stream().filter(e -> e.findings().size() > 1).findFirst().orElseThrow();
        assertEquals(java.util.List.of("provocation.lumbar_repeated_movement", "provocation.sij_cluster_positive"), cluster.findings());
    }
}
