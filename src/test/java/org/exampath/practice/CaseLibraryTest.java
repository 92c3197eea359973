package org.exampath.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.RedFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped case library: complete, covering, and agreed with by the engine case by case. */
class CaseLibraryTest {
    private static final CaseLibraryReader.Library LIBRARY = new CaseLibraryReader(TestKnowledge.SHIPPED).shipped();

    @TempDir
    Path dir;

    static Stream<PracticeCase> cases() {
        return LIBRARY.cases().stream();
    }

    @Test
    void theLibraryLoadsWholeAndCoversEveryHypothesisAndRedFlag() {
        assertEquals(List.of(), LIBRARY.problems());
        assertTrue(LIBRARY.cases().size() >= 20, "at least 20 cases, found " + LIBRARY.cases().size());
        Set<String> leading = new TreeSet<>();
        Set<String> flags = new TreeSet<>();
        int planted = 0;
        for (PracticeCase c : LIBRARY.cases()) {
            leading.addAll(c.expect().leading());
            flags.addAll(c.expect().redFlags());
            planted += c.expect().inconsistencyTouches().isEmpty() ? 0 : 1;
            assertFalse(c.teachingPoints().isEmpty(), c.name());
            assertFalse(c.vignette().isBlank(), c.name());
        }
        Set<String> allHypotheses = new TreeSet<>();
        TestKnowledge.SHIPPED.hypotheses().forEach(h -> allHypotheses.add(h.id()));
        Set<String> allFlags = new TreeSet<>();
        TestKnowledge.SHIPPED.redFlags().stream()
                .filter(f -> f.highest() != org.exampath.knowledge.Urgency.NOTED) // a logged low-value line, not a flag to teach
                .forEach(f -> allFlags.add(f.id()));
        assertEquals(allHypotheses, leading);
        assertEquals(allFlags, flags);
        assertTrue(planted >= 3, "some cases carry a planted inconsistency");
    }

    @Test
    void theIndexListsEveryShippedCaseFile() throws Exception {
        Path folder = TestKnowledge.resource("cases/index.txt").getParent();
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> onDisk = new TreeSet<>(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList());
            Set<String> indexed = new TreeSet<>(Files.readAllLines(folder.resolve("index.txt")).stream().filter(s -> !s.isBlank()).toList());
            assertEquals(onDisk, indexed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theEngineAgreesWithTheCase(PracticeCase c) {
        Assessment a = TestKnowledge.ENGINE.assess(c.exam());
        if (!c.expect().leading().isEmpty()) {
            assertTrue(c.expect().leading().contains(a.leading().id()), c.name() + ": leading " + a.leading().id());
        }
        Set<String> raised = new TreeSet<>(a.redFlags().stream().map(RedFlag::id).toList());
        assertTrue(raised.containsAll(c.expect().redFlags()), c.name() + ": raised " + raised);
        if (c.expect().noRedFlags()) {
            assertFalse(a.hasSeriousFlag(), c.name());
        }
        if (!c.expect().imaging().isEmpty()) {
            assertTrue(c.expect().imaging().contains(a.imaging().recommendation()), c.name() + ": " + a.imaging().recommendation());
        }
        if (!c.expect().inconsistencyTouches().isEmpty()) {
            assertTrue(a.inconsistencies().stream().anyMatch(i -> i.findings().stream().anyMatch(c.expect().inconsistencyTouches()::contains)),
                    c.name() + ": " + a.inconsistencies());
        }
    }

    @Test
    void aTeachersBadCaseFileIsReportedAndSkipped() throws Exception {
        Files.copy(TestKnowledge.resource("cases/malignancy-screen.json"), dir.resolve("good.json"));
        Files.writeString(dir.resolve("broken.json"), "{\"name\":\"x\",\"title\":\"t\",\"vignette\":\"v\",\"teachingPoints\":[],"
                + "\"exam\":{\"format\":\"exam/1\",\"side\":\"up\"},\"expect\":{}}");
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        CaseLibraryReader.Library teachers = new CaseLibraryReader(TestKnowledge.SHIPPED).folder(dir);
        assertEquals(List.of("malignancy-screen"), teachers.cases().stream().map(PracticeCase::name).toList());
        assertEquals(List.of("broken.json: side: expected one of left, right, bilateral, found \"up\" (skipped)"), teachers.problems());
        assertTrue(new CaseLibraryReader(TestKnowledge.SHIPPED).folder(dir.resolve("absent")).cases().isEmpty());
    }
}
