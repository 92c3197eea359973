package org.exampath.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.PatientLabel;

/**
 * Reads exam/1's optional record fields: {@code patient.label} and the {@code encounter} object
 * (date, clinician, assessment, plan). Every field is optional; a present one must be well formed.
 */
final class RecordFields {
    private static final Pattern PLAIN_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private RecordFields() {
    }

    static ExamRecord read(JsonNode patient, JsonNode encounter) throws ExamFormatException {
        String label = null;
        if (patient != null && patient.isObject() && patient.has("label")) {
            label = name("patient.label", patient.get("label"), true);
        }
        if (encounter == null) {
            return new ExamRecord(label, null, null, null, null);
        }
        if (!encounter.isObject()) {
            throw new ExamFormatException("encounter: expected an object with date, clinician, assessment, plan, found "
                    + ExamReader.describe(encounter));
        }
        LocalDate date = null;
        String clinician = null;
        String assessment = null;
        String plan = null;
        for (Map.Entry<String, JsonNode> field : encounter.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "date" -> date = date(value);
                case "clinician" -> clinician = name("encounter.clinician", value, false);
                case "assessment" -> assessment = text("encounter.assessment", value);
                case "plan" -> plan = text("encounter.plan", value);
                default -> throw new ExamFormatException("encounter: unknown key \"" + ExamReader.clip(field.getKey())
                        + "\"; expected date, clinician, assessment, plan");
            }
        }
        return new ExamRecord(label, date, clinician, assessment, plan);
    }

    /** A 1..200-character name; a label may hold no control characters. */
    private static String name(String key, JsonNode node, boolean noControls) throws ExamFormatException {
        if (!node.isTextual()) {
            throw new ExamFormatException(key + ": expected a string of 1.." + ExamRecord.MAX_NAME + " characters, found "
                    + ExamReader.describe(node));
        }
        String text = wellFormed(key, node.asText());
        if (noControls) {
            java.util.Optional<String> problem = PatientLabel.problem(text);
            if (problem.isPresent()) {
                throw new ExamFormatException(key + ": " + problem.get());
            }
            return text;
        }
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > ExamRecord.MAX_NAME) {
            throw new ExamFormatException(key + ": expected 1.." + ExamRecord.MAX_NAME + " characters, found " + length);
        }
        return text;
    }

    private static String text(String key, JsonNode node) throws ExamFormatException {
        if (!node.isTextual()) {
            throw new ExamFormatException(key + ": expected a string of 0.." + ExamRecord.MAX_TEXT + " characters, found "
                    + ExamReader.describe(node));
        }
        String text = wellFormed(key, node.asText());
        int length = text.codePointCount(0, text.length());
        if (length > ExamRecord.MAX_TEXT) {
            throw new ExamFormatException(key + ": expected at most " + ExamRecord.MAX_TEXT + " characters, found " + length);
        }
        return text;
    }

    /**
     * The text itself when it is Unicode. A JSON escape (backslash, u, four hex digits) can spell half of a surrogate pair,
     * which is no character: it cannot be written as UTF-8 and a store would keep it as "?". Refused.
     */
    private static String wellFormed(String key, String text) throws ExamFormatException {
        int character = 1;
        for (int i = 0; i < text.length(); i++, character++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ExamFormatException(key + ": expected Unicode text, found an unpaired surrogate escape \\u"
                        + Integer.toHexString(c) + " at character " + character);
            }
        }
        return text;
    }

    /**
     * A plain {@code YYYY-MM-DD} day. ISO-8601 also has expanded years ({@code +12026-11-20}), which the store
     * and the export cannot keep, so only the four-digit form is read.
     */
    private static LocalDate date(JsonNode node) throws ExamFormatException {
        if (!node.isTextual() || !PLAIN_DATE.matcher(node.asText()).matches()) {
            throw new ExamFormatException("encounter.date: expected a date written YYYY-MM-DD (ISO-8601) such as 2026-11-27, found "
                    + ExamReader.describe(node));
        }
        try {
            return LocalDate.parse(node.asText(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new ExamFormatException("encounter.date: expected a real calendar day written YYYY-MM-DD, found "
                    + ExamReader.describe(node));
        }
    }
}
