package org.exampath.domain;

import java.util.Locale;

public enum Side {
    LEFT, RIGHT, BILATERAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Side fromId(String id) {
        for (Side side : values()) {
            if (side.id().equals(id)) {
                return side;
            }
        }
        return null;
    }
}
