package org.exampath.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
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
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final StoreWriter writer;
    private final Connection reader;
    private final CleanStop cleanStop;

    private Database(Path path, Connection write, Connection reader, CleanStop cleanStop) {
        this.path = path;
        this.writer = new StoreWriter(write);
        this.reader = reader;
        this.cleanStop = cleanStop;
    }

    /** The usual place: $XDG_DATA_HOME/exampath (Linux), Application Support (macOS), %APPDATA% (Windows). */
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
            dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("exampath");
        }
        return dir.resolve("exampath.db");
    }

    /** Opens or creates the database at this path; refuses, untouched, a file that is not ours or is damaged. */
    public static Database open(Path path) {
        Path file = path.toAbsolutePath();
        StoreFiles.prepareNativeLibrary();
        try {
            if (Files.isDirectory(file)) {
                throw new StoreException(file + " is a folder, not a database file");
            }
            if (file.getParent() != null && Files.isDirectory(file.getParent()) && !Files.isWritable(file.getParent())) {
                throw new StoreException("cannot open " + file + ": its folder is read-only (ExamPath needs to write beside the database)");
            }
            boolean walPresent = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
            if (!Files.exists(file) || Files.size(file) == 0) {
                StoreFiles.create(file);
            } else {
                check(file);
            }
            StoreFiles.tighten(file);
            Connection write = connect(file, false);
            try {
                configure(write);
                Migrations.apply(write);
                StoreFiles.tighten(file);
                CleanStop cleanStop = CleanStop.begin(write, walPresent);
                return new Database(file, write, connect(file, true), cleanStop);
            } catch (SQLException | IOException | RuntimeException e) {
                write.close();
                throw e;
            }
        } catch (IOException e) {
            throw new StoreException("cannot open " + file + ": " + SqlFailure.oneLine(e.getMessage()), e);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + file + ": " + SqlFailure.describe(e), e);
        }
    }

    /** Reads only: the header, the application id, the version and a quick integrity check. */
    static void check(Path file) throws IOException {
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new StoreException(file + " is not an ExamPath database (it is not an SQLite file); it was left as it is");
            }
        }
        try (Connection c = connect(file, true); Statement s = c.createStatement()) {
            int appId;
            int version;
            int tables;
            // one statement, so one snapshot: another process may be migrating the file right now
            try (ResultSet r = s.executeQuery("SELECT (SELECT application_id FROM pragma_application_id()), "
                    + "(SELECT user_version FROM pragma_user_version()), (SELECT count(*) FROM sqlite_schema)")) {
                r.next();
                appId = r.getInt(1);
                version = r.getInt(2);
                tables = r.getInt(3);
            }
            if (appId != APPLICATION_ID && !(appId == 0 && version == 0 && tables == 0)) {
                throw new StoreException(file + " is an SQLite database of another program, not ExamPath's; it was left as it is");
            }
            String unknown = Migrations.unknownVersion(version);
            if (unknown != null) {
                throw new StoreException(file + " cannot be used: " + unknown + "; it was left as it is");
            }
            try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                String result = r.next() ? r.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw new StoreException(file + " is damaged (" + SqlFailure.oneLine(result) + "); it was left as it is");
                }
            }
        } catch (SQLException e) {
            if (SqlFailure.isBusy(e) || SqlFailure.describe(e).contains("read-only")) {
                throw new StoreException("cannot open " + file + ": " + SqlFailure.describe(e), e);
            }
            throw new StoreException(file + " is damaged or unreadable (" + SqlFailure.oneLine(e.getMessage())
                    + "); it was left as it is", e);
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

    /** Runs a read on the read connection (one at a time; it never waits for the writer). */
    <T> T read(SqlWork<T> work) {
        synchronized (reader) {
            try {
                return work.run(reader);
            } catch (SQLException e) {
                throw new StoreException("the store could not read: " + SqlFailure.describe(e), e);
            }
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
    public void close() {
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
            synchronized (reader) {
                reader.close();
            }
            writer.connectionClose();
            StoreFiles.tighten(path);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot close the database: " + SqlFailure.oneLine(e.getMessage()), e);
        }
    }
}
