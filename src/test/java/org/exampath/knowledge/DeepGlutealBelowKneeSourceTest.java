package org.exampath.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * Review 35 (noticed): the deep gluteal rows for pain below the knee (knowledge 2026.12.13) name the series their
 * figures were estimated from, Lee and Son 2024, not Hopayian 2010, which gives no such figure; each says it is an
 * estimate and why.
 */
class DeepGlutealBelowKneeSourceTest {

    private static List<LikelihoodRow> rows() {
        return TestKnowledge.SHIPPED.rowsFor("history.region.below_knee").stream()
                .filter(r -> r.hypothesis().equals("deep_gluteal_syndrome")).toList();
    }

    @Test
    void bothRowsNameTheSeriesTheyWereEstimatedFrom() {
        assertEquals(2, rows().size());
        for (LikelihoodRow row : rows()) {
            assertEquals("lee_son2024", row.source(), row.outcome());
            assertEquals("estimate", row.tag(), row.outcome());
            assertTrue(row.estimate().startsWith("An estimate, not a published likelihood ratio"), row.estimate());
            assertTrue(row.estimate().contains("Lee and Son 2024"), row.estimate());
        }
        assertEquals(List.of(1.7, 0.7), rows().stream().map(LikelihoodRow::lr).sorted(java.util.Comparator.reverseOrder()).toList(),
                "the figures are unchanged");
    }

    @Test
    void theCitationGivesTheFullReference() {
        Citation lee = TestKnowledge.SHIPPED.citation("lee_son2024");
        assertTrue(lee.text().contains("The Nerve 2024;10(1):25-30"), lee.text());
        assertTrue(lee.text().contains("doi:10.21129/nerve.2024.00521"), lee.text());
        assertTrue(lee.text().contains("not in the evidence file"), lee.text());
    }
}
