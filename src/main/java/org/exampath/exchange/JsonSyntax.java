package org.exampath.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns the text of an exam file into a JSON tree, strictly: one object, nothing after it, no key twice.
 * Whatever the parser objects to comes back as one plain line saying where (line, column, and the key
 * when the fault sits in a value) and what was expected, never in the parser's own words.
 */
final class JsonSyntax {
    static final int MAX_DEPTH = 16;
    /** Far longer than any exam value; the cap only keeps a huge number from costing seconds to convert. */
    static final int MAX_DIGITS = 1000;

    private final ObjectMapper mapper;
    /** What the text holds, in the messages: "exam" (an exam file) or "case" (a practice case file). */
    private final String what;
    /** What an empty input was expected to hold. */
    private final String expected;

    JsonSyntax() {
        this("exam", "a JSON object with \"format\": \"exam/1\"");
    }

    JsonSyntax(String what, String expected) {
        this.what = what;
        this.expected = expected;
        // Strings and keys can be no longer than the capped input, so those limits never answer first:
        // the reader then reports an over-long text under its own key, with its length.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_DIGITS)
                        .maxStringLength(ExamReader.MAX_BYTES).maxNameLength(ExamReader.MAX_BYTES).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper = new ObjectMapper(factory);
    }

    JsonNode tree(String text) throws ExamFormatException {
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode node;
            try {
                node = mapper.readTree(parser);
            } catch (StreamConstraintsException e) {
                throw limit(parser, e);
            } catch (JsonEOFException e) {
                throw new ExamFormatException("truncated JSON: the input ends at" + where(e.getLocation())
                        + " before the " + what + " is complete");
            } catch (JsonProcessingException e) {
                throw new ExamFormatException(JsonComplaints.plain(e.getOriginalMessage(), valueKey(parser),
                        key(parser.getParsingContext(), false), where(e.getLocation())));
            }
            if (node == null || node.isMissingNode()) {
                throw new ExamFormatException("empty input; expected " + expected);
            }
            nothingAfter(parser);
            return node;
        } catch (IOException e) {
            throw new ExamFormatException("cannot read the input; expected a JSON exam file");
        }
    }

    private void nothingAfter(JsonParser parser) throws IOException, ExamFormatException {
        JsonLocation at;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            at = parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            at = e.getLocation();
        }
        throw new ExamFormatException("unexpected content after the " + what + " object at" + where(at)
                + "; expected the input to end after its closing }");
    }

    private static ExamFormatException limit(JsonParser parser, StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return new ExamFormatException("input nests deeper than " + MAX_DEPTH + " levels; an exam file is flat");
        }
        String key = key(parser.getParsingContext(), true);
        String prefix = key.isEmpty() ? "" : key + ": ";
        String at = where(e.getLocation() != null ? e.getLocation() : parser.currentLocation());
        if (m.startsWith("Number value length")) {
            return new ExamFormatException(prefix + "expected a number of at most " + MAX_DIGITS + " digits, found a longer one at" + at);
        }
        return new ExamFormatException(prefix + "the input at" + at + " is larger than an exam file can be");
    }

    /**
     * The key whose value the parser was reading when it failed, or "" when the fault is not in a value (a
     * key, a bracket, a comma). Right after a key the parser is on that key's FIELD_NAME token.
     */
    private static String valueKey(JsonParser parser) {
        return parser.currentToken() == JsonToken.FIELD_NAME ? key(parser.getParsingContext(), true) : "";
    }

    /** The dotted path of object keys down to this context, as the reader names keys (findings.nerve.slr). */
    static String key(JsonStreamContext context, boolean withCurrentName) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            boolean own = c == context;
            if (c.inObject() && c.getCurrentName() != null && (!own || withCurrentName)) {
                parts.addFirst(c.getCurrentName());
            }
        }
        return ExamReader.clip(String.join(".", parts));
    }

    private static String where(JsonLocation at) {
        return at == null ? " an unknown place" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
