package org.exampath.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.exampath.knowledge.Tag;

/**
 * The one-line legend of the evidence tags a note prints ("V-P", "C", "estimate" …), in the meanings the
 * evidence file gives them (§0.1), listing only the tags the note uses.
 */
final class EvidenceTags {
    private EvidenceTags() {
    }

    /** "Evidence tags: V-P verified in the primary source; C calculated …." or empty when no tag is used. */
    static String legend(Collection<String> used) {
        List<String> parts = new ArrayList<>();
        for (Tag tag : Tag.values()) {
            if (used.contains(tag.key())) {
                parts.add(tag.key() + " " + meaning(tag));
            }
        }
        return parts.isEmpty() ? "" : "Evidence tags: " + String.join("; ", parts) + ".";
    }

    private static String meaning(Tag tag) {
        return switch (tag) {
            case VERIFIED_PRIMARY -> "checked against the study itself (its abstract or tables)";
            case VERIFIED_SECONDARY -> "checked only in a secondary source that quotes the study";
            case COMPUTED -> "calculated here from checked sensitivity and specificity";
            case MEMORY -> "from recall, not yet checked in a source";
            case ESTIMATE -> "a judgement anchored on the source named, not a published figure";
        };
    }

}
