package org.exampath.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.practice.PracticeCase;

/**
 * The {@code expect} object of a practice case file, read as strictly as an exam file: every key known, every list
 * a list of known ids, {@code noRedFlags} a boolean. A refusal names the key and what was expected.
 */
final class CaseExpect {
    private static final List<String> KEYS = List.of("leading", "redFlags", "noRedFlags", "imaging", "inconsistencyTouches");

    private CaseExpect() {
    }

    static PracticeCase.Expect read(JsonNode e, KnowledgeBase knowledge) throws ExamFormatException {
        if (e == null || !e.isObject()) {
            throw new ExamFormatException("expect: expected an object with " + String.join(", ", KEYS) + ", found "
                    + (e == null ? "nothing" : ExamReader.describe(e)));
        }
        for (var it = e.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new ExamFormatException("expect: unknown key \"" + ExamReader.clip(key) + "\"; expected "
                        + String.join(", ", KEYS));
            }
        }
        Set<String> leading = ids(e, "leading", knowledge.hypotheses().stream().map(h -> h.id()).toList());
        Set<String> flags = ids(e, "redFlags", knowledge.redFlags().stream().map(f -> f.id()).toList());
        Set<String> imaging = ids(e, "imaging", List.of("not_indicated", "if_no_progress", "urgent"));
        Set<String> touches = ids(e, "inconsistencyTouches", List.copyOf(knowledge.findings().keySet()));
        JsonNode noRedFlags = e.get("noRedFlags");
        if (noRedFlags != null && !noRedFlags.isBoolean()) {
            throw new ExamFormatException("expect.noRedFlags: expected true or false, found " + ExamReader.describe(noRedFlags));
        }
        return new PracticeCase.Expect(leading, flags, noRedFlags != null && noRedFlags.booleanValue(), imaging, touches);
    }

    private static Set<String> ids(JsonNode expect, String key, List<String> allowed) throws ExamFormatException {
        Set<String> out = new TreeSet<>();
        JsonNode list = expect.get(key);
        if (list == null) {
            return out;
        }
        if (!list.isArray()) {
            throw new ExamFormatException("expect." + key + ": expected a list of ids, found " + ExamReader.describe(list));
        }
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                throw new ExamFormatException("expect." + key + ": expected a list of ids (strings), found " + ExamReader.describe(item));
            }
            if (!allowed.contains(item.asText())) {
                throw new ExamFormatException("expect." + key + ": unknown id \"" + ExamReader.clip(item.asText()) + "\"");
            }
            out.add(item.asText());
        }
        return out;
    }
}
