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
 * otherwise, is refused as altered), the rows written since the backup are put back after the
 * restore, and the restore itself is logged as a store event. The settings (clinician, clinic) are
 * this computer's preferences, not records: the restore keeps them as they were before it.
 */
final class Backups {
    private static final String AUDIT = "SELECT id, encounter_id, at, clinician, finding, old_value, new_value FROM audit ORDER BY id";
    private static final String EVENTS = "SELECT id, at, who, kind, detail FROM store_event ORDER BY id";
    private static final String ACTIONS = "SELECT id, encounter_id, flag, action, at, clinician, action_key, urgency "
            + "FROM red_flag_ack ORDER BY id";

    private final Database db;

    Backups(Database db) {
        this.db = db;
    }

    static Path pathFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".bak");
    }

    Path backup() {
        Path target = pathFor(db.path());
        Path temp = db.path().resolveSibling(db.path().getFileName() + ".bak.tmp");
        boolean made = false;
        try {
            Files.deleteIfExists(temp);
            StoreFiles.create(temp);
            made = true;
            db.writerDirect(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("backup to " + quoted(temp));
                }
                return null;
            });
            StoreFiles.tighten(temp);
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
                discard(temp);
            }
        }
    }

    /** A backup that was not put in place goes, with any journal SQLite kept beside it: no second copy of the data stays. */
    private static void discard(Path temp) {
        for (String side : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + side));
            } catch (IOException e) {
                // the next backup removes it before it begins
            }
        }
    }

    void restore(String who) {
        Path source = pathFor(db.path());
        if (!Files.exists(source)) {
            throw new StoreException("there is no backup at " + source);
        }
        try {
            DatabaseCheck.check(source);
            StoreFiles.tighten(source);
        } catch (IOException e) {
            throw new StoreException("the backup could not be read: " + SqlFailure.oneLine(e.getMessage()), e);
        }
        db.writerDirect(c -> {
            Live live = Live.read(c);
            Map<Long, List<String>> saved;
            Map<Long, List<String>> savedEvents;
            try (Connection b = Database.connect(source, true)) {
                saved = rows(b, AUDIT);
                savedEvents = hasTable(b, "store_event") ? rows(b, EVENTS) : Map.of();
            }
            for (Map.Entry<Long, List<String>> row : saved.entrySet()) {
                if (!row.getValue().equals(live.audit().get(row.getKey()))) {
                    throw new StoreException("the backup's audit has a row (" + row.getKey() + ") that this database never "
                            + "had as it is; the backup may have been altered, so it was not restored");
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("restore from " + quoted(source));
            }
            try {
                Migrations.apply(c);
            } catch (IOException e) {
                throw new StoreException("the restored backup could not be brought up to date: " + e.getMessage(), e);
            }
            putBack(c, live, saved.keySet(), savedEvents.keySet(), who);
            return null;
        });
    }

    /** What the live database holds that a restore keeps: read before {@code restore from}, put back after it. */
    private record Live(Map<Long, List<String>> audit, Map<Long, List<String>> events, Map<Long, List<String>> actions,
                        Map<String, String> settings, long top) {
        static Live read(Connection c) throws SQLException {
            return new Live(rows(c, AUDIT), rows(c, EVENTS), rows(c, ACTIONS), SettingsStore.all(c), topEncounterId(c));
        }
    }

    /**
     * Puts back what was written since the backup: the audit rows and store events, and every red-flag action the
     * restored content lacks (the record of what was done about an emergency, kept even for an encounter the restore
     * took away, as its audit is); then the settings as they were before the restore (whoever uses the computer now
     * keeps working in their own name); then raises the encounter id sequence above the highest id the database had,
     * so no new encounter takes the id (nor the audit and actions) of one the restore took away.
     */
    private static void putBack(Connection c, Live live, java.util.Set<Long> had, java.util.Set<Long> hadEvents, String who)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("BEGIN IMMEDIATE");
            try {
                int kept = insert(c, "INSERT INTO audit (id, encounter_id, at, clinician, finding, old_value, new_value) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", live.audit(), had);
                insert(c, "INSERT INTO store_event (id, at, who, kind, detail) VALUES (?, ?, ?, ?, ?)", live.events(), hadEvents);
                int actionsKept = putBackActions(c, live.actions());
                SettingsStore.replaceAll(c, live.settings());
                try (PreparedStatement p = c.prepareStatement("UPDATE sqlite_sequence SET seq = max(seq, ?, coalesce((SELECT "
                        + "max(encounter_id) FROM audit), 0), coalesce((SELECT max(encounter_id) FROM red_flag_ack), 0)) "
                        + "WHERE name = 'encounter'")) {
                    p.setLong(1, live.top());
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO store_event (at, who, kind, detail) VALUES (?, ?, 'restore', ?)")) {
                    p.setString(1, Instant.now().toString());
                    p.setString(2, who == null ? "" : who);
                    p.setString(3, "restored from the rolling backup; kept " + kept + " audit rows and " + actionsKept
                            + " red-flag actions written since it");
                    p.executeUpdate();
                }
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            } finally {
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    /** The live red-flag actions the restored content does not hold as they are, put back (under a new id if theirs is taken). */
    private static int putBackActions(Connection c, Map<Long, List<String>> actions) throws SQLException {
        Map<Long, List<String>> restored = rows(c, ACTIONS);
        int n = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO red_flag_ack (id, encounter_id, flag, action, at, clinician, "
                + "action_key, urgency) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (action_key) DO NOTHING")) {
            for (Map.Entry<Long, List<String>> row : actions.entrySet()) {
                List<String> there = restored.get(row.getKey());
                if (row.getValue().equals(there)) {
                    continue;
                }
                if (there == null) {
                    p.setLong(1, row.getKey());
                } else {
                    p.setNull(1, java.sql.Types.INTEGER);
                }
                for (int i = 0; i < row.getValue().size(); i++) {
                    p.setString(i + 2, row.getValue().get(i));
                }
                n += p.executeUpdate();
            }
        }
        return n;
    }

    /** The highest encounter id this database has given: its sequence, or its highest id. */
    private static long topEncounterId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(coalesce((SELECT max(id) FROM encounter), 0), "
                + "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'encounter'), 0))")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static int insert(Connection c, String sql, Map<Long, List<String>> rows, java.util.Set<Long> skip) throws SQLException {
        int n = 0;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (Map.Entry<Long, List<String>> row : rows.entrySet()) {
                if (skip.contains(row.getKey())) {
                    continue;
                }
                p.setLong(1, row.getKey());
                for (int i = 0; i < row.getValue().size(); i++) {
                    p.setString(i + 2, row.getValue().get(i));
                }
                p.executeUpdate();
                n++;
            }
        }
        return n;
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

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static String quoted(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }
}
