package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.exampath.TestKnowledge;
import org.exampath.exchange.ExamReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared case and every library case keeps the flags it expects, and a case that expects no
 * flag gets no emergency or urgent one (issue 9).
 */
class CaseFlagsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(TestKnowledge.resource("shared-cases"), Path.of("assets", "cases"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsItsExpectedFlagsAndRaisesNoUnexpectedSeriousOne(Path file) throws Exception {
        JsonNode root = JSON.readTree(file.toFile());
        Assessment a = TestKnowledge.ENGINE.assess(new ExamReader(TestKnowledge.SHIPPED).read(JSON.writeValueAsBytes(root.get("exam"))));
        Set<String> expected = new TreeSet<>();
        root.path("expect").path("redFlags").forEach(n -> expected.add(n.asText()));
        Set<String> raised = new TreeSet<>();
        a.redFlags().forEach(f -> raised.add(f.id()));
        assertTrue(raised.containsAll(expected), "expected " + expected + ", raised " + raised);
        if (expected.isEmpty()) {
            List<String> serious = a.redFlags().stream().filter(RedFlag::serious).map(f -> f.id() + " " + f.urgency()).toList();
            assertEquals(List.of(), serious, "no flag expected, yet raised");
        }
    }
}
