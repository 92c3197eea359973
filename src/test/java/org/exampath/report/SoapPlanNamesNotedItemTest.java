package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.NotedItems;
import org.junit.jupiter.api.Test;

/**
 * The copied summary's P paragraph names a noted (not escalated) item in the sentence that gives its action, so
 * "on its own it does not change what to do" can never read as said of the urgent fracture flag printed before it
 * (review 28, finding 2).
 */
class SoapPlanNamesNotedItemTest {
    @Test
    void aNotedItemsActionInThePlanNamesTheItem() {
        Exam exam = new Exam(new Patient(72, Sex.FEMALE), null, java.util.Map.of())
                .with("redflag.osteoporosis_or_steroids", FindingValue.Flag.YES);
        Assessment a = TestKnowledge.ENGINE.assess(exam);
        assertTrue(a.redFlags().stream().anyMatch(f -> !f.noted()), "a real flag stands beside the noted item: " + a.redFlags());
        RedFlag noted = a.redFlags().stream().filter(RedFlag::noted).findFirst().orElseThrow();
        String p = new SoapSummary(TestKnowledge.SHIPPED).text(exam, a, new NoteContext("P-1", "2026-11-27", "", "v", List.of()))
                .lines().filter(l -> l.startsWith("P: ")).findFirst().orElseThrow().toLowerCase(Locale.ROOT);
        int at = p.indexOf(noted.action().toLowerCase(Locale.ROOT));
        assertTrue(at >= 0, "the noted item's action is in the plan: " + p);
        // the sentence that carries the action, from the end of the one before it
        String sentence = p.substring(p.lastIndexOf(". ", at) + 1, at);
        for (String name : NotedItems.names(TestKnowledge.SHIPPED, noted, exam)) {
            assertTrue(sentence.contains(name.toLowerCase(Locale.ROOT)),
                    "the plan says which item '" + noted.action() + "' is about (" + name + "); its sentence begins: " + sentence);
        }
    }
}
