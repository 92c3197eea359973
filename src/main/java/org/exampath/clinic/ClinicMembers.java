package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * An administrator's changes to who belongs where: a login role joins a clinic as a clinician, or a
 * class as a student or teacher, and is granted the matching group role. Creating login roles and
 * their passwords stays with the administrator's own tools.
 */
public final class ClinicMembers {
    public enum Kind {
        CLINICIAN, STUDENT, TEACHER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id().equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("--as: expected clinician, student or teacher, found \"" + id + "\"");
        }
    }

    private final ClinicDatabase database;

    public ClinicMembers(ClinicDatabase database) {
        this.database = database;
    }

    /** Adds or moves {@code role}: {@code place} is the clinic's name for a clinician, else the class's. */
    public void add(String role, Kind kind, String place) throws SQLException {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            mayGrantGroupRoles(c);
            Long clinic = null;
            if (kind == Kind.CLINICIAN) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO exampath.clinic (name) VALUES (?) "
                        + "ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id")) {
                    p.setString(1, place);
                    try (var r = p.executeQuery()) {
                        r.next();
                        clinic = r.getLong(1);
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO exampath.member (role_name, kind, clinic_id, class_name) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (role_name) DO UPDATE SET kind = EXCLUDED.kind, "
                    + "clinic_id = EXCLUDED.clinic_id, class_name = EXCLUDED.class_name")) {
                p.setString(1, role);
                p.setString(2, kind.id());
                p.setObject(3, clinic);
                p.setString(4, kind == Kind.CLINICIAN ? null : place);
                p.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                String quoted = quoteIdent(role);
                for (Kind other : Kind.values()) {
                    s.execute("REVOKE exampath_" + other.id() + " FROM " + quoted);
                }
                s.execute("GRANT exampath_" + kind.id() + " TO " + quoted);
            }
            c.commit();
        }
    }

    /** What the login {@code database} connects as belongs to here: clinician, student or teacher; empty when none. */
    public static java.util.Optional<Kind> kindOf(ClinicDatabase database) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); var r = s.executeQuery(
                "SELECT pg_has_role(session_user, 'exampath_clinician', 'MEMBER'), "
                        + "pg_has_role(session_user, 'exampath_teacher', 'MEMBER'), pg_has_role(session_user, 'exampath_student', 'MEMBER')")) {
            r.next();
            return r.getBoolean(1) ? java.util.Optional.of(Kind.CLINICIAN) : r.getBoolean(2) ? java.util.Optional.of(Kind.TEACHER)
                    : r.getBoolean(3) ? java.util.Optional.of(Kind.STUDENT) : java.util.Optional.empty();
        }
    }

    /**
     * Placing someone grants one group role and revokes the other two: a superuser may, a role with CREATEROLE may
     * (PostgreSQL 15), and so may one holding each group role WITH ADMIN OPTION. Anyone else is told so before anything
     * is written, not the server's refusal half-way.
     */
    private static void mayGrantGroupRoles(Connection c) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT current_user, rolsuper OR rolcreaterole OR (true");
        for (Kind k : Kind.values()) {
            sql.append(" AND pg_has_role(current_user, 'exampath_").append(k.id()).append("', 'MEMBER WITH ADMIN OPTION')");
        }
        try (Statement s = c.createStatement(); var r = s.executeQuery(sql + ") FROM pg_roles WHERE rolname = current_user")) {
            if (r.next() && !r.getBoolean(2)) {
                throw new SQLException(r.getString(1) + " may not place members: clinic-member needs CREATEROLE (ALTER ROLE "
                        + r.getString(1) + " CREATEROLE) or ADMIN OPTION on exampath_clinician, exampath_student and exampath_teacher "
                        + "(nothing was changed)", "42501");
            }
        }
    }

    static String quoteIdent(String name) {
        if (name.isEmpty() || name.length() > 63 || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a role name is 1..63 characters without control characters");
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
