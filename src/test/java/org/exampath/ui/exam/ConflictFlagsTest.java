package org.exampath.ui.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.reasoning.RedFlag;
import org.exampath.ui.common.FindingConflict;
import org.junit.jupiter.api.Test;

class ConflictFlagsTest {
    private static FindingConflict conflict(String id, FindingValue kept, FindingValue refused) {
        return new FindingConflict(id, id, String.valueOf(kept), "carol", String.valueOf(refused), kept, refused);
    }

    private static Map<String, List<String>> ids(Map<String, List<RedFlag>> hidden) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        hidden.forEach((finding, flags) -> out.put(finding, flags.stream().map(RedFlag::id).toList()));
        return out;
    }

    private static Map<String, List<String>> hidden(Exam shown, FindingConflict... conflicts) {
        return ids(ConflictFlags.hidden(TestKnowledge.ENGINE, shown, null, List.of(conflicts)));
    }

    @Test
    void saddleNumbnessReplacedByAColleaguesNoHidesCaudaEquina() {
        Exam shown = Exam.empty().with("redflag.saddle_anaesthesia", FindingValue.Flag.NO);
        assertEquals(Map.of("redflag.saddle_anaesthesia", List.of("cauda_equina")),
                hidden(shown, conflict("redflag.saddle_anaesthesia", FindingValue.Flag.NO, FindingValue.Flag.YES)));
    }

    @Test
    void reducedSaddleSensationReplacedByNotRecordedHidesCaudaEquina() {
        assertEquals(Map.of("neuro.sensation.saddle", List.of("cauda_equina")),
                hidden(Exam.empty(), conflict("neuro.sensation.saddle", null, new FindingValue.Choice("reduced"))));
    }

    @Test
    void aFindingNoRuleTurnsOnHidesNothing() {
        Exam shown = Exam.empty().with("nerve.slump", new FindingValue.Choice("negative"));
        assertEquals(Map.of(), hidden(shown, conflict("nerve.slump", new FindingValue.Choice("negative"),
                new FindingValue.Choice("positive"))));
    }

    @Test
    void aFlagTheKeptExamRaisesAnywayIsNotHidden() {
        Exam shown = Exam.empty().with("redflag.saddle_anaesthesia", FindingValue.Flag.NO)
                .with("redflag.bladder_bowel_change", FindingValue.Flag.YES);
        assertEquals(Map.of(), hidden(shown, conflict("redflag.saddle_anaesthesia", FindingValue.Flag.NO,
                FindingValue.Flag.YES)));
    }

    @Test
    void onceTheScreenNoLongerShowsTheKeptValueNothingIsHidden() {
        Exam enteredAgain = Exam.empty().with("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
        assertEquals(Map.of(), hidden(enteredAgain, conflict("redflag.saddle_anaesthesia", FindingValue.Flag.NO,
                FindingValue.Flag.YES)));
    }

    @Test
    void aFlagOnlyTwoRefusedValuesRaiseTogetherCountsForBoth() {
        Exam shown = Exam.empty().with("redflag.bilateral_leg_symptoms", FindingValue.Flag.NO)
                .with("redflag.progressive_weakness", FindingValue.Flag.NO);
        var hidden = hidden(shown,
                conflict("redflag.bilateral_leg_symptoms", FindingValue.Flag.NO, FindingValue.Flag.YES),
                conflict("redflag.progressive_weakness", FindingValue.Flag.NO, FindingValue.Flag.YES));
        assertTrue(hidden.getOrDefault("redflag.bilateral_leg_symptoms", List.of()).contains("cauda_equina"), hidden.toString());
        assertTrue(hidden.getOrDefault("redflag.progressive_weakness", List.of()).contains("cauda_equina"), hidden.toString());
    }

    @Test
    void aFlagTheRefusedValueRaisesMorePressinglyThanTheKeptExamCounts() {
        Exam kept = Exam.empty().with("provocation.hop_test", new FindingValue.Choice("positive"))
                .with("redflag.major_trauma", FindingValue.Flag.NO);
        assertEquals(List.of("soon"), TestKnowledge.ENGINE.assess(kept).redFlags().stream()
                .filter(f -> f.id().equals("fracture")).map(RedFlag::urgency).toList(), "the kept exam raises it, less pressingly");
        assertEquals(Map.of("redflag.major_trauma", List.of("fracture")),
                hidden(kept, conflict("redflag.major_trauma", FindingValue.Flag.NO, FindingValue.Flag.YES)));
    }
}
