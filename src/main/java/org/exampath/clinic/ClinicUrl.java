package org.exampath.clinic;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A clinic database named as {@code postgresql://HOST[:PORT]/DBNAME[?sslmode=MODE]}. It holds no
 * user and no password: those come from the environment, as libpq's do ({@link ClinicCredentials}).
 */
public record ClinicUrl(String host, int port, String database, String sslMode) {
    public static final String SCHEME = "postgresql://";
    private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,63}");

    /** True when {@code db} names a PostgreSQL server rather than an SQLite file. */
    public static boolean names(String db) {
        return db != null && db.startsWith(SCHEME);
    }

    /** {@link #parse} for a store being opened: a bad address is a {@link org.exampath.store.StoreException} naming what is wrong. */
    public static ClinicUrl forStore(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new org.exampath.store.StoreException(e.getMessage());
        }
    }

    public static ClinicUrl parse(String text) {
        if (!names(text)) {
            throw new IllegalArgumentException("expected postgresql://HOST[:PORT]/DBNAME, found \"" + text + "\"");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid postgresql:// address: " + e.getReason());
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("put no user or password in the address; use PGUSER and PGPASSWORD or ~/.pgpass");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("the address names no host; expected postgresql://HOST[:PORT]/DBNAME");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("the address names no database; expected postgresql://HOST[:PORT]/DBNAME");
        }
        return new ClinicUrl(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, sslMode(uri.getQuery()));
    }

    private static String sslMode(String query) {
        if (query == null || query.isEmpty()) {
            return "prefer";
        }
        String mode = null;
        for (String pair : query.split("&")) {
            if (!pair.startsWith("sslmode=")) {
                throw new IllegalArgumentException("unknown option \"" + pair + "\" in the address; only sslmode is allowed");
            }
            mode = pair.substring("sslmode=".length());
        }
        if (!SSL_MODES.contains(mode)) {
            throw new IllegalArgumentException("sslmode: expected one of " + String.join(", ", SSL_MODES) + ", found \"" + mode + "\"");
        }
        return mode;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return SCHEME + host + ":" + port + "/" + database;
    }
}
