package org.exampath.domain;

import java.util.Locale;

public enum Side {
    LEFT, RIGHT, BILATERAL;

    /** The lower-case id, worked out once: the engine asks for it on every assessment. */
    private final String id;

    Side() {
        id = name().toLowerCase(Locale.ROOT);
    }

    public String id() {
        return id;
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
