package org.exampath.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sqlite.SQLiteConfig;
import org.exampath.store.StoreException;

/**
 * One ExamPath database file: created owner-only, checked before anything is written (a file that
 * is not an ExamPath database, is damaged or has an unknown version is refused and left as it was),
 * migrated once under an exclusive lock, then used through one writer thread that owns the write
 * connection and one read connection beside it (WAL lets them work at once).
 */
public final class Database implements AutoCloseable {
    /** "EXMP" as the SQLite application id of our files. */
    static final int APPLICATION_ID = 0x45584D50;

    private final Path path;
    private final StoreWriter writer;
    /** Read connections, lent one per read, so a long search never holds up a short read. */
    private final java.util.concurrent.BlockingQueue<Connection> readers = new java.util.concurrent.LinkedBlockingQueue<>();
    private static final int READERS = 3;
    private boolean closed;
    private final CleanStop cleanStop;

    private Database(Path path, Connection write, java.util.List<Connection> readers, CleanStop cleanStop) {
        this.path = path;
        this.writer = new StoreWriter(write);
        this.readers.addAll(readers);
        this.cleanStop = cleanStop;
    }

    /**
     * The usual place: $XDG_DATA_HOME/exampath (Linux), Application Support (macOS), %APPDATA% (Windows). A relative
     * XDG_DATA_HOME is ignored, as the XDG base-directory spec says: it would put the database under whatever folder
     * the app or a command was started from.
     */
    public static Path defaultPath() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        Path dir;
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            dir = Path.of(appData != null ? appData : home, "ExamPath");
        } else if (os.contains("mac")) {
            dir = Path.of(home, "Library", "Application Support", "ExamPath");
        } else {
            String xdg = System.getenv("XDG_DATA_HOME");
            boolean usable = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute();
            dir = (usable ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("exampath");
        }
        return dir.resolve("exampath.db");
    }

    /**
     * As {@link #open}, for a database someone named ({@code --db}, as {@code named} was typed): a database is made there,
     * but not a tree of folders for it, since a typo in the folder would fill a practice nobody opens again.
     */
    public static Database openNamed(Path path, String named) {
        Path folder = path.toAbsolutePath().getParent();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            throw new StoreException(named + ": the folder for it does not exist (nothing was created; check the path)");
        }
        return open(path);
    }

    /**
     * Opens or creates the database at this path; refuses, untouched, a file that is not ours or is damaged, one its
     * owner made read-only, and one this user may not read or write (saying whose it is and its mode).
     */
    public static Database open(Path path) {
        Path file = path.toAbsolutePath();
        StoreFiles.prepareNativeLibrary();
        try {
            if (Files.isDirectory(file)) {
                throw new StoreException(file + " is a folder, not a database file");
            }
            // SQLite would write its pages into a device (or block on a pipe): only a plain file is a database
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new StoreException(file + " is not a regular file (a device, pipe or socket), not a database file; it was left as it is");
            }
            if (file.getParent() != null && Files.isDirectory(file.getParent()) && !Files.isWritable(file.getParent())) {
                throw new StoreException("cannot open " + file + ": its folder is read-only (ExamPath needs to write beside the database)");
            }
            StoreFiles.refuseUnusable(file);
            boolean walPresent = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
            if (!Files.exists(file) || Files.size(file) == 0) {
                StoreFiles.create(file);
            } else {
                DatabaseCheck.check(file);
            }
            StoreFiles.tighten(file);
            Connection write = connect(file, false);
            try {
                configure(write);
                Migrations.apply(write);
                StoreFiles.tighten(file);
                CleanStop cleanStop = CleanStop.begin(write, walPresent, Backups.pathFor(file));
                java.util.List<Connection> readers = new java.util.ArrayList<>();
                for (int i = 0; i < READERS; i++) {
                    readers.add(connect(file, true));
                }
                // a backup's or restore's copy left by a killed process holds patients' data: it goes once the store is open
                SideCopies.removeAllLeftovers(file);
                return new Database(file, write, readers, cleanStop);
            } catch (SQLException | IOException | RuntimeException e) {
                write.close();
                throw e;
            }
        } catch (java.nio.file.AccessDeniedException e) {
            throw StoreFiles.denied(file, e);
        } catch (IOException e) {
            throw new StoreException("cannot open " + file + ": " + SqlFailure.oneLine(e.getMessage()), e);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + file + ": " + SqlFailure.describe(e), e);
        }
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    static int single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static void configure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
        }
    }

    public Path path() {
        return path;
    }

    /** Set when the last session stopped without closing and its -wal file has gone: changes may be lost. */
    public Optional<String> warning() {
        return cleanStop.warning();
    }

    /** Runs the work as one write transaction on the writer thread and waits for it. */
    <T> T write(SqlWork<T> work) {
        return writer.write(work);
    }

    /** Queues the work as one write transaction; never waits. */
    <T> CompletableFuture<T> submit(SqlWork<T> work) {
        return writer.submit(work);
    }

    /** Runs work on the writer thread outside a transaction (restore, checkpoints). */
    <T> T writerDirect(SqlWork<T> work) {
        return writer.raw(work);
    }

    /** Runs a read on a read connection of its own for the while (it never waits for the writer). */
    <T> T read(SqlWork<T> work) {
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("reading was interrupted", e);
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("the store could not read: " + SqlFailure.describe(e), e);
        } finally {
            readers.add(c);
        }
    }

    public int version() {
        return read(c -> {
            try (Statement s = c.createStatement()) {
                return single(s, "PRAGMA user_version");
            }
        });
    }

    public String integrityCheck() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                return r.next() ? r.getString(1) : "no answer";
            }
        });
    }

    /** The rolling backup beside the database: {@code exampath.db.bak}. */
    public Path backupPath() {
        return Backups.pathFor(path);
    }

    /** Copies the whole database with SQLite's online backup into the rolling backup file (0600). */
    public Path backup() {
        return new Backups(this).backup();
    }

    /** Replaces the content with the rolling backup, keeping every audit row written since; audited. */
    public void restoreFromBackup(String who) {
        new Backups(this).restore(who);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.raw(c -> {
                cleanStop.end(c);
                return null;
            });
        } catch (StoreException e) {
            // the marker stays "open": the next start reports an unclean stop only if the -wal is gone too
        }
        writer.close();
        try {
            for (int i = 0; i < READERS; i++) {
                Connection c = readers.poll(30, java.util.concurrent.TimeUnit.SECONDS);
                if (c != null) {
                    c.close();
                }
            }
            writer.connectionClose();
            StoreFiles.tighten(path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("closing the database was interrupted", e);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot close the database: " + SqlFailure.oneLine(e.getMessage()), e);
        }
    }
}
