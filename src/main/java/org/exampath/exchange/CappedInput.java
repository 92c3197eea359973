package org.exampath.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading what a user points at, never more than a cap: a regular file only (a pipe would block, a
 * device such as /dev/zero never ends), its size checked before reading and the read itself bounded,
 * so a file that grows while read is refused too.
 */
final class CappedInput {
    static final String TOO_LARGE = "input is larger than 1 MiB; an exam file is a few kilobytes";

    private CappedInput() {
    }

    static byte[] file(Path path, int max) throws ExamFormatException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new ExamFormatException("is a folder, not an exam file");
            }
            if (!attributes.isRegularFile()) {
                throw new ExamFormatException("is not a regular file (a device, pipe or socket); expected an exam file");
            }
            if (attributes.size() > max) {
                throw new ExamFormatException(TOO_LARGE);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return stream(in, max);
            }
        } catch (NoSuchFileException e) {
            throw new ExamFormatException("no such file");
        } catch (AccessDeniedException e) {
            // its message is only the file's name, which the line already begins with
            throw new ExamFormatException("cannot read: permission denied");
        } catch (FileSystemException e) {
            throw new ExamFormatException("cannot read: " + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()));
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            throw new ExamFormatException("cannot read: " + m.lines().findFirst().orElse(m));
        }
    }

    static byte[] stream(InputStream in, int max) throws IOException, ExamFormatException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw new ExamFormatException(TOO_LARGE);
        }
        return bytes;
    }
}
