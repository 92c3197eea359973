package org.exampath.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;

/**
 * Reads the {@code exam/1} format exactly as the spec says and refuses everything else with one line
 * naming the key and what was expected. "not_tested" reads as absent.
 */
public final class ExamReader {
    public static final int MAX_BYTES = 1 << 20;
    private static final List<String> TOP_KEYS = List.of("format", "patient", "side", "findings", "encounter");

    private final KnowledgeBase knowledge;
    private final JsonSyntax syntax = new JsonSyntax();

    public ExamReader(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The bytes of an exam file: a regular file under the cap, refused with a one-line reason otherwise. */
    public static byte[] bytesOf(Path path) throws ExamFormatException {
        return CappedInput.file(path, MAX_BYTES);
    }

    /** At most the cap from a stream, refused when there is more (endless or growing input). */
    public static byte[] capped(InputStream in) throws IOException, ExamFormatException {
        return CappedInput.stream(in, MAX_BYTES);
    }

    public Exam read(byte[] bytes) throws ExamFormatException {
        return read(parse(bytes));
    }

    /** An exam already parsed as part of a larger file (a practice case); the same checks as for a file. */
    Exam read(JsonNode root) throws ExamFormatException {
        if (!root.isObject()) {
            throw new ExamFormatException("expected a JSON object at the top level, found " + describe(root));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_KEYS.contains(name)) {
                throw new ExamFormatException("unknown key \"" + clip(name) + "\" at the top level; expected "
                        + String.join(", ", TOP_KEYS));
            }
        }
        JsonNode format = root.get("format");
        if (format == null) {
            throw new ExamFormatException("format: missing; expected \"exam/1\"");
        }
        if (!format.isTextual() || !"exam/1".equals(format.asText())) {
            throw new ExamFormatException("format: expected \"exam/1\", found " + describe(format));
        }
        Patient patient = patient(root.get("patient"));
        ExamRecord record = RecordFields.read(root.get("patient"), root.get("encounter"));
        Side side = null;
        if (root.has("side")) {
            side = Side.fromId(textOf(root.get("side")));
            if (side == null) {
                throw new ExamFormatException("side: expected one of left, right, bilateral, found " + describe(root.get("side")));
            }
        }
        return new Exam(patient, side, findings(root.get("findings")), record);
    }

    private JsonNode parse(byte[] bytes) throws ExamFormatException {
        String text = text(bytes);
        if (text.isBlank()) {
            throw new ExamFormatException("empty input; expected a JSON object with \"format\": \"exam/1\"");
        }
        return syntax.tree(text);
    }

    /** The text of a file of exam/1 JSON (an exam, or a practice case holding one): under the cap, UTF-8, no BOM. */
    static String text(byte[] bytes) throws ExamFormatException {
        if (bytes.length > MAX_BYTES) {
            throw new ExamFormatException(CappedInput.TOO_LARGE);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExamFormatException("input is not UTF-8 text; expected a JSON exam file");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private Patient patient(JsonNode node) throws ExamFormatException {
        if (node == null) {
            return Patient.UNKNOWN;
        }
        if (!node.isObject()) {
            throw new ExamFormatException("patient: expected an object with age, sex and label, found " + describe(node));
        }
        Integer age = null;
        Sex sex = null;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            switch (field.getKey()) {
                case "age" -> age = integer("patient.age", field.getValue(), 12, 110);
                case "sex" -> {
                    sex = Sex.fromId(textOf(field.getValue()));
                    if (sex == null) {
                        throw new ExamFormatException("patient.sex: expected one of female, male, other, found "
                                + describe(field.getValue()));
                    }
                }
                case "label" -> { } // a record field, read by RecordFields
                default -> throw new ExamFormatException("patient: unknown key \"" + clip(field.getKey())
                        + "\"; expected age, sex, label");
            }
        }
        return new Patient(age, sex);
    }

    private Map<String, FindingValue> findings(JsonNode node) throws ExamFormatException {
        Map<String, FindingValue> out = new TreeMap<>();
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            throw new ExamFormatException("findings: expected an object of finding ids to values, found " + describe(node));
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String id = field.getKey();
            FindingDefinition definition = knowledge.findings().get(id);
            if (definition == null || definition.pseudo()) {
                throw new ExamFormatException(UnknownFinding.message(id, knowledge.findings()));
            }
            FindingValue value = value(definition, field.getValue());
            if (value != null) {
                out.put(id, value);
            }
        }
        return out;
    }

    private FindingValue value(FindingDefinition d, JsonNode node) throws ExamFormatException {
        String key = "findings." + d.id();
        switch (d.kind()) {
            case BOOLEAN:
                if (!node.isBoolean()) {
                    throw new ExamFormatException(key + ": expected true or false, found " + describe(node));
                }
                return FindingValue.Flag.of(node.asBoolean());
            case INTEGER:
                return new FindingValue.Count(integer(key, node, d.min(), d.max()));
            case CHOICE:
                if (!node.isTextual() || !d.values().contains(node.asText())) {
                    throw new ExamFormatException(key + ": expected one of " + String.join(", ", d.values())
                            + ", found " + describe(node));
                }
                return "not_tested".equals(node.asText()) ? null : new FindingValue.Choice(node.asText());
            default:
                return strength(key, node);
        }
    }

    private FindingValue strength(String key, JsonNode node) throws ExamFormatException {
        if (!node.isObject()) {
            throw new ExamFormatException(key + ": expected an object {\"grade\": 0..5, \"pain\": \"none\"|\"pain\"|\"familiar\"}, found "
                    + describe(node));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!"grade".equals(name) && !"pain".equals(name)) {
                throw new ExamFormatException(key + ": unknown key \"" + clip(name) + "\"; expected grade, pain");
            }
        }
        if (!node.has("grade")) {
            throw new ExamFormatException(key + ".grade: missing; expected an integer 0..5");
        }
        if (!node.has("pain")) {
            throw new ExamFormatException(key + ".pain: missing; expected none, pain or familiar");
        }
        int grade = integer(key + ".grade", node.get("grade"), 0, 5);
        String pain = textOf(node.get("pain"));
        if (!"none".equals(pain) && !"pain".equals(pain) && !"familiar".equals(pain)) {
            throw new ExamFormatException(key + ".pain: expected one of none, pain, familiar, found " + describe(node.get("pain")));
        }
        return new FindingValue.Strength(grade, pain);
    }

    private static int integer(String key, JsonNode node, int min, int max) throws ExamFormatException {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw new ExamFormatException(key + ": expected an integer " + min + ".." + max + ", found " + describe(node));
        }
        return node.asInt();
    }

    private static String textOf(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isTextual()) {
            return "\"" + clip(node.asText()) + "\"";
        }
        return clip(node.asText());
    }

    /** A value quoted in a message: one line, at most 40 characters, anything unprintable (or half a character) as "?". */
    static String clip(String text) {
        StringBuilder out = new StringBuilder();
        int characters = 0;
        for (int i = 0; i < text.length(); characters++) {
            int c = text.codePointAt(i);
            if (characters == 40) {
                return out.append('…').toString();
            }
            out.appendCodePoint(Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '?' : c);
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
