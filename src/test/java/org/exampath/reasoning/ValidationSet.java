package org.exampath.reasoning;

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
import org.exampath.domain.Exam;
import org.exampath.exchange.ExamFormatException;
import org.exampath.exchange.ExamReader;

/**
 * The published-case validation set under {@code src/test/resources/validation}: each file is one
 * case report translated into exam/1 with the report's own final diagnosis and red flags. Read
 * through the project's exam reader, so a file the reader would refuse fails loudly.
 */
public record ValidationSet(List<Case> cases) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The batch of a case file without a {@code batch} key: the set as first assembled. */
    public static final String ORIGINAL_BATCH = "original";

    /**
     * One case report: its exam and what the report concluded. {@code batch} names when it was added
     * (optional in the file), so figures on cases added later, before any knowledge change they
     * could have shaped, can be read apart from the rest. {@code knownMiss} (null for most) names one
     * expected flag that the evidence-based rules do not raise from what the report states, and why; it
     * is still counted as missed in the figures. {@code knownFalseEmergency} (null for most) names an emergency
     * the rules raise from what the report states although the report does not call for it, and why it is
     * kept; it is still counted as a false emergency in the figures.
     */
    public record Case(String file, String name, String source, Exam exam, String diagnosis,
                       List<String> leading, List<String> redFlags, boolean noRedFlags, String batch, KnownMiss knownMiss,
                       KnownFalseEmergency knownFalseEmergency) {
        public Case {
            leading = List.copyOf(leading);
            redFlags = List.copyOf(redFlags);
        }
    }

    /**
     * An expected flag the rules do not raise from the report's findings, and why; {@code laneEmpty} when the
     * report states nothing the lane lists at all (not even an item it notes).
     */
    public record KnownMiss(String flag, String why, boolean laneEmpty) {
    }

    /** An emergency raised by the report's findings that the report does not call for, and why the rule stands. */
    public record KnownFalseEmergency(String flag, String why) {
    }

    public ValidationSet {
        cases = List.copyOf(cases);
    }

    public static ValidationSet load() throws IOException {
        return load(TestKnowledge.resource("validation"));
    }

    public static ValidationSet load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ExamReader reader = new ExamReader(TestKnowledge.SHIPPED);
        List<Case> out = new ArrayList<>();
        for (Path file : files) {
            out.add(read(reader, file));
        }
        return new ValidationSet(out);
    }

    private static Case read(ExamReader reader, Path file) throws IOException {
        String where = file.getFileName().toString();
        JsonNode root = JSON.readTree(file.toFile());
        for (String key : List.of("name", "source", "note", "exam", "expect")) {
            if (!root.hasNonNull(key)) {
                throw new IllegalArgumentException(where + ": missing \"" + key + "\"");
            }
        }
        JsonNode expect = root.get("expect");
        if (!expect.hasNonNull("diagnosis")) {
            throw new IllegalArgumentException(where + ": expect.diagnosis is missing");
        }
        Exam exam;
        try {
            exam = reader.read(JSON.writeValueAsBytes(root.get("exam")));
        } catch (ExamFormatException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        return new Case(where, root.get("name").asText(), root.get("source").asText(), exam,
                expect.get("diagnosis").asText(), texts(expect.path("leading")), texts(expect.path("redFlags")),
                expect.path("noRedFlags").asBoolean(false), root.path("batch").asText(ORIGINAL_BATCH),
                knownMiss(where, expect), knownFalseEmergency(where, expect));
    }

    private static KnownFalseEmergency knownFalseEmergency(String where, JsonNode expect) {
        if (!expect.has("knownFalseEmergency")) {
            return null;
        }
        JsonNode known = expect.get("knownFalseEmergency");
        if (!known.isObject() || !known.path("flag").isTextual() || !known.path("why").isTextual() || known.get("why").asText().isBlank()) {
            throw new IllegalArgumentException(where + ": expect.knownFalseEmergency must be {\"flag\": the emergency raised, \"why\": the reason}");
        }
        String flag = known.get("flag").asText();
        if (texts(expect.path("redFlags")).contains(flag)) {
            throw new IllegalArgumentException(where + ": expect.knownFalseEmergency names " + flag + ", which the report calls for");
        }
        return new KnownFalseEmergency(flag, known.get("why").asText());
    }

    private static KnownMiss knownMiss(String where, JsonNode expect) {
        if (!expect.has("knownMiss")) {
            return null;
        }
        JsonNode miss = expect.get("knownMiss");
        if (!miss.isObject() || !miss.path("flag").isTextual() || !miss.path("why").isTextual() || miss.get("why").asText().isBlank()) {
            throw new IllegalArgumentException(where + ": expect.knownMiss must be {\"flag\": an expected flag, \"why\": the reason}");
        }
        String flag = miss.get("flag").asText();
        if (!texts(expect.path("redFlags")).contains(flag)) {
            throw new IllegalArgumentException(where + ": expect.knownMiss names " + flag + ", which is not in expect.redFlags");
        }
        return new KnownMiss(flag, miss.get("why").asText(), miss.path("laneEmpty").asBoolean(false));
    }

    public Set<String> diagnoses() {
        Set<String> out = new TreeSet<>();
        cases.forEach(c -> out.add(c.diagnosis()));
        return out;
    }

    public Set<String> expectedFlags() {
        Set<String> out = new TreeSet<>();
        cases.forEach(c -> out.addAll(c.redFlags()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
