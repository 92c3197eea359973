package org.exampath.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary copies of the database a process writes beside it, named by that process so that two windows or
 * commands on one file never take each other's: the rolling backup's ({@code exampath.db.bak.<pid>.tmp}, moved into
 * place when whole) and the restore's side copy ({@code exampath.db.restore.<pid>.tmp}). Also the clean-up of one a
 * killed process left behind. Such a leftover holds a copy of the patients' data, so it should not stay; but nothing is
 * deleted unless it is unmistakably a copy of ours: its name is exactly the database's name with
 * {@code .<kind>.<pid>.tmp} (or the {@code .<kind>.tmp} of earlier versions), it is a plain file (not a link), the
 * process named in it is no longer running (a backup or restore under way in another window or command keeps its
 * copy), and it is either empty (made, not yet written) or an SQLite file carrying ExamPath's application id. SQLite's
 * own side files of such a copy go with it.
 */
final class SideCopies {
    /** The rolling backup's, written whole before it replaces {@code exampath.db.bak}. */
    static final SideCopies BACKUP = new SideCopies("bak");
    /** The restore's, where the backup is brought up to date before it replaces the content. */
    static final SideCopies RESTORE = new SideCopies("restore");

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Where SQLite keeps the application id in a database's first page (four bytes, big-endian). */
    private static final int APPLICATION_ID_OFFSET = 68;
    private static final List<String> SQLITE_SIDES = List.of("-journal", "-wal", "-shm");

    private final String kind;

    private SideCopies(String kind) {
        this.kind = kind;
    }

    /** The copy this process uses for {@code database}. */
    Path ofThisProcess(Path database) {
        return ofProcess(database, ProcessHandle.current().pid());
    }

    /** The copy the process {@code pid} uses for {@code database}. */
    Path ofProcess(Path database, long pid) {
        return database.resolveSibling(database.getFileName() + "." + kind + "." + pid + ".tmp");
    }

    /** Removes the leftovers of both kinds (see the class comment). */
    static void removeAllLeftovers(Path database) {
        BACKUP.removeLeftovers(database);
        RESTORE.removeLeftovers(database);
    }

    /**
     * Removes the copy with SQLite's side files: those first, so a kill part-way never leaves a journal without the
     * copy it belongs to. A file that cannot be removed stays; the next start, backup or restore tries again.
     */
    static void discard(Path copy) {
        for (String side : SQLITE_SIDES) {
            deleteQuietly(copy.resolveSibling(copy.getFileName() + side));
        }
        deleteQuietly(copy);
    }

    /** Removes every copy of this kind that a stopped process left beside {@code database} (see the class comment). */
    void removeLeftovers(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        String prefix = database.getFileName() + "." + kind + ".";
        Pattern name = Pattern.compile(Pattern.quote(database.getFileName() + "." + kind) + "(?:\\.(\\d{1,19}))?\\.tmp");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, f -> f.getFileName().toString().startsWith(prefix))) {
            for (Path file : files) {
                Matcher m = name.matcher(file.getFileName().toString());
                if (m.matches() && !inUse(m.group(1)) && ours(file)) {
                    discard(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed keeps what it holds; nothing depends on the clean-up
        }
    }

    /** True while the process named in the copy's name may still be writing it (this one, or one still running). */
    private static boolean inUse(String pid) {
        if (pid == null) {
            return false; // the name of earlier versions, which are no longer running once this one is
        }
        OptionalLong id = parse(pid);
        return id.isEmpty() || id.getAsLong() == ProcessHandle.current().pid()
                || ProcessHandle.of(id.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
    }

    private static OptionalLong parse(String digits) {
        try {
            return OptionalLong.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** A plain file that is empty or an SQLite database with ExamPath's application id. */
    private static boolean ours(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.size(file) == 0) {
            return true;
        }
        byte[] head = new byte[APPLICATION_ID_OFFSET + 4];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            if (in.readNBytes(head, 0, head.length) < head.length) {
                return false;
            }
        }
        return Arrays.equals(head, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length)
                && ByteBuffer.wrap(head, APPLICATION_ID_OFFSET, 4).getInt() == Database.APPLICATION_ID;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next start, backup or restore
        }
    }
}
