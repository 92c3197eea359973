package org.exampath.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.exampath.store.StoreException;

/**
 * The clinician's name and clinic as earlier versions kept them from Settings, in the database. The window now keeps
 * them for the user of each computer, outside the database (a shared file would name everyone after whoever saved
 * last); it reads these rows only to take the clinic's name and to offer, never adopt, an old clinician's name.
 * Nothing here is guessed: with nothing entered, both are empty and the note names no one. They are preferences, not
 * records: a restore of the rolling backup keeps them as they are (see {@link #all}).
 */
public final class SettingsStore {
    /** What the note says about who wrote it. Both are trimmed; empty when not entered. */
    public record Settings(String clinician, String clinic) {
        public static final int MAX = 200;

        public Settings {
            clinician = clinician == null ? "" : clinician.strip();
            clinic = clinic == null ? "" : clinic.strip();
        }

        /** A one-line reason the settings cannot be kept, or empty when they can. */
        public String problem() {
            if (clinician.length() > MAX) {
                return "The clinician's name is longer than " + MAX + " characters.";
            }
            if (clinic.length() > MAX) {
                return "The clinic's name is longer than " + MAX + " characters.";
            }
            return "";
        }
    }

    private final Database db;

    public SettingsStore(Database db) {
        this.db = db;
    }

    /** Reads both values (on the read connection; call off the JavaFX thread or at start-up). */
    public Settings load() {
        return db.read(c -> new Settings(value(c, "clinician"), value(c, "clinic")));
    }

    /** Saves both values in one statement through the one writer; a refused value leaves the stored ones as they were. */
    public CompletableFuture<Void> save(Settings settings) {
        if (!settings.problem().isEmpty()) {
            return CompletableFuture.failedFuture(new StoreException(settings.problem()));
        }
        return db.submit(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO setting (key, value) VALUES ('clinician', ?), "
                    + "('clinic', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                p.setString(1, settings.clinician());
                p.setString(2, settings.clinic());
                p.executeUpdate();
            }
            return null;
        });
    }

    private static String value(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }

    /** Every stored setting as it is on this connection, so that a restore can put them back (see {@link Backups}). */
    static Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT key, value FROM setting")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    /** Replaces every stored setting with these, inside the caller's transaction on {@code c}. */
    static void replaceAll(Connection c, Map<String, String> settings) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM setting");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : settings.entrySet()) {
                p.setString(1, e.getKey());
                p.setString(2, e.getValue());
                p.executeUpdate();
            }
        }
    }
}
