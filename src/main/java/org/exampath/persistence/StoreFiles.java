package org.exampath.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.exampath.exchange.AtomicFile;

/**
 * The files the store makes: all owner-only (0600, folders 0700) where the file system has POSIX
 * permissions. SQLite gives a database's -wal, -shm and -journal the mode of the database itself,
 * so a database made 0600 before SQLite first opens it keeps its side files private too.
 */
final class StoreFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final List<String> SIDE_FILES = List.of("", "-wal", "-shm", "-journal");
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

    /** Makes the database and whichever of its side files exist readable and writable by the owner only. */
    static void tighten(Path database) throws IOException {
        if (!POSIX) {
            return;
        }
        for (String suffix : SIDE_FILES) {
            Path file = database.resolveSibling(database.getFileName() + suffix);
            try {
                if (Files.isRegularFile(file)
                        && !"rw-------".equals(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            } catch (java.nio.file.NoSuchFileException gone) {
                // another process's transaction ended and SQLite removed its journal between our two looks
            }
        }
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
