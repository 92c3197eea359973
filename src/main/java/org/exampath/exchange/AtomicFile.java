package org.exampath.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file whole or not at all: into an owner-only temporary file beside the target, flushed
 * to disk, then renamed over it, and the folder flushed after the rename so the new name survives a
 * power cut too. The temporary name carries our prefix and process id, so a later run can remove what
 * a killed run left behind without touching anything else. Every rename into place in the program goes
 * through {@link #moveInPlace}.
 */
public final class AtomicFile {
    static final String PREFIX = ".exampath-out-";
    private static final Pattern OURS = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-\\d+\\.tmp");
    /** Names earlier versions used for their temporary files. */
    private static final Pattern LEGACY = Pattern.compile("\\.exampath-(note-)?\\d+\\.(pdf|tmp)");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What goes into the file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Checks the target against the protected files, then writes it, replacing a file there; on any failure nothing is left. */
    public static void write(Path target, List<Path> protectedFiles, Body body) throws IOException {
        write(target, protectedFiles, true, body);
    }

    /**
     * As {@link #write(Path, List, Body)}; with {@code replace} false a file already at {@code target} is never replaced,
     * not even one made there while this one was being written: {@link FileAlreadyExistsException}, and nothing is written.
     */
    public static void write(Path target, List<Path> protectedFiles, boolean replace, Body body) throws IOException {
        OutputTarget.check(target, protectedFiles);
        if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path dir = target.toAbsolutePath().getParent();
        sweep(dir);
        Path temp = dir.resolve(PREFIX + ProcessHandle.current().pid() + "-" + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
        try {
            FileChannel opened;
            try {
                opened = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly());
            } catch (IOException e) {
                throw refused(dir, e);
            }
            try (FileChannel channel = opened) {
                OutputStream out = Channels.newOutputStream(channel);
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            OutputTarget.check(target, protectedFiles);
            try {
                if (replace) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    placeNew(temp, target);
                }
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (IOException e) {
                throw refused(dir, e);
            }
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Renames {@code temp} over {@code target} in one step (a reader sees the old file or the new one, never part of
     * either), then flushes their folder, so that after a power cut the folder names the new file, not the old one or
     * none. For files made some other way than {@link #write} (SQLite's backup, an extracted library).
     */
    public static void moveInPlace(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder(target.toAbsolutePath().getParent());
    }

    /**
     * Gives {@code temp} the name {@code target} only if no file has it: a second (hard) link is made, which the
     * system refuses when the name is taken, then the temporary name goes. A file system without hard links
     * (FAT, some network shares) gets a look just before an atomic rename instead.
     */
    private static void placeNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // no hard links here: below
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Flushes the folder {@code dir} to disk, so a rename just made in it is kept after a power cut. Best effort, as
     * SQLite does for its own folder flush: Windows does not open folders (and makes its renames durable itself), and
     * some file systems (network shares, shared folders of virtual machines) refuse to flush one. The file is in place
     * either way, so a refusal is not reported as a failed write.
     */
    static void forceFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // the rename stands; only its durability after a power cut is left to the file system
        }
    }

    /**
     * Why the folder would not take the file, in words that name the folder and never our temporary file (whose
     * name the exception carries: the user never gave it and could do nothing with it).
     */
    private static IOException refused(Path dir, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = Files.isDirectory(dir) ? "it takes no new files" : "it no longer exists";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        } else {
            why = e.getClass().getSimpleName();
        }
        return new IOException("the folder " + dir + " cannot take the file (" + why + "); nothing was written", e);
    }

    /**
     * Makes {@code dir} a folder only its owner can enter, with every missing folder above it made so too (a
     * folder made with the default mode would show which patients' copies it holds to everyone on the computer).
     */
    public static void privateFolder(Path dir) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir);
            return;
        }
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    /**
     * Removes temporary files of ours in {@code dir} left by a process that is gone (killed mid-write),
     * and those of earlier versions older than this process. Failures are ignored: it is tidying.
     */
    public static void sweep(Path dir) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (stale(file, started)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing to tidy, or not allowed to: the write itself decides whether the folder is usable
        }
    }

    private static boolean stale(Path file, Instant started) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Matcher ours = OURS.matcher(name);
        if (ours.matches()) {
            long pid = Long.parseLong(ours.group(1).length() > 18 ? "-1" : ours.group(1));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        return LEGACY.matcher(name).matches()
                && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(started);
    }
}
