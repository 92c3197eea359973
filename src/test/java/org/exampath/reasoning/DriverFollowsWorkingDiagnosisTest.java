package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.exampath.TestKnowledge;
import org.exampath.knowledge.Driver;
import org.exampath.text.Describe;
import org.junit.jupiter.api.Test;

/**
 * The pain driver follows the working diagnosis (ADR 0011). Review 30, finding 1: where the working diagnosis names one hypothesis as most likely ("Most likely proximal
 * hamstring tendinopathy (38%), a load problem."), the pain driver the panel and the note name, and whose management
 * they give, is that hypothesis's driver. Today the driver is the one with the highest chance that at least one of its
 * hypotheses is present, and the referred driver (three hypotheses, priors 0.20, 0.15 and 0.15) starts at 42% on priors
 * alone, so one weak lift (an LR 1.3 estimate) names it over a clearly leading load or nerve hypothesis.
 */
class DriverFollowsWorkingDiagnosisTest {
    private final Engine engine = TestKnowledge.ENGINE;

    @Test
    void aRunnersHamstringTendinopathyIsALoadProblemWithLoadManagement() throws Exception {
        ValidationSet.Case c = ValidationSet.load().cases().stream()
                .filter(k -> k.file().startsWith("hamstring-tendinopathy-10km-runner")).findFirst().orElseThrow();
        Assessment a = engine.assess(c.exam());
        String said = Describe.workingDiagnosis(a, TestKnowledge.SHIPPED.policy().closeShare());
        assertEquals("proximal_hamstring_tendinopathy", a.leading().id(), said);
        assertEquals("load", a.driver().id(), said + " | driver named: " + a.driver().id() + " " + a.driver().management());
    }

    @Test
    void noPublishedCaseCallsOneHypothesisMostLikelyUnderAnotherDriver() throws Exception {
        List<String> contradictions = new ArrayList<>();
        for (ValidationSet.Case c : ValidationSet.load().cases()) {
            Assessment a = engine.assess(c.exam());
            String said = Describe.workingDiagnosis(a, TestKnowledge.SHIPPED.policy().closeShare());
            boolean mostLikely = said.contains("Most likely ");
            if (!a.emergency() && mostLikely && !a.driver().id().equals(Driver.UNCLEAR)
                    && !a.driver().id().equals(a.leading().driver())) {
                contradictions.add(c.file() + ": '" + said.substring(said.indexOf("Most likely")).split("\\.")[0]
                        + "' but driver " + a.driver().id());
            }
        }
        assertEquals(List.of(), contradictions);
    }

    @Test
    void closeLeadersUnderDifferentDriversLeaveTheDriverNotYetClearForThatReason() throws Exception {
        double share = TestKnowledge.SHIPPED.policy().closeShare();
        String split = TestKnowledge.SHIPPED.drivers().get(Driver.UNCLEAR).whenLeadersSplit();
        int seen = 0;
        for (ValidationSet.Case c : ValidationSet.load().cases()) {
            Assessment a = engine.assess(c.exam());
            if (DriverChoice.leadingDrivers(a.hypotheses(), share).size() > 1 && !a.emergency()
                    && !org.exampath.text.StartingEstimates.only(a)) {
                seen++;
                assertEquals(Driver.UNCLEAR, a.driver().id(), c.file());
                assertEquals(split, a.driver().management(), c.file());
                assertEquals(a.drivers().get(0).probability(), a.driver().probability(), 1e-12, c.file());
                assertTrue(DriverChoice.leadersSplit(a, share), c.file());
            }
        }
        assertTrue(seen > 0, "no validation case has close leaders under different drivers");
    }

    @Test
    void aNamedDriverCarriesItsOwnAggregateFigure() throws Exception {
        for (ValidationSet.Case c : ValidationSet.load().cases()) {
            Assessment a = engine.assess(c.exam());
            if (!a.driver().id().equals(Driver.UNCLEAR)) {
                DriverResult own = a.drivers().stream().filter(d -> d.id().equals(a.driver().id())).findFirst().orElseThrow();
                assertEquals(own.probability(), a.driver().probability(), 1e-12, c.file());
                assertFalse(DriverChoice.leadersSplit(a, TestKnowledge.SHIPPED.policy().closeShare()), c.file());
            }
        }
    }
}
