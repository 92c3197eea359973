package org.exampath.domain;

import java.util.Locale;

public enum Sex {
    FEMALE, MALE, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
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
