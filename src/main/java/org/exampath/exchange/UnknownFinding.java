package org.exampath.exchange;

import java.util.Collection;
import java.util.Map;
import org.exampath.knowledge.FindingDefinition;

/**
 * Why a key under {@code findings} is refused, with what was expected: for the patient's age and sex or the side,
 * where they belong in an exam file; for any other id, that a finding id of the catalogue was expected, and the
 * nearest one when it is one or two edits away (a plural, a typo).
 */
final class UnknownFinding {
    /** How far apart, in single-character edits, an id and a catalogue id may be for the one to be suggested. */
    static final int NEAR = 2;
    /** Longer keys are not compared: no catalogue id is near them, and the comparison costs their length. */
    private static final int LONGEST_COMPARED = 200;

    private UnknownFinding() {
    }

    static String message(String id, Map<String, FindingDefinition> catalogue) {
        String quoted = "\"" + ExamReader.clip(id) + "\"";
        String belongs = switch (id) {
            case "patient.age", "age" -> "in \"patient\": {\"age\": 12..110}";
            case "patient.sex", "sex" -> "in \"patient\": {\"sex\": \"female\", \"male\" or \"other\"}";
            case "side" -> "at the top level: \"side\": \"left\", \"right\" or \"bilateral\"";
            default -> null;
        };
        if (belongs != null) {
            return "findings: " + quoted + " is not a finding; expected it " + belongs + ", not under findings";
        }
        String nearest = nearest(id, catalogue.values().stream().filter(d -> !d.pseudo()).map(FindingDefinition::id).toList());
        return "findings: unknown finding " + quoted + "; expected a finding id of the catalogue"
                + (nearest == null ? "" : " (did you mean \"" + nearest + "\"?)");
    }

    /** The catalogue id fewest edits from {@code id}, if at most {@link #NEAR}; the first in order on a tie. */
    static String nearest(String id, Collection<String> ids) {
        if (id.length() > LONGEST_COMPARED) {
            return null;
        }
        String best = null;
        int bestDistance = NEAR + 1;
        for (String candidate : ids.stream().sorted().toList()) {
            if (Math.abs(candidate.length() - id.length()) > NEAR) {
                continue;
            }
            int d = distance(id, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance: single-character insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
