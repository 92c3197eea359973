package org.exampath.exchange;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a path may receive a file the program writes. Refused: an existing folder, device,
 * pipe, socket or symbolic link (dangling or not), a read-only file, a missing folder, and any of the protected files (the database and
 * its side files, the input) however it is named: by another spelling, a symbolic or a hard link; and the temporary
 * copy a backup or restore of any process writes beside a protected file.
 */
public final class OutputTarget {
    private OutputTarget() {
    }

    /**
     * A temporary copy a backup or restore of any process writes beside a protected file:
     * {@code <name>.bak.<pid>.tmp}, {@code <name>.restore.<pid>.tmp}, or the earlier versions' names without the pid
     * (as the persistence package names them). The pid cannot be listed ahead, so {@link #check} refuses them by name.
     */
    private static final Pattern COPY_SUFFIX = Pattern.compile("\\.(?:bak|restore)(?:\\.\\d{1,19})?\\.tmp");

    /**
     * The database and every file SQLite, the backup or a lock keeps beside it, existing or not; {@link #check} also
     * refuses the temporary copies a backup or restore of any process writes beside it.
     */
    public static List<Path> databaseFiles(Path db) {
        List<Path> files = new ArrayList<>();
        for (String base : List.of("", ".bak")) {
            for (String side : List.of("", "-wal", "-shm", "-journal")) {
                files.add(db.resolveSibling(db.getFileName() + base + side));
            }
        }
        files.add(db.resolveSibling(db.getFileName() + ".lock"));
        return files;
    }

    /** Throws, with a one-line reason, when {@code target} must not be written. */
    public static void check(Path target, Collection<Path> protectedFiles) throws UnsafeTargetException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UnsafeTargetException(target + ": the folder for it does not exist");
        }
        if (Files.isSymbolicLink(target) && !Files.exists(target)) {
            throw new UnsafeTargetException(target + ": is a link to a file that does not exist; give a plain file name");
        }
        if (Files.isDirectory(target)) {
            throw new UnsafeTargetException(target + ": is a folder; give a file name inside it");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new UnsafeTargetException(target + ": is not a regular file (a device, pipe or socket); nothing was written");
        }
        for (Path kept : protectedFiles) {
            if (same(target, kept) || temporaryCopyOf(target, kept)) {
                throw new UnsafeTargetException(target + ": is " + kept.getFileName()
                        + ", which this command reads or keeps; choose another file name");
            }
        }
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && readOnly(target)) {
            throw new UnsafeTargetException(target + ": is read-only; make it writable or choose another file name (nothing was written)");
        }
        // renaming over a link would replace the link, not the file it names: which one was meant is not ours to guess
        if (Files.isSymbolicLink(target)) {
            throw new UnsafeTargetException(target + ": is a symbolic link; give the file it points to (nothing was written)");
        }
    }

    /** True when {@code target} is named as a backup's or restore's temporary copy of {@code kept}, beside it. */
    private static boolean temporaryCopyOf(Path target, Path kept) throws UnsafeTargetException {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        String base = kept.getFileName() == null ? "" : kept.getFileName().toString();
        if (!name.startsWith(base) || !COPY_SUFFIX.matcher(name.substring(base.length())).matches()) {
            return false;
        }
        Path a = target.toAbsolutePath().getParent();
        Path b = kept.toAbsolutePath().getParent();
        return a != null && b != null && same(a, b);
    }

    /**
     * A file its owner made read-only. Renaming over it needs only the folder's permission, and root passes every
     * check, so the mode itself is read: the owner's write bit (elsewhere, the file system's read-only mark).
     */
    private static boolean readOnly(Path file) throws UnsafeTargetException {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return !Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OWNER_WRITE);
            }
            return !Files.isWritable(file);
        } catch (IOException e) {
            throw new UnsafeTargetException(file + ": cannot be checked (" + e.getMessage() + "); nothing was written");
        }
    }

    private static boolean same(Path a, Path b) throws UnsafeTargetException {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            return canonical(a).equals(canonical(b));
        } catch (IOException e) {
            throw new UnsafeTargetException(a + ": cannot be compared with " + b.getFileName() + " (" + e.getMessage() + ")");
        }
    }

    /** The real path of a file, or of its folder plus its name when it does not exist yet. */
    private static Path canonical(Path p) throws IOException {
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return p.toRealPath();
        }
        Path absolute = p.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
    }
}
