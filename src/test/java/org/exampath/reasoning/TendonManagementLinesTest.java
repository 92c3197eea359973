package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.exchange.ExamReader;
import org.junit.jupiter.api.Test;

/**
 * Each tendon is advised on its own compressive position (review 30, finding 4). Before: the management shown for a leading proximal hamstring tendinopathy is the load driver's line,
 * which names only the gluteal tendon's compressive positions ("Go easy on stretches that squeeze the tendon (crossing
 * the leg, figure-four)") and nothing of the hamstring origin's, deep hip flexion (sitting, hamstring stretches, a
 * forward bend; evidence §5.1 I6: "hamstring origin compressed in deep hip flexion"). The hypothesis has no line of its
 * own, as the stenosis and ischiofemoral hypotheses have.
 */
class TendonManagementLinesTest {
    @Test
    void aLeadingHamstringTendinopathyIsAdvisedOnItsOwnCompressivePosition() throws Exception {
        ObjectMapper json = new ObjectMapper();
        byte[] exam = json.writeValueAsBytes(json.readTree(Files.readAllBytes(
                TestKnowledge.resource("shared-cases/proximal-hamstring-runner.json"))).get("exam"));
        Exam runner = new ExamReader(TestKnowledge.SHIPPED).read(exam);
        Assessment a = TestKnowledge.ENGINE.assess(runner);
        assertEquals("proximal_hamstring_tendinopathy", a.leading().id());
        assertEquals("load", a.driver().id());
        String management = a.driver().management().toLowerCase(java.util.Locale.ROOT);
        assertTrue(management.contains("hip flexion") || management.contains("hamstring"),
                "management for a leading hamstring tendinopathy: " + a.driver().management());
    }

    private static Assessment shared(String name) throws Exception {
        ObjectMapper json = new ObjectMapper();
        byte[] exam = json.writeValueAsBytes(json.readTree(Files.readAllBytes(
                TestKnowledge.resource("shared-cases/" + name + ".json"))).get("exam"));
        return TestKnowledge.ENGINE.assess(new ExamReader(TestKnowledge.SHIPPED).read(exam));
    }

    @Test
    void aLeadingGlutealTendinopathyKeepsItsAdductionAdvice() throws Exception {
        Assessment a = shared("gluteal-tendinopathy-classic");
        assertEquals("gluteal_tendinopathy", a.leading().id());
        assertEquals("load", a.driver().id());
        assertTrue(a.driver().management().contains("hip adduction"), a.driver().management());
        assertFalse(a.driver().management().contains("hamstring"), a.driver().management());
    }

    @Test
    void theLoadDriversOwnLineNamesNoOneTendonAndAMuscleStrainIsNotToldOfATendon() throws Exception {
        String line = TestKnowledge.SHIPPED.drivers().get("load").management();
        for (String tendon : new String[] {"crossing", "figure-four", "hamstring", "gluteal", "the tendon"}) {
            assertFalse(line.contains(tendon), tendon + " in: " + line);
        }
        Assessment a = shared("myofascial-sprint-strain");
        assertEquals("gluteal_myofascial", a.leading().id());
        assertFalse(a.driver().management().contains("squeeze the tendon"), a.driver().management());
    }
}
