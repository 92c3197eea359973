package org.exampath.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;

/**
 * The rule vocabulary at its edges, found by mutation testing: what a "not" or a count explains and mentions
 * (the red-flag lane asks for what a rule mentions), strict and inclusive bounds, and the reader's limits.
 */
class ConditionEdgesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FindingValue.Choice POSITIVE = new FindingValue.Choice("positive");

    private static Facts facts(Map<String, FindingValue> recorded) {
        return recorded::get;
    }

    /** A flag raised through an absence names the recorded answers it looked at, so the clinician sees what it stands on. */
    @Test
    void aNotIsExplainedByTheRecordedAnswersItLookedAt() {
        Condition notPositive = new Condition.Not(new Condition.Is("nerve.slr", POSITIVE));
        Set<String> out = new TreeSet<>();
        notPositive.explain(facts(Map.of("nerve.slr", new FindingValue.Choice("negative"))), out);
        assertEquals(Set.of("nerve.slr"), out);
        Set<String> none = new TreeSet<>();
        notPositive.explain(facts(Map.of()), none);
        assertEquals(Set.of(), none, "an unasked test is never named as a reason");
    }

    /**
     * What a rule mentions is what the lane asks next and what it counts as a shared sign: a finding inside a
     * "not" or a count must be mentioned, or it would never be asked.
     */
    @Test
    void aNotAndACountMentionEveryFindingInside() {
        Set<String> out = new TreeSet<>();
        new Condition.Not(new Condition.Tested("history.duration_weeks")).references(out);
        new Condition.CountAtLeast(1, List.of(new Condition.Is("redflag.diabetes", FindingValue.Flag.YES),
                new Condition.Is("redflag.iv_drug_use", FindingValue.Flag.YES))).references(out);
        assertEquals(Set.of("history.duration_weeks", "redflag.diabetes", "redflag.iv_drug_use"), out);
    }

    /** A duration threshold written under a "not" is still a value worth trying for that duration. */
    @Test
    void aRangeUnderANotKeepsItsEnds() {
        Set<Integer> ends = new TreeSet<>();
        new Condition.Not(new Condition.Between("history.duration_weeks", 0, 6)).rangeEnds("history.duration_weeks", ends);
        assertEquals(Set.of(0, 6), ends);
    }

    @Test
    void aGradeHoldsOnlyWithinItsRangeAndOnlyWhenTested() {
        Condition weak = new Condition.Grade("strength.hip_abduction", 0, 3);
        assertTrue(weak.test(facts(Map.of("strength.hip_abduction", new FindingValue.Strength(3, "none")))));
        assertFalse(weak.test(facts(Map.of("strength.hip_abduction", new FindingValue.Strength(4, "none")))));
        assertFalse(weak.test(facts(Map.of())), "an untested muscle is not weak");
    }

    /** "Leading below 0.5" is strict: a leading hypothesis at exactly 0.5 is not below it. */
    @Test
    void leadingBelowIsStrict() {
        Facts atHalf = new Facts() {
            @Override
            public FindingValue value(String id) {
                return null;
            }

            @Override
            public double leadingProbability() {
                return 0.5;
            }
        };
        assertFalse(new Condition.LeadingBelow(0.5).test(atHalf));
        assertTrue(new Condition.LeadingBelow(0.51).test(atHalf));
    }

    /** A rule with several levels holds when any level does; with one level it is that level. */
    @Test
    void aRuleHoldsWhenAnyOfItsLevelsHolds() {
        RedFlagRule fracture = rule("fracture");
        Facts hop = facts(Map.of("provocation.hop_test", POSITIVE));
        assertTrue(fracture.when().test(hop), "a positive hop test raises the fracture flag at a lower level");
        assertFalse(fracture.when().test(facts(Map.of())));
        RedFlagRule single = new RedFlagRule("x", "X", "act", List.of(), null,
                List.of(new RedFlagLevel(Urgency.SOON, new Condition.Is("redflag.diabetes", FindingValue.Flag.YES), "r", null, null)));
        assertEquals(single.levels().get(0).when(), single.when());
    }

    private static RedFlagRule rule(String id) {
        return TestKnowledge.SHIPPED.redFlags().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Condition read(ConditionParser.Scope scope, String json) throws Exception {
        return new ConditionParser(TestKnowledge.SHIPPED.findings(), scope, "test.json", Set.of("fracture"))
                .read(JSON.readTree(json), "rule");
    }

    @Test
    void leadingBelowTakesAProbabilityAboveZeroUpToOne() throws Exception {
        assertEquals(new Condition.LeadingBelow(1.0), read(ConditionParser.Scope.IMAGING, "{\"leadingBelow\":1}"));
        assertEquals(new Condition.LeadingBelow(0.25), read(ConditionParser.Scope.IMAGING, "{\"leadingBelow\":0.25}"));
        KnowledgeException zero = assertThrows(KnowledgeException.class, () -> read(ConditionParser.Scope.IMAGING, "{\"leadingBelow\":0}"));
        assertTrue(zero.getMessage().endsWith("leadingBelow takes a probability above 0 and at most 1, was 0"), zero.getMessage());
        assertThrows(KnowledgeException.class, () -> read(ConditionParser.Scope.IMAGING, "{\"leadingBelow\":1.01}"));
    }

    @Test
    void flagRaisedReadsItsUrgencies() throws Exception {
        assertEquals(new Condition.FlagRaised(Set.of("emergency", "urgent")),
                read(ConditionParser.Scope.IMAGING, "{\"flagRaised\":[\"urgent\",\"emergency\"]}"));
    }

    /** A one-point range is a range: "at least the largest whole number" is read, not refused as empty. */
    @Test
    void aOnePointRangeIsAccepted() throws Exception {
        Condition c = read(ConditionParser.Scope.EXAM, "{\"atLeast\":[\"history.duration_weeks\"," + Integer.MAX_VALUE + "]}");
        assertInstanceOf(Condition.Between.class, c);
        assertEquals(new Condition.Between("history.duration_weeks", Integer.MAX_VALUE, Integer.MAX_VALUE), c);
    }
}
