package org.exampath.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sqlite.SQLiteConfig;

/**
 * One ExamPath database file: created owner-only where the OS allows, checked before anything is
 * written (a file that is not an ExamPath database, or is corrupt, is refused and left byte-for-byte
 * as it was), then migrated under {@code PRAGMA user_version} and kept in WAL mode with foreign keys.
 */
public final class Database implements AutoCloseable {
    /** "EXMP" as the SQLite application id of our files. */
    static final int APPLICATION_ID = 0x45584D50;
    private static final List<String> MIGRATIONS = List.of("001-initial.sql", "002-practice.sql");
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final Connection connection;

    private Database(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
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
        try {
            if (Files.isDirectory(file)) {
                throw new StoreException(file + " is a folder, not a database file");
            }
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            if (fresh) {
                create(file);
            } else {
                check(file);
            }
            Connection c = connect(file, false);
            Database db = new Database(file, c);
            db.configure();
            db.migrate();
            return db;
        } catch (IOException e) {
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        }
    }

    /** Reads only: the header, the application id and a quick integrity check. */
    private static void check(Path file) throws IOException, SQLException {
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new StoreException(file + " is not an ExamPath database (it is not an SQLite file); it was left as it is");
            }
        }
        try (Connection c = connect(file, true); Statement s = c.createStatement()) {
            int appId = single(s, "PRAGMA application_id");
            int version = single(s, "PRAGMA user_version");
            int tables = single(s, "SELECT count(*) FROM sqlite_schema");
            if (appId != APPLICATION_ID && !(appId == 0 && version == 0 && tables == 0)) {
                throw new StoreException(file + " is an SQLite database of another program, not ExamPath's; it was left as it is");
            }
            if (version > MIGRATIONS.size()) {
                throw new StoreException(file + " was written by a newer ExamPath (store version " + version + "); it was left as it is");
            }
            try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                String result = r.next() ? r.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw new StoreException(file + " is damaged (" + result + "); it was left as it is");
                }
            }
        } catch (SQLException e) {
            throw new StoreException(file + " is damaged or unreadable (" + e.getMessage() + "); it was left as it is", e);
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    private static int single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private void configure() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
        }
    }

    private void migrate() throws SQLException, IOException {
        int version;
        try (Statement s = connection.createStatement()) {
            version = single(s, "PRAGMA user_version");
        }
        for (int i = version; i < MIGRATIONS.size(); i++) {
            String sql;
            try (InputStream in = Database.class.getResourceAsStream(MIGRATIONS.get(i))) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String statement : statements(sql)) {
                    s.execute(statement);
                }
                s.execute("PRAGMA user_version = " + (i + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Splits a migration file into statements (triggers keep their inner semicolons). */
    static List<String> statements(String sql) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            boolean inTrigger = current.toString().toUpperCase(Locale.ROOT).contains("CREATE TRIGGER");
            if (trimmed.endsWith(";") && (!inTrigger || trimmed.toUpperCase(Locale.ROOT).endsWith("END;"))) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        return out;
    }

    public Path path() {
        return path;
    }

    Connection connection() {
        return connection;
    }

    public int version() {
        try (Statement s = connection.createStatement()) {
            return single(s, "PRAGMA user_version");
        } catch (SQLException e) {
            throw new StoreException("cannot read the store version: " + e.getMessage(), e);
        }
    }

    public String integrityCheck() {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : "no answer";
        } catch (SQLException e) {
            throw new StoreException("integrity check failed: " + e.getMessage(), e);
        }
    }

    /** The rolling backup beside the database: {@code exampath.db.bak}. */
    public Path backupPath() {
        return path.resolveSibling(path.getFileName() + ".bak");
    }

    /** Copies the whole database with SQLite's online backup into the rolling backup file. */
    public Path backup() {
        Path target = backupPath();
        Path temp = path.resolveSibling(path.getFileName() + ".bak.tmp");
        try {
            Files.deleteIfExists(temp);
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("backup to " + quoted(temp));
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | SQLException e) {
            throw new StoreException("the backup could not be written: " + e.getMessage(), e);
        }
    }

    /** Replaces the database's content with the rolling backup (after checking the backup). */
    public void restoreFromBackup() {
        Path source = backupPath();
        if (!Files.exists(source)) {
            throw new StoreException("there is no backup at " + source);
        }
        try {
            check(source);
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("restore from " + quoted(source));
            }
        } catch (IOException | SQLException e) {
            throw new StoreException("the backup could not be restored: " + e.getMessage(), e);
        }
    }

    private static String quoted(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database: " + e.getMessage(), e);
        }
    }
}
