package org.exampath.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exampath.exchange.AtomicFile;
import org.exampath.store.StoreException;

/**
 * The rolling backup and its restore. Restore never rewrites history: the backup's audit must be
 * exactly the start of the live audit (a backup with rows the live audit never had, or had
 * otherwise, is refused as altered), the audit, store events and red-flag actions written since the
 * backup are never taken out, and the restore itself is logged as a store event. A restore is all
 * or nothing: it fails with the database exactly as it was. The settings (clinician, clinic) are
 * this computer's preferences, not records: the restore keeps them as they were before it.
 */
final class Backups {
    private static final String AUDIT = "SELECT id, encounter_id, at, clinician, finding, old_value, new_value FROM audit ORDER BY id";

    /** One backup of a file at a time in this process (two windows on one file share the process's temporary name). */
    private static final java.util.concurrent.ConcurrentMap<Path, Object> BACKING_UP = new java.util.concurrent.ConcurrentHashMap<>();

    private final Database db;
    /** The process whose temporary name the backup is written under: this one, but for a test standing for another. */
    private final long process;
    /** Runs when the backup is whole under its temporary name, just before it is moved into place (a test's seam). */
    private final Runnable beforeMove;

    Backups(Database db) {
        this(db, ProcessHandle.current().pid(), () -> { });
    }

    Backups(Database db, long process, Runnable beforeMove) {
        this.db = db;
        this.process = process;
        this.beforeMove = beforeMove;
    }

