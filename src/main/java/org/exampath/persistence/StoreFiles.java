package org.exampath.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exampath.exchange.AtomicFile;
import org.exampath.store.StoreException;

/**
 * The files the store makes: all owner-only (0600, folders 0700) where the file system has POSIX
 * permissions; a file it adopts loses group's and others' rights, and never gains any. SQLite gives a database's
 * -wal, -shm and -journal the mode of the database itself, so a database made 0600 before SQLite first opens it
 * keeps its side files private too.
 */
final class StoreFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final List<String> SIDE_FILES = List.of("", "-wal", "-shm", "-journal");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.complementOf(EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
    private static boolean nativeReady;

    private StoreFiles() {
    }

    /** Creates the file owner-only (and any missing folders owner-only); an existing file is left to {@link #tighten}. */
    static void create(Path file) throws IOException {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            if (POSIX) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        try {
            if (POSIX) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            // another process made it first: it is tightened like any adopted file
        }
    }

    /**
     * Takes every right of group and others away from the database and whichever of its side files exist. It only
     * takes away: a file its owner made read-only stays so ({@link #refuseUnusable} refuses it before this runs). A
     * file whose mode this user may not change (another user's) is an {@link AccessDeniedException}.
     */
    static void tighten(Path database) throws IOException {
        if (!POSIX) {
            return;
        }
        for (String suffix : SIDE_FILES) {
            Path file = database.resolveSibling(database.getFileName() + suffix);
            try {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.removeAll(OTHERS)) {
                    Files.setPosixFilePermissions(file, perms);
                }
            } catch (java.nio.file.NoSuchFileException gone) {
                // another process's transaction ended and SQLite removed its journal between our two looks
            } catch (AccessDeniedException e) {
                throw e;
            } catch (FileSystemException e) {
                // chmod of a file this user does not own: "Operation not permitted"
                throw new AccessDeniedException(file.toString(), null, e.getReason());
            }
        }
    }

    /**
     * Refuses, untouched, an existing database file its owner may not write (chmod 400: an archive, a copy kept as
     * evidence), and one this user may not read or write (another user's): before anything opens it, so that SQLite
     * leaves no -wal or -shm of this user's beside it either.
     */
    static void refuseUnusable(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        if (POSIX && !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE)) {
            throw new StoreException("cannot open " + file + ": it is read-only (mode " + mode(file) + "), and ExamPath "
                    + "writes to every database it opens; it was left as it is (work on a copy, or give its owner write "
                    + "permission to use it)");
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new AccessDeniedException(file.toString());
        }
    }

    /**
     * What a refusal by the file system means to the user: what this user may not do with {@code file} (read it,
     * write it, or change its mode: another user's file), whose it is and its mode, and that it was left as it is
     * (the exception's own message is only the path).
     */
    static StoreException denied(Path file, AccessDeniedException e) {
        return denied(file, e, Files.isReadable(file), Files.isWritable(file));
    }

    /** As {@link #denied(Path, AccessDeniedException)}, with what this user may do with the file as found. */
    static StoreException denied(Path file, AccessDeniedException e, boolean readable, boolean writable) {
        String whose;
        try {
            whose = "it belongs to " + Files.getOwner(file).getName() + (POSIX ? ", mode " + mode(file) : "");
        } catch (IOException | UnsupportedOperationException unknown) {
            whose = "its owner and mode could not be read";
        }
        String may = !readable ? "you may not read it" : !writable ? "you may not write it"
                : "you may not change who else may read it";
        return new StoreException("cannot open " + file + ": permission denied, " + may + " (" + whose
                + "); it was left as it is", e);
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    /**
     * Extracts SQLite's native library once into a private per-user folder beside the default
     * database ({@code lib/}, 0700) and tells sqlite-jdbc to load it from there, so no copy is left
     * in the shared temporary folder on every run. When that is impossible the driver's own way is kept.
     */
    static synchronized void prepareNativeLibrary() {
        if (nativeReady || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        nativeReady = true;
        try {
            String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = folder.startsWith("Windows") ? "sqlitejdbc.dll"
                    : folder.startsWith("Mac") ? "libsqlitejdbc.dylib" : "libsqlitejdbc.so";
            Path dir = Database.defaultPath().resolveSibling("lib");
            create(dir.resolve(".keep"));
            String local = "sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-" + name;
            Path lib = dir.resolve(local);
            if (!Files.isRegularFile(lib)) {
                try (InputStream in = StoreFiles.class.getResourceAsStream("/org/sqlite/native/" + folder + "/" + name)) {
                    if (in == null) {
                        return;
                    }
                    Path temp = Files.createTempFile(dir, "lib", ".part");
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    try (java.nio.channels.FileChannel written = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                        written.force(true); // whole on disk before it is named: a power cut never leaves a cut-short library
                    }
                    AtomicFile.moveInPlace(temp, lib);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", local);
        } catch (IOException | RuntimeException e) {
            // no private folder (read-only home, say): the driver extracts to the temporary folder as before
        }
    }
}
