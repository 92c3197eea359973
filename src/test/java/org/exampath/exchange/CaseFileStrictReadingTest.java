package org.exampath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher's practice case file is read as strictly as an exam file: a key given twice (in the exam or around it), a
 * wrong type, an unknown key or content after the case is refused with one line naming the key and what was expected,
 * and the case is skipped, never read with a guess.
 */
class CaseFileStrictReadingTest {
    private static final String EXAM = "{\"format\": \"exam/1\", \"patient\": {\"age\": 40, \"sex\": \"male\"}, \"side\": \"left\","
            + " \"findings\": {\"nerve.slump\": \"negative\", \"history.aggravator.sitting\": true}}";

    @TempDir
    Path dir;

    private static String caseFile(String exam, String around, String expect) {
        return "{\"name\": \"slump-twice\", \"title\": \"Buttock pain on sitting\", \"vignette\": \"A 40-year-old office worker.\","
                + " \"teachingPoints\": [\"Read the slump.\"]," + around + " \"exam\": " + exam + ","
                + " \"expect\": {\"imaging\": [\"not_indicated\"]" + expect + "}}";
    }

    /** The one problem a folder holding only this file gives, after checking the case was skipped. */
    private String refusal(String text) throws Exception {
        Files.writeString(dir.resolve("case.json"), text, StandardCharsets.UTF_8);
        CaseLibraryReader.Library library = new CaseLibraryReader(TestKnowledge.SHIPPED).folder(dir);
        assertTrue(library.cases().isEmpty(), "read with no problem reported: " + library.cases());
        assertEquals(1, library.problems().size(), library.problems().toString());
        String problem = library.problems().get(0);
        assertTrue(problem.startsWith("case.json: ") && problem.endsWith(" (skipped)") && !problem.contains("\n"), problem);
        return problem;
    }

    @Test
    void aCaseFileWithAFindingGivenTwiceIsRefusedWithAReason() throws Exception {
        String text = caseFile(EXAM.replace("}}", ", \"nerve.slump\": \"positive\"}}"), "", "");
        Files.writeString(dir.resolve("slump-twice.json"), text, StandardCharsets.UTF_8);
        CaseLibraryReader.Library library = new CaseLibraryReader(TestKnowledge.SHIPPED).folder(dir);
        assertTrue(library.cases().isEmpty() && !library.problems().isEmpty(),
                "a case whose exam gives nerve.slump twice (negative, then positive) was read as "
                        + library.cases().stream().map(c -> "nerve.slump = " + c.exam().findings().get("nerve.slump")).toList()
                        + " with no problem reported: " + library.problems());
        assertTrue(library.problems().get(0).contains("nerve.slump"), library.problems().toString());
    }

    @Test
    void aTopLevelKeyGivenTwiceIsRefused() throws Exception {
        assertTrue(refusal(caseFile(EXAM, " \"title\": \"Another title\",", "")).contains("title"));
    }

    @Test
    void noRedFlagsMustBeABoolean() throws Exception {
        assertEquals("case.json: expect.noRedFlags: expected true or false, found \"yes\" (skipped)",
                refusal(caseFile(EXAM, "", ", \"noRedFlags\": \"yes\"")));
    }

    @Test
    void anUnknownTopLevelKeyIsRefusedNamingTheKeysExpected() throws Exception {
        String problem = refusal(caseFile(EXAM, " \"difficulty\": \"easy\",", ""));
        assertTrue(problem.contains("unknown key \"difficulty\"") && problem.contains("expected name, title, vignette, teachingPoints, exam, expect"),
                problem);
    }

    @Test
    void contentAfterTheCaseIsRefused() throws Exception {
        String problem = refusal(caseFile(EXAM, "", "") + "\n{\"name\": \"second\"}");
        assertTrue(problem.contains("unexpected content after the case object at line 2, column 1"), problem);
    }

    @Test
    void listsHoldOnlyStrings() throws Exception {
        String points = refusal(caseFile(EXAM, "", "").replace("[\"Read the slump.\"]", "[\"Read the slump.\", 3]"));
        assertTrue(points.contains("teachingPoints: expected each item to be a non-empty sentence, found 3"), points);
        String flags = refusal(caseFile(EXAM, "", ", \"redFlags\": [true]"));
        assertTrue(flags.contains("expect.redFlags: expected a list of ids (strings), found true"), flags);
        String expectKey = refusal(caseFile(EXAM, "", ", \"leadng\": []"));
        assertTrue(expectKey.contains("expect: unknown key \"leadng\"; expected leading, redFlags"), expectKey);
    }

    @Test
    void aWellFormedCaseWithABomIsRead() throws Exception {
        Files.writeString(dir.resolve("case.json"), "\uFEFF" + caseFile(EXAM, "", ", \"noRedFlags\": true"), StandardCharsets.UTF_8);
        CaseLibraryReader.Library library = new CaseLibraryReader(TestKnowledge.SHIPPED).folder(dir);
        assertEquals(List.of(), library.problems());
        assertEquals(1, library.cases().size());
        assertTrue(library.cases().get(0).expect().noRedFlags());
    }
}