    static Path pathFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".bak");
    }

    /**
     * Writes the backup whole under this process's temporary name ({@link SideCopies#BACKUP}), then moves it over the
     * last one: another process backing up the same file at once writes its own, so neither removes nor moves the
     * other's half-written copy. What a stopped process left under that name goes first.
     */
    Path backup() {
        synchronized (BACKING_UP.computeIfAbsent(db.path().toAbsolutePath().normalize(), p -> new Object())) {
            return backupAlone();
        }
    }

    private Path backupAlone() {
        Path target = pathFor(db.path());
        Path temp = SideCopies.BACKUP.ofProcess(db.path(), process);
        boolean made = false;
        try {
            SideCopies.BACKUP.removeLeftovers(db.path());
            SideCopies.discard(temp); // this process's own, from a backup that could not remove it
            StoreFiles.create(temp);
            made = true;
            db.writerDirect(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("backup to " + quoted(temp));
                }
                return null;
            });
            StoreFiles.tighten(temp);
            beforeMove.run();
            AtomicFile.moveInPlace(temp, target);
            made = false;
            StoreFiles.tighten(target);
            return target;
        } catch (IOException e) {
            throw new StoreException("the backup could not be written: " + SqlFailure.oneLine(e.getMessage()), e);
        } catch (StoreException e) {
            throw new StoreException("the backup could not be written: " + e.getMessage(), e);
        } finally {
            if (made) {
                SideCopies.discard(temp); // a backup not put in place goes, with its journal: no second copy of the data stays
            }
        }
    }

    /**
     * Replaces the content (patients, encounters, findings, practice) with the backup's, all or nothing. The backup is
     * first copied to a side file and brought up to date there, so the live file is not touched until the end; then one
     * transaction on the live file, with that copy attached, replaces each content table and adds the backup's red-flag
     * actions the live file lacks, keeping the live audit, store events, red-flag actions, settings and clean-stop
     * marker as they are, and logs the restore. A failure at any point (a full disk, a drive gone, the process killed)
     * rolls that transaction back: the database is then exactly as it was before the restore, and the message says so.
     * The copy goes at the end; one a killed process left is removed at the next start or restore ({@link SideCopies}).
     */
    void restore(String who) {
        Path source = pathFor(db.path());
        if (!Files.exists(source)) {
            throw new StoreException("there is no backup at " + source);
        }
        SideCopies.RESTORE.removeLeftovers(db.path());
        Path copy = SideCopies.RESTORE.ofThisProcess(db.path());
        try {
            DatabaseCheck.check(source);
            StoreFiles.tighten(source);
            prepare(source, copy);
            db.writerDirect(c -> {
                refuseAltered(c, copy);
                replaceContent(c, copy, who);
                return null;
            });
        } catch (IOException e) {
            throw new StoreException("the backup could not be read: " + SqlFailure.oneLine(e.getMessage()), e);
        } catch (StoreException e) {
            throw new StoreException("the restore failed and nothing was changed (the database is as it was before it): "
                    + e.getMessage(), e);
        } finally {
            SideCopies.discard(copy);
        }
    }

    /** The backup copied to {@code copy} and brought up to this version there; the live file is not touched. */
    private static void prepare(Path source, Path copy) throws IOException {
        SideCopies.discard(copy);
        StoreFiles.create(copy);
        try (Connection t = Database.connect(copy, false); Statement s = t.createStatement()) {
            s.executeUpdate("restore from " + quoted(source));
            Migrations.apply(t);
        } catch (SQLException e) {
            throw new StoreException("the backup could not be copied and brought up to date: " + SqlFailure.describe(e), e);
        }
    }

    /** Refuses a backup whose audit is not exactly the start of the live audit: it may have been altered. */
    private static void refuseAltered(Connection c, Path copy) throws SQLException {
        Map<Long, List<String>> live = rows(c, AUDIT);
        try (Connection b = Database.connect(copy, true)) {
            for (Map.Entry<Long, List<String>> row : rows(b, AUDIT).entrySet()) {
                if (!row.getValue().equals(live.get(row.getKey()))) {
                    throw new StoreException("the backup's audit has a row (" + row.getKey() + ") that this database never "
                            + "had as it is; the backup may have been altered, so it was not restored");
                }
            }
        }
    }

    /** The one transaction of the restore on the live file, with the prepared copy attached as {@code r}. */
    private static void replaceContent(Connection c, Path copy, String who) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("ATTACH DATABASE " + quoted(copy) + " AS r");
            try {
                s.execute("BEGIN IMMEDIATE");
                try {
                    for (String table : contentTables(c)) {
                        String columns = String.join(", ", columns(c, table));
                        s.executeUpdate("DELETE FROM main." + table);
                        s.executeUpdate("INSERT INTO main." + table + " (" + columns + ") SELECT " + columns + " FROM r." + table);
                    }
                    int audit = Database.single(s, "SELECT (SELECT count(*) FROM main.audit) - (SELECT count(*) FROM r.audit)");
                    int since = Database.single(s, "SELECT count(*) FROM main.red_flag_ack a WHERE NOT EXISTS (SELECT 1 FROM "
                            + "r.red_flag_ack b WHERE b.id = a.id AND b.action_key IS a.action_key)");
                    s.executeUpdate(BACKUP_ACTIONS);
                    logRestore(c, who, audit, since);
                    s.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    s.execute("ROLLBACK");
                    throw new StoreException(SqlFailure.describe(e instanceof SQLException q ? q : new SQLException(e)), e);
                }
            } finally {
                s.execute("DETACH DATABASE r");
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    /**
     * The backup's red-flag actions the live file does not hold (the live ones are all kept): under their own id when it
     * is free, else a new one.
     */
    private static final String BACKUP_ACTIONS = "INSERT INTO main.red_flag_ack (id, encounter_id, flag, action, at, clinician, "
            + "action_key, urgency) SELECT CASE WHEN b.id IN (SELECT id FROM main.red_flag_ack) THEN NULL ELSE b.id END, "
            + "b.encounter_id, b.flag, b.action, b.at, b.clinician, b.action_key, b.urgency FROM r.red_flag_ack b WHERE NOT EXISTS "
            + "(SELECT 1 FROM main.red_flag_ack a WHERE a.encounter_id = b.encounter_id AND a.flag = b.flag AND a.action = b.action "
            + "AND a.at = b.at AND a.clinician IS b.clinician) ON CONFLICT (action_key) DO NOTHING";

    /** Tables a restore kept as they are: history (audit, events, actions) and this computer's state (settings, marker). */
    private static final java.util.Set<String> KEPT = java.util.Set.of("audit", "store_event", "red_flag_ack", "setting", "meta");

    private static List<String> contentTables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (r.next()) {
                if (!KEPT.contains(r.getString(1))) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA main.table_info(" + table + ")")) {
            while (r.next()) {
                out.add("\"" + r.getString("name") + "\"");
            }
        }
        return out;
    }

    private static void logRestore(Connection c, String who, int audit, int actions) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO main.store_event (at, who, kind, detail) VALUES (?, ?, 'restore', ?)")) {
            p.setString(1, Instant.now().toString());
            p.setString(2, who == null ? "" : who);
            p.setString(3, "restored from the rolling backup; kept " + audit + " audit rows and " + actions
                    + " red-flag actions written since it");
            p.executeUpdate();
        }
    }

    private static Map<Long, List<String>> rows(Connection c, String sql) throws SQLException {
        Map<Long, List<String>> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 2; i <= columns; i++) {
                    values.add(r.getString(i));
                }
                out.put(r.getLong(1), values);
            }
        }
        return out;
    }

    private static String quoted(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }
}
