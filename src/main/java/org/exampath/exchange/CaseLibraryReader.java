package org.exampath.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.practice.PracticeCase;

/**
 * Reads practice cases: the library shipped in the jar ({@code cases/index.txt} lists its files) and
 * any files teachers drop into a folder. A bad file is reported and skipped, never fatal.
 */
public final class CaseLibraryReader {
    /** The cases read and, for every file that could not be used, one line saying why. */
    public record Library(List<PracticeCase> cases, List<String> problems) {
        public Library {
            cases = List.copyOf(cases);
            problems = List.copyOf(problems);
        }
    }

    public static final int MAX_FOLDER_FILES = 500;
    private static final List<String> TOP_KEYS = List.of("name", "title", "vignette", "teachingPoints", "exam", "expect");
    private final KnowledgeBase knowledge;
    /** As strict as an exam file's reading: one object, nothing after it, no key twice at any depth. */
    private final JsonSyntax json = new JsonSyntax("case", "a JSON object with " + String.join(", ", TOP_KEYS));
    private final ExamReader exams;

    public CaseLibraryReader(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.exams = new ExamReader(knowledge);
    }

    public Library shipped() {
        List<PracticeCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (InputStream index = CaseLibraryReader.class.getResourceAsStream("/cases/index.txt")) {
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (name.isBlank()) {
                    continue;
                }
                try (InputStream in = CaseLibraryReader.class.getResourceAsStream("/cases/" + name.strip())) {
                    read(name.strip(), in == null ? null : in.readAllBytes(), cases, problems);
                }
            }
        } catch (IOException | NullPointerException e) {
            problems.add("the shipped case library could not be read: " + e.getMessage());
        }
        return new Library(cases, problems);
    }

    /**
     * Every {@code *.json} in a teacher's folder (a missing folder is simply empty), each read as a
     * regular file under the exam size cap: a pipe, a device or a link to one is reported and skipped,
     * never waited on, and past {@link #MAX_FOLDER_FILES} files the rest are skipped.
     */
    public Library folder(Path dir) {
        List<PracticeCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Library(cases, problems);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".json")).sorted().limit(MAX_FOLDER_FILES + 1L).toList();
            if (found.size() > MAX_FOLDER_FILES) {
                problems.add(dir + ": more than " + MAX_FOLDER_FILES + " case files; only the first " + MAX_FOLDER_FILES + " are read");
                found = found.subList(0, MAX_FOLDER_FILES);
            }
            for (Path file : found) {
                try {
                    read(file.getFileName().toString(), ExamReader.bytesOf(file), cases, problems);
                } catch (ExamFormatException e) {
                    problems.add(file.getFileName() + ": " + e.getMessage() + " (skipped)");
                }
            }
        } catch (IOException e) {
            problems.add(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
        return new Library(cases, problems);
    }

    private void read(String name, byte[] bytes, List<PracticeCase> cases, List<String> problems) {
        try {
            cases.add(parse(bytes));
        } catch (ExamFormatException e) {
            problems.add(name + ": " + e.getMessage() + " (skipped)");
        }
    }

    PracticeCase parse(byte[] bytes) throws ExamFormatException {
        if (bytes == null) {
            throw new ExamFormatException("file is missing");
        }
        String source = ExamReader.text(bytes);
        if (source.isBlank()) {
            throw new ExamFormatException("empty file; expected a JSON object with " + String.join(", ", TOP_KEYS));
        }
        JsonNode root = json.tree(source);
        if (!root.isObject()) {
            throw new ExamFormatException("expected a JSON object with " + String.join(", ", TOP_KEYS) + ", found "
                    + ExamReader.describe(root));
        }
        for (var names = root.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!TOP_KEYS.contains(key)) {
                throw new ExamFormatException("unknown key \"" + ExamReader.clip(key) + "\" at the top level; expected "
                        + String.join(", ", TOP_KEYS));
            }
        }
        String name = text(root, "name");
        List<String> points = teachingPoints(root.get("teachingPoints"));
        if (!root.has("exam")) {
            throw new ExamFormatException("exam: missing");
        }
        // the subtree itself, not its text written out again: that would turn a lone surrogate escape into "?"
        var exam = exams.read(root.get("exam"));
        PracticeCase.Expect expect = CaseExpect.read(root.get("expect"), knowledge);
        return new PracticeCase(name, text(root, "title"), text(root, "vignette"), points, exam, expect);
    }

    private static List<String> teachingPoints(JsonNode list) throws ExamFormatException {
        if (list == null || !list.isArray()) {
            throw new ExamFormatException("teachingPoints: expected a list of sentences, found "
                    + (list == null ? "nothing" : ExamReader.describe(list)));
        }
        List<String> points = new ArrayList<>();
        for (JsonNode point : list) {
            if (!point.isTextual() || point.asText().isBlank()) {
                throw new ExamFormatException("teachingPoints: expected each item to be a non-empty sentence, found "
                        + ExamReader.describe(point));
            }
            points.add(point.asText());
        }
        return points;
    }

    private static String text(JsonNode root, String key) throws ExamFormatException {
        JsonNode v = root.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new ExamFormatException(key + ": expected a non-empty string");
        }
        return v.asText();
    }
}
