package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * exam/1 asks every refusal to say which key and what was expected. An unknown finding id says that a finding id of
 * the catalogue was expected, and names the nearest one when it is a near miss (a plural, a typo); the patient's age
 * or sex, or the side, put among the findings is told where it belongs.
 */
class UnknownFindingSaysWhatWasExpectedTest {
    private static CommandRun evaluate(String findings) {
        String exam = "{\"format\": \"exam/1\", \"findings\": {" + findings + "}}";
        return CommandRun.with(new ByteArrayInputStream(exam.getBytes(StandardCharsets.UTF_8)), "evaluate", "-");
    }

    @Test
    void anUnknownFindingIsRefusedWithWhatWasExpected() {
        CommandRun nearMiss = evaluate("\"history.region.deep_mid_buttocks\": true");
        CommandRun misplaced = evaluate("\"patient.age\": 40");
        assertTrue(nearMiss.refusedInOneLine() && misplaced.refusedInOneLine(), "precondition: both refused in one line");
        assertTrue(nearMiss.err().contains("expected") && misplaced.err().contains("expected"),
                "the refusal names the key but not what was expected: " + nearMiss.err().strip() + " | " + misplaced.err().strip());
        assertTrue(nearMiss.err().contains("(did you mean \"history.region.deep_mid_buttock\"?)"), nearMiss.err());
        assertTrue(misplaced.err().contains("expected it in \"patient\": {\"age\": 12..110}, not under findings"), misplaced.err());
    }

    @Test
    void theSexAndTheSideAreToldWhereTheyBelong() {
        CommandRun sex = evaluate("\"patient.sex\": \"female\"");
        CommandRun side = evaluate("\"side\": \"left\"");
        assertTrue(sex.refusedInOneLine() && side.refusedInOneLine());
        assertTrue(sex.err().contains("\"patient.sex\" is not a finding; expected it in \"patient\": {\"sex\":"), sex.err());
        assertTrue(side.err().contains("\"side\" is not a finding; expected it at the top level: \"side\":"), side.err());
    }

    @Test
    void anIdFarFromEveryFindingGetsNoGuess() {
        CommandRun far = evaluate("\"nerve.magic\": \"positive\"");
        assertTrue(far.refusedInOneLine());
        assertEquals("-: findings: unknown finding \"nerve.magic\"; expected a finding id of the catalogue\n", far.err());
        CommandRun twoEdits = evaluate("\"nerve.slupm\": \"positive\"");
        assertTrue(twoEdits.err().contains("did you mean \"nerve.slump\"?"), twoEdits.err());
        CommandRun huge = evaluate("\"" + "x".repeat(5000) + "\": true");
        assertTrue(huge.refusedInOneLine() && huge.err().length() < 300, "a long key is clipped, not compared: " + huge.err().length());
        assertFalse(huge.err().contains("did you mean"), huge.err());
    }
}
