package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Every worked case runs through the real reader and engine and must meet its expect block. */
class SharedCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(TestKnowledge.resource("shared-cases"))) {
            List<Path> sorted = new ArrayList<>(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            return sorted.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseMeetsItsExpectations(Path file) throws Exception {
        JsonNode root = JSON.readTree(file.toFile());
        byte[] exam = JSON.writeValueAsBytes(root.get("exam"));
        Assessment a = TestKnowledge.ENGINE.assess(new ExamReader(TestKnowledge.SHIPPED).read(exam));
        check(root.get("expect"), a);
    }

    /** The meaning of the expect block, shared with the practice-mode case library. */
    public static void check(JsonNode expect, Assessment a) {
        Set<String> raised = new TreeSet<>();
        a.redFlags().forEach(f -> raised.add(f.id()));
        if (expect.has("leading")) {
            assertTrue(texts(expect.get("leading")).contains(a.leading().id()),
                    "leading was " + a.leading().id() + " at " + a.leading().probability() + ", expected one of " + expect.get("leading"));
        }
        for (String flag : texts(expect.path("redFlags"))) {
            assertTrue(raised.contains(flag), "red flag " + flag + " not raised; raised " + raised);
        }
        if (expect.path("noRedFlags").asBoolean(false)) {
            assertFalse(a.hasSeriousFlag(), "no emergency or urgent flag may be raised; raised " + raised);
        }
        if (expect.has("imaging")) {
            assertTrue(texts(expect.get("imaging")).contains(a.imaging().recommendation()),
                    "imaging was " + a.imaging().recommendation() + ", expected one of " + expect.get("imaging"));
        }
        if (expect.has("inconsistencyTouches")) {
            Set<String> touches = new TreeSet<>(texts(expect.get("inconsistencyTouches")));
            boolean touched = a.inconsistencies().stream().anyMatch(i -> i.findings().stream().anyMatch(touches::contains));
            assertTrue(touched, "no inconsistency names any of " + touches + "; found " + a.inconsistencies());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
