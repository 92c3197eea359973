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
    /** The port as typed after a host (a name, or an IPv6 address in brackets), up to the path. */
    private static final Pattern PORT = Pattern.compile("^postgresql://(?:\\[[^\\]/]*\\]|[^:/?#\\[]+):([^/?#]+)");
    /**
     * A password option anywhere; a {@code user:password@} after {@code //}; or one that opens the text (no
     * scheme typed), with a user of two characters or more so that a drive letter ({@code C:/me@x/db}) is not
     * taken for one and a scheme's {@code ://} never starts a password. The password itself may hold anything but
     * {@code @} and line ends (a slash, a space).
     */
    private static final Pattern PASSWORD = Pattern.compile("(?i)password\\s*=|//[^@/\\s]*:[^@\\r\\n]*@|^[^/\\\\@\\s:]{2,}:(?!//)[^@\\r\\n]*@");
    /** Why an address with a password is refused; it never repeats the address, so the secret is shown nowhere. */
    public static final String PASSWORD_REFUSED = "the address holds a password, and ExamPath takes none in an address "
            + "(it would be shown and kept); remove it and give the login with PGUSER and PGPASSWORD or ~/.pgpass";

    /** True when {@code db} names a PostgreSQL server rather than an SQLite file. */
    public static boolean names(String db) {
        return db != null && db.startsWith(SCHEME);
    }

    /**
     * True when {@code text} looks like it carries a password ({@code user:secret@host}, {@code ?password=}).
     * Such text is refused before anything else is said about it, and is never repeated in a message.
     */
    public static boolean carriesPassword(String text) {
        return text != null && PASSWORD.matcher(text).find();
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
        if (carriesPassword(text)) {
            throw new IllegalArgumentException(PASSWORD_REFUSED);
        }
        if (!names(text)) {
            throw new IllegalArgumentException("expected postgresql://HOST[:PORT]/DBNAME, found \"" + text + "\"");
        }
        // a space or line end pasted after the address is no part of it
        String address = text.strip();
        if (address.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the address holds a space; a postgresql://HOST[:PORT]/DBNAME address has none");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid postgresql:// address: " + e.getReason());
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("put no user or password in the address; use PGUSER and PGPASSWORD or ~/.pgpass");
        }
        java.util.regex.Matcher typedPort = PORT.matcher(address);
        if (typedPort.find() && (uri.getHost() == null || uri.getPort() == 0 || uri.getPort() > 65535)) {
            // a port that is not a number leaves java.net.URI with no host at all: the port is what is wrong
            throw new IllegalArgumentException("the port \"" + typedPort.group(1) + "\" is not a number from 1 to 65535; "
                    + "expected postgresql://HOST[:PORT]/DBNAME");
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
                // the option's name only: its value may be a secret typed in the wrong place
                throw new IllegalArgumentException("unknown option \"" + pair.split("=", 2)[0] + "\" in the address; only sslmode is allowed");
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
