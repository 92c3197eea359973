package org.exampath.knowledge;

import java.util.ArrayList;
import java.util.List;

/** A closed value set written in the knowledge files by its key ({@code case_control}, {@code urgent}). */
public interface Keyed {
    String key();

    /** The constant with this key, or null. */
    static <E extends Enum<E> & Keyed> E find(Class<E> type, String key) {
        for (E constant : type.getEnumConstants()) {
            if (constant.key().equals(key)) {
                return constant;
            }
        }
        return null;
    }

    /** Every key of the set, in declaration order, for messages. */
    static <E extends Enum<E> & Keyed> String keys(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            out.add(constant.key());
        }
        return String.join(", ", out);
    }
}
