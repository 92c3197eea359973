package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.exampath.exchange.AssessmentWriter;
import org.exampath.knowledge.FindingDefinition;
import org.junit.jupiter.api.Test;

/**
 * The screen's state is part of the assessment, nothing says "no red flag" before the screen is
 * complete, and an emergency overrides everything else (issue 9 items 2 and 3).
 */
class RedFlagScreenTest {

    private static List<String> screenQuestions() {
        List<String> out = new ArrayList<>();
        for (FindingDefinition d : TestKnowledge.SHIPPED.findings().values()) {
            if (d.step().equals("redflag")) {
                out.add(d.id());
            }
        }
        return out;
    }

    /** A patient with nothing to flag: 45, male, all screening questions answered no. */
    private static Exams allNo() {
        return Exams.of().patient(45, Sex.MALE).no(screenQuestions().toArray(String[]::new));
    }

    @Test
    void theScreenIsEveryRedFlagQuestionAndCountsWhatWasAsked() {
        List<String> questions = screenQuestions();
        assertEquals(25, questions.size());
        RedFlagScreen empty = TestKnowledge.ENGINE.assess(Exams.of().exam()).redFlagScreen();
        assertEquals(new RedFlagScreen(0, 25, questions), empty);
        assertFalse(empty.complete());
        RedFlagScreen two = TestKnowledge.ENGINE.assess(Exams.of().no("redflag.saddle_anaesthesia")
                .yes("redflag.fever_or_unwell").exam()).redFlagScreen();
        assertEquals(2, two.asked());
        assertFalse(two.unasked().contains("redflag.saddle_anaesthesia"));
        assertTrue(TestKnowledge.ENGINE.assess(allNo().exam()).redFlagScreen().complete());
    }

    @Test
    void anEmptyExamNeverSaysNoRedFlag() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().exam());
        String reason = a.imaging().reason();
        assertTrue(reason.startsWith("Red-flag screen not complete (0 of 25 asked)"), reason);
        assertFalse(reason.toLowerCase(Locale.ROOT).contains("no red flag"), reason);
    }

    @Test
    void aCompleteNegativeScreenSaysSo() {
        Assessment a = TestKnowledge.ENGINE.assess(allNo().exam());
        assertEquals(List.of(), a.redFlags());
        assertEquals("not_indicated", a.imaging().recommendation());
        assertTrue(a.imaging().reason().startsWith("Red-flag screen complete (25 of 25 asked): no red flag raised."),
                a.imaging().reason());
        Assessment oneShort = TestKnowledge.ENGINE.assess(allNo().exam().with("redflag.night_pain_unrelieved", null));
        assertTrue(oneShort.imaging().reason().startsWith("Red-flag screen not complete (24 of 25 asked)"), oneShort.imaging().reason());
    }

    @Test
    void aRaisedFlagGivesItsOwnImagingReason() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().yes("redflag.cancer_history").exam());
        assertFalse(a.imaging().reason().startsWith("Red-flag screen"), a.imaging().reason());
    }

    @Test
    void ageAndSexAloneAskForARadiographAtThisVisit() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(75, Sex.FEMALE).count("history.duration_weeks", 3).exam());
        assertEquals("soon", a.redFlags().get(0).urgency());
        assertEquals("urgent", a.imaging().recommendation());
        assertTrue(a.imaging().reason().contains("radiograph at this visit"), a.imaging().reason());
    }

    @Test
    void anEmergencyWithholdsNextTestsAndManagement() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().yes("redflag.bladder_bowel_change", "history.region.lateral_hip")
                .is("provocation.single_leg_stance_30s", "positive").exam());
        assertTrue(a.emergency());
        assertEquals(List.of(), a.nextTests());
        assertEquals("emergency", a.driver().withheld());
        assertEquals(DriverResult.WITHHELD_TEXT, a.driver().management());
        for (DriverResult d : a.drivers()) {
            assertEquals("emergency", d.withheld(), d.id());
            assertEquals(DriverResult.WITHHELD_TEXT, d.management(), d.id());
        }
        String json = new String(new AssessmentWriter().write(a), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"withheld\" : \"emergency\""), json);
        assertTrue(json.contains("\"nextTests\" : [ ]"), json);
    }

    @Test
    void anUrgentFlagSubordinatesManagementAndNextTests() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().yes("redflag.cancer_history").exam());
        assertFalse(a.emergency());
        assertFalse(a.nextTests().isEmpty());
        assertEquals("urgent", a.driver().subordinateTo());
        assertNull(a.driver().withheld());
        String management = TestKnowledge.SHIPPED.drivers().get(a.driver().id()).management();
        assertEquals(management, a.driver().management());
    }

    @Test
    void soonAndNotedFlagsLeaveManagementAsItIs() {
        for (Exams exams : List.of(Exams.of().yes("history.aggravator.walking_distance"), Exams.of().yes("redflag.night_pain_unrelieved"))) {
            Assessment a = TestKnowledge.ENGINE.assess(exams.exam());
            assertFalse(a.redFlags().isEmpty());
            assertNull(a.driver().subordinateTo());
            assertNull(a.driver().withheld());
            assertFalse(a.nextTests().isEmpty());
        }
    }

    @Test
    void theScreenAndEachFlagsUrgencyAreInTheJsonByteForByte() {
        Exams exams = Exams.of().patient(75, Sex.FEMALE).yes("redflag.fever_or_unwell").count("history.duration_weeks", 3);
        byte[] first = new AssessmentWriter().write(TestKnowledge.ENGINE.assess(exams.exam()));
        byte[] again = new AssessmentWriter().write(new Engine(TestKnowledge.SHIPPED).assess(exams.exam()));
        assertArrayEquals(first, again);
        String json = new String(first, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"redFlagScreen\" : {\n    \"asked\" : 1,\n    \"total\" : 25,\n    \"complete\" : false,"), json);
        assertTrue(json.contains("\"id\" : \"infection\",\n    \"urgency\" : \"urgent\""), json);
        assertTrue(json.contains("\"id\" : \"fracture\",\n    \"urgency\" : \"soon\""), json);
        assertTrue(json.contains("\"judgement\""), json);
    }
}
