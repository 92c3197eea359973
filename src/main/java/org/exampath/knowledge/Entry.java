package org.exampath.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * One JSON object of a knowledge file with the words that locate it ("red flag fracture"): every
 * read is typed, every refusal names file, entry and fault in one line.
 */
final class Entry {
    private final String file;
    private final String where;
    private final JsonNode node;

    Entry(String file, String where, JsonNode node) {
        this.file = file;
        this.where = where;
        this.node = node;
        if (node == null || !node.isObject()) {
            throw failAt(file, where + ": expected a JSON object");
        }
    }

    static KnowledgeException failAt(String file, String message) {
        return new KnowledgeException("knowledge/" + file + ": " + message);
    }

    KnowledgeException fail(String message) {
        return failAt(file, where + ": " + message);
    }

    String file() {
        return file;
    }

    String where() {
        return where;
    }

    JsonNode node() {
        return node;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    /** Refuses any key outside this set: a misspelled key is a fault, never silently ignored. */
    Entry keys(Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw fail("unknown key \"" + key + "\" (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    Entry child(String key, String childWhere) {
        if (!has(key)) {
            throw fail("\"" + key + "\" is required");
        }
        return new Entry(file, childWhere, node.get(key));
    }

    String text(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw fail("\"" + key + "\" must be a non-empty string");
        }
        return value.asText();
    }

    String optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    double number(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isNumber()) {
            throw fail("\"" + key + "\" must be a number");
        }
        double number = value.asDouble();
        if (!Double.isFinite(number)) {
            throw fail("\"" + key + "\" must be finite");
        }
        return number;
    }

    int integer(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw fail("\"" + key + "\" must be a whole number");
        }
        return value.asInt();
    }

    boolean flag(String key) {
        if (!has(key)) {
            return false;
        }
        if (!node.get(key).isBoolean()) {
            throw fail("\"" + key + "\" must be true or false");
        }
        return node.get(key).asBoolean();
    }

    JsonNode array(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isArray()) {
            throw fail("\"" + key + "\" must be an array");
        }
        return value;
    }

    /** The objects of an array, each located by {@code name} and its position or id. */
    List<Entry> objects(String key, String name) {
        List<Entry> out = new ArrayList<>();
        int index = 0;
        for (JsonNode item : array(key)) {
            index++;
            String id = item.path("id").isTextual() ? item.get("id").asText() : String.valueOf(index);
            out.add(new Entry(file, name + " " + id, item));
        }
        return out;
    }

    /** A list of strings; absent means empty. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        if (!has(key)) {
            return out;
        }
        for (JsonNode item : array(key)) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw fail("\"" + key + "\" must list non-empty strings");
            }
            out.add(item.asText());
        }
        return out;
    }

    <E extends Enum<E> & Keyed> E choice(String key, Class<E> type, String what) {
        String value = text(key);
        E found = Keyed.find(type, value);
        if (found == null) {
            throw fail("unknown " + what + " \"" + value + "\" (expected one of " + Keyed.keys(type) + ")");
        }
        return found;
    }

    <E extends Enum<E> & Keyed> E optionalChoice(String key, Class<E> type, String what) {
        return has(key) ? choice(key, type, what) : null;
    }
}
