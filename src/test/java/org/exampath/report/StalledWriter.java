package org.exampath.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.exampath.exchange.AtomicFile;

/** A child process for the kill -9 test: starts writing a note, says so, then waits to be killed. */
public final class StalledWriter {
    private StalledWriter() {
    }

    public static void main(String[] args) throws IOException {
        AtomicFile.write(Path.of(args[0]), List.of(), out -> {
            out.write("%PDF-1.7 half".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            System.in.read();
        });
    }
}
