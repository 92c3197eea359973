package org.exampath.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * The form is generated from the finding definitions: every finding must land in exactly one group
 * of one step, so it has exactly one row on the form and none vanishes (issue 11).
 */
class FormPlacementTest {
    private final KnowledgeBase kb = TestKnowledge.SHIPPED;

    @Test
    void everyFindingHasExactlyOneRowOnTheForm() {
        List<String> faults = new ArrayList<>();
        for (FindingDefinition d : kb.findings().values()) {
            int rows = 0;
            for (Group group : Group.values()) {
                rows += kb.findingsOf(group).contains(d) ? 1 : 0;
            }
            if (rows != 1) {
                faults.add(d.id() + " has " + rows + " rows");
            }
        }
        assertEquals(List.of(), faults);
        int placed = 0;
        for (Group group : Group.values()) {
            placed += kb.findingsOf(group).size();
        }
        assertEquals(kb.findings().size(), placed);
    }

    @Test
    void everyStepGroupIsOneTheFormShows() {
        // the history page lays out these groups by name (ui.exam.ExamSteps); every other step is shown whole
        Set<Group> historySections = EnumSet.of(Group.REGION, Group.QUALITY, Group.INTENSITY, Group.COURSE,
                Group.AGGRAVATOR, Group.PATTERN);
        Set<Group> history = EnumSet.noneOf(Group.class);
        for (Group group : Group.values()) {
            if (group.step() == Step.HISTORY) {
                history.add(group);
            }
        }
        assertEquals(historySections, history);
    }

    @Test
    void theStepAndGroupStringsReadBackAsTheirEnums() {
        for (FindingDefinition d : kb.findings().values()) {
            assertEquals(d.step(), d.section().key(), d.id());
            assertEquals(d.group(), d.place().key(), d.id());
            assertEquals(d.section(), d.place().step(), d.id());
        }
    }
}
