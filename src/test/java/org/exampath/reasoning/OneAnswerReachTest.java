package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.knowledge.Condition;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.RedFlagLevel;
import org.junit.jupiter.api.Test;

/**
 * The narrowing never drops a finding one answer to which would make a level hold: checked against trying every
 * answer to every mentioned finding, on the shipped red-flag levels and many random exams.
 */
class OneAnswerReachTest {
    private static final KnowledgeBase KNOWLEDGE = TestKnowledge.ENGINE.knowledge();
    private static final List<RedFlagLevel> LEVELS = KNOWLEDGE.redFlags().stream().flatMap(r -> r.levels().stream()).toList();

    @Test
    void everyFindingThatOneAnswerTurnsIsKept() {
        OneAnswerReach reach = new OneAnswerReach(LEVELS);
        Random random = new Random(11);
        int narrowed = 0;
        for (int i = 0; i < 200; i++) {
            ExamFacts facts = new ExamFacts(randomExam(random));
            for (RedFlagLevel level : LEVELS) {
                Set<String> mentioned = new TreeSet<>();
                level.when().references(mentioned);
                Set<String> kept = reach.worthTrying(level, facts, mentioned);
                for (String id : mentioned) {
                    if (turns(level.when(), facts, id)) {
                        assertTrue(kept.contains(id), id + " turns " + level.reason() + " but was dropped");
                    }
                }
                narrowed += kept.size() < mentioned.size() ? 1 : 0;
            }
        }
        assertTrue(narrowed > 0, "the narrowing never narrowed anything");
    }

    @Test
    void twoFailingPartsThatShareNoFindingLeaveNothingToTry() {
        Condition when = new Condition.All(List.of(new Condition.Is("redflag.diabetes", FindingValue.Flag.YES),
                new Condition.Is("redflag.iv_drug_use", FindingValue.Flag.YES)));
        RedFlagLevel level = LEVELS.get(0);
        RedFlagLevel both = new RedFlagLevel(level.urgency(), when, level.reason(), level.action(), level.judgement());
        ExamFacts none = new ExamFacts(new Exam(new Patient(40, Sex.MALE), Side.LEFT, Map.of()));
        assertEquals(Set.of(), new OneAnswerReach(List.of(both)).worthTrying(both, none,
                Set.of("redflag.diabetes", "redflag.iv_drug_use")));
    }

    private static boolean turns(Condition when, ExamFacts facts, String id) {
        if (facts.value(id) != null || when.test(facts)) {
            return false;
        }
        FindingDefinition definition = KNOWLEDGE.findings().get(id);
        if (definition == null) {
            return false;
        }
        List<FindingValue> tries = new ArrayList<>(NextTestRanker.probesOf(definition));
        Set<Integer> ends = new TreeSet<>();
        when.rangeEnds(id, ends);
        for (int end : ends) {
            for (int near = end - 1; near <= end + 1; near++) {
                tries.add(new FindingValue.Count(near));
            }
        }
        return tries.stream().anyMatch(value -> when.test(facts.with(id, value)));
    }

    private static Exam randomExam(Random random) {
        List<FindingDefinition> definitions = KNOWLEDGE.findings().values().stream().filter(d -> !d.pseudo()).toList();
        Map<String, FindingValue> findings = new TreeMap<>();
        for (int j = random.nextInt(10); j > 0; j--) {
            FindingDefinition d = definitions.get(random.nextInt(definitions.size()));
            List<FindingValue> probes = NextTestRanker.probesOf(d);
            if (!probes.isEmpty()) {
                findings.put(d.id(), probes.get(random.nextInt(probes.size())));
            }
        }
        Integer age = random.nextInt(3) == 0 ? null : 15 + random.nextInt(75);
        Sex sex = random.nextInt(3) == 0 ? null : Sex.values()[random.nextInt(Sex.values().length)];
        return new Exam(new Patient(age, sex), Side.values()[random.nextInt(Side.values().length)], findings);
    }
}
