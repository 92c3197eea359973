package org.exampath.domain;

import java.util.Locale;

public enum Sex {
    FEMALE, MALE, OTHER;

    /** The lower-case id, worked out once: the engine asks for it on every assessment. */
    private final String id;

    Sex() {
        id = name().toLowerCase(Locale.ROOT);
    }

    public String id() {
        return id;
    }

    public static Sex fromId(String id) {
        for (Sex sex : values()) {
            if (sex.id().equals(id)) {
                return sex;
            }
        }
        return null;
    }
}
