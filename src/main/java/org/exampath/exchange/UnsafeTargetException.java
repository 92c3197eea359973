package org.exampath.exchange;

import java.io.IOException;

/** An output path that must not be written: the message is one line saying why; nothing was written. */
public final class UnsafeTargetException extends IOException {
    public UnsafeTargetException(String message) {
        super(message);
    }
}
