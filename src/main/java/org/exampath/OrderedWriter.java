package org.exampath;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The writer of a small file kept on this computer (the Settings name and clinic, the text size): one daemon thread
 * that writes off the JavaFX thread in the order asked, and a close that waits for what was asked before it, so the
 * last choice before the window closes is kept.
 */
final class OrderedWriter {
    private OrderedWriter() {
    }

    /** A writer of its own, on one daemon thread called {@code name}. */
    static ExecutorService named(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Takes no more writes and waits up to {@code seconds} for those asked; says {@code unfinished} if they run on. */
    static void close(ExecutorService writer, long seconds, String unfinished) {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(seconds, TimeUnit.SECONDS)) {
                System.err.println(unfinished);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
