package org.exampath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exampath.exchange.ExamFormatException;
import org.exampath.exchange.ExamReader;

/** An exam from standard input: read up to the cap, with an accurate word when there is nothing to read. */
final class StandardInput {
    private static final String HINT = "; pipe an exam file into it or give its file name";

    private StandardInput() {
    }

    static byte[] read(InputStream stdin) throws ExamFormatException {
        if (stdin == System.in && closedAtLaunch()) {
            throw new ExamFormatException("standard input is closed" + HINT);
        }
        try {
            byte[] bytes = ExamReader.capped(stdin);
            if (bytes.length == 0) {
                throw new ExamFormatException("standard input is empty" + HINT);
            }
            return bytes;
        } catch (IOException e) {
            throw new ExamFormatException("standard input cannot be read (" + e.getMessage() + ")" + HINT);
        }
    }

    /**
     * Started with descriptor 0 closed, the JVM reuses it for a file of its own (the runtime image or a
     * jar), which would otherwise be read as if the user had piped it in. Linux only; elsewhere false.
     */
    private static boolean closedAtLaunch() {
        try {
            Path zero = Path.of("/proc/self/fd/0");
            if (!Files.isSymbolicLink(zero)) {
                return false;
            }
            Path target = Files.readSymbolicLink(zero);
            if (target.startsWith(Path.of(System.getProperty("java.home")).toRealPath())) {
                return true;
            }
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty() && Files.exists(Path.of(entry)) && target.equals(Path.of(entry).toRealPath())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
