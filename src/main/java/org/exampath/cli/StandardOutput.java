package org.exampath.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output as a PrintStream that remembers why a write failed, so a reader that stopped early
 * ({@code exampath list | head -1}: a closed pipe) can be told from output that was lost (a full disk behind
 * {@code > file}). A PrintStream alone keeps only that something failed.
 */
public final class StandardOutput extends PrintStream {
    private final Watched watched;

    private StandardOutput(Watched watched, Charset charset) {
        super(watched, true, charset);
        this.watched = watched;
    }

    /** Over {@code out}, writing text in {@code charset}. */
    public static StandardOutput over(OutputStream out, Charset charset) {
        return new StandardOutput(new Watched(out), charset);
    }

    /** The process's standard output, in the encoding {@link System#out} uses. */
    public static StandardOutput ofProcess() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        Charset charset = name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
        return new StandardOutput(new Watched(new java.io.BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 8192)),
                charset);
    }

    /**
     * A write failed because whoever read standard output stopped reading and closed it: the system says
     * "broken pipe" (Windows: the pipe "is being closed" or "has been ended"). Any other failure, a pipe's included
     * (a full non-blocking pipe whose reader is still there fails with "resource temporarily unavailable"), is a
     * real write error and is reported.
     */
    public boolean closedByReader() {
        flush();
        IOException failure = watched.failure;
        if (failure == null) {
            return false;
        }
        String message = String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("broken pipe") || message.contains("pipe is being closed") || message.contains("pipe has been ended");
    }

    /** Passes every write on, and keeps the first failure. */
    private static final class Watched extends FilterOutputStream {
        private volatile IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
