package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.exampath.TestKnowledge;
import org.exampath.knowledge.Hypothesis;
import org.exampath.knowledge.RedFlagRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Safety gates on the published-case validation set: every flag the report's diagnosis calls for is
 * raised (at an urgency that is acted on, not merely noted), and no emergency flag is raised that the
 * report does not call for. Top-1 accuracy is a figure
 * ({@code ValidationBench}), not a gate here.
 */
class ValidationSetTest {
    /** Issue 10 names these two hypotheses; they must be covered even before they reach the knowledge base. */
    private static final List<String> NEW_HYPOTHESES = List.of("lumbar_spinal_stenosis", "ischiofemoral_impingement");
    private static final String NOTED = "noted";
    private static ValidationSet set;

    @BeforeAll
    static void load() throws IOException {
        set = ValidationSet.load();
    }

    static Stream<Named<ValidationSet.Case>> cases() throws IOException {
        return ValidationSet.load().cases().stream().map(c -> Named.of(c.file(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyExpectedFlagIsRaisedAndNoUnexpectedEmergency(ValidationSet.Case c) {
        Assessment a = TestKnowledge.ENGINE.assess(c.exam());
        Set<String> raised = raisedFlags(a);
        for (String flag : c.redFlags()) {
            if (c.knownMiss() != null && c.knownMiss().flag().equals(flag)) {
                // a recorded miss stays exact: once the flag is raised the record must go; the lane shows what the
                // report gives unless the record says it gives nothing the lane lists; and it never reads as a clear screen
                assertFalse(raised.contains(flag), c.file() + ": " + flag + " is now raised; remove knownMiss");
                assertEquals(c.knownMiss().laneEmpty(), a.redFlags().isEmpty(),
                        c.file() + ": knownMiss.laneEmpty must say whether the lane shows anything; lane " + a.redFlags());
                assertFalse(a.imaging().reason().toLowerCase(java.util.Locale.ROOT).contains("no red flag"),
                        c.file() + ": a known miss never reads as a clear screen: " + a.imaging().reason());
                continue;
            }
            assertTrue(raised.contains(flag), c.file() + ": red flag " + flag + " not raised; raised " + raised
                    + (notedOnly(a).contains(flag) ? " (" + flag + " only noted)" : ""));
        }
        List<String> unexpectedEmergencies = new java.util.ArrayList<>(a.redFlags().stream()
                .filter(f -> "emergency".equals(f.urgency()))
                .map(RedFlag::id)
                .filter(id -> !c.redFlags().contains(id))
                .toList());
        if (c.knownFalseEmergency() != null) {
            // a recorded false emergency stays exact: once it is no longer raised the record must go
            assertTrue(unexpectedEmergencies.remove(c.knownFalseEmergency().flag()),
                    c.file() + ": " + c.knownFalseEmergency().flag() + " is no longer an emergency here; remove knownFalseEmergency");
        }
        assertTrue(unexpectedEmergencies.isEmpty(), c.file() + ": emergency flag the report does not call for " + unexpectedEmergencies);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void expectationsNameKnownIds(ValidationSet.Case c) {
        Set<String> hypotheses = hypothesisIds();
        Set<String> flags = flagIds();
        assertTrue(hypotheses.contains(c.diagnosis()) || flags.contains(c.diagnosis()),
                c.file() + ": diagnosis " + c.diagnosis() + " is neither a hypothesis nor a red flag");
        if (flags.contains(c.diagnosis())) {
            assertTrue(c.redFlags().contains(c.diagnosis()), c.file() + ": a red-flag diagnosis must be an expected flag");
        }
        c.leading().forEach(h -> assertTrue(hypotheses.contains(h), c.file() + ": leading " + h + " is not a hypothesis"));
        c.redFlags().forEach(f -> assertTrue(flags.contains(f), c.file() + ": red flag " + f + " is unknown"));
        assertFalse(c.noRedFlags() && !c.redFlags().isEmpty(), c.file() + ": noRedFlags with expected red flags");
        assertFalse(c.source().isBlank(), c.file() + ": source is blank");
    }

    @Test
    void atLeastThirtyCases() {
        assertTrue(set.cases().size() >= 30, "only " + set.cases().size() + " validation cases");
    }

    @Test
    void everyHypothesisIsSomeCasesDiagnosis() {
        Set<String> missing = hypothesisIds();
        missing.removeAll(set.diagnoses());
        assertEquals(Set.of(), missing, "hypotheses no validation case is diagnosed with");
    }

    @Test
    void everyRedFlagIsSomeCasesExpectedFlag() {
        Set<String> missing = flagIds();
        missing.removeAll(set.expectedFlags());
        assertEquals(Set.of(), missing, "red flags no validation case expects");
    }

    /**
     * Flags that stand for action: a flag logged only as "noted" (a low-value item that is never
     * escalated) does not count as raising it.
     */
    static Set<String> raisedFlags(Assessment a) {
        Set<String> out = new TreeSet<>();
        a.redFlags().stream().filter(f -> !NOTED.equals(f.urgency())).forEach(f -> out.add(f.id()));
        return out;
    }

    private static Set<String> notedOnly(Assessment a) {
        Set<String> out = new TreeSet<>();
        a.redFlags().stream().filter(f -> NOTED.equals(f.urgency())).forEach(f -> out.add(f.id()));
        out.removeAll(raisedFlags(a));
        return out;
    }

    private static Set<String> hypothesisIds() {
        Set<String> ids = new TreeSet<>(NEW_HYPOTHESES);
        TestKnowledge.SHIPPED.hypotheses().stream().map(Hypothesis::id).forEach(ids::add);
        return ids;
    }

    /** The red flags that stand for action: a rule whose every level is "noted" only logs low-value items. */
    private static Set<String> flagIds() {
        Set<String> ids = new TreeSet<>();
        TestKnowledge.SHIPPED.redFlags().stream()
                .filter(rule -> rule.levels().stream().anyMatch(level -> level.urgency() != org.exampath.knowledge.Urgency.NOTED))
                .map(RedFlagRule::id).forEach(ids::add);
        return ids;
    }
}
