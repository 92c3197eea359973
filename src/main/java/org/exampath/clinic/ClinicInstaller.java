package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Who runs clinic-init's migrations, checked before any of them runs. The schema has one owner: the role that owns
 * its tables, whose rights the server-written audit runs with (the SECURITY DEFINER functions of migrations 13 and 14
 * are given to it). An administrator who is that owner, a member of it, or a superuser runs the migrations as that
 * owner (SET LOCAL ROLE), so whatever they make belongs to the same role; anyone else, a schema whose tables belong to
 * more than one role, or a first install the login lacks the rights for, is refused in one line naming what is
 * missing, before anything is changed.
 */
final class ClinicInstaller {
    static final List<String> GROUP_ROLES = List.of("exampath_clinician", "exampath_student", "exampath_teacher");

    private ClinicInstaller() {
    }

    /** clinic-init may not run as this login; nothing was changed. SQLSTATE 42501, as the server's own refusal. */
    static final class Refused extends SQLException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message + " (nothing was changed)", "42501");
        }
    }

    static boolean schemaExists(Connection c) throws SQLException {
        return one(c, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'exampath')").equals("t");
    }

    /**
     * Checks that this login may bring the schema to {@code target} and, when the schema belongs to another role it may
     * act as, becomes that role for the rest of the transaction. Call inside the migration's transaction, before any
     * change; throws {@link Refused} naming what is missing.
     */
    static void actAsOwner(Connection c, int target) throws SQLException {
        String me = one(c, "SELECT current_user");
        String database = one(c, "SELECT current_database()");
        // read from the catalogue, which needs no right on the schema (to_regclass would need USAGE on it)
        String owner = one(c, "SELECT coalesce((SELECT pg_get_userbyid(t.relowner) FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "WHERE n.nspname = 'exampath' AND t.relname = 'audit'), "
                + "(SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'exampath'), '')");
        String actingAs = me;
        if (!owner.isEmpty()) {
            List<String> others = rows(c, "SELECT c.relname || ': ' || pg_get_userbyid(c.relowner) FROM pg_class c "
                    + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'exampath' AND c.relkind IN ('r', 'p') "
                    + "AND pg_get_userbyid(c.relowner) <> ? ORDER BY c.relname", owner);
            if (!others.isEmpty()) {
                throw new Refused("the tables of schema exampath in database " + database + " belong to more than one role ("
                        + String.join("; ", others) + "; the rest: " + owner + "), and the audit the server writes runs with one "
                        + "owner's rights: an administrator gives every one of them to " + owner + " (ALTER TABLE exampath.NAME OWNER TO "
                        + owner + ") and runs clinic-init again");
            }
            if (!owner.equals(me)) {
                if (!one(c, "SELECT rolsuper OR pg_has_role(current_user, ?, 'MEMBER') FROM pg_roles WHERE rolname = current_user",
                        owner).equals("t")) {
                    throw new Refused(me + " may not change schema exampath in database " + database + ": it belongs to " + owner
                            + "; clinic-init runs as " + owner + ", as a role " + owner + " is granted to (GRANT " + owner + " TO " + me
                            + "), or as a superuser");
                }
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL ROLE " + ClinicMembers.quoteIdent(owner));
                }
                actingAs = owner;
            }
        } else if (!one(c, "SELECT has_database_privilege(current_database(), 'CREATE')").equals("t")) {
            throw new Refused(me + " may not create schema exampath in database " + database + ": clinic-init needs the right to "
                    + "(GRANT CREATE ON DATABASE " + database + " TO " + me + "), or runs as the database's owner");
        }
        if (target >= 2 && ClinicDatabase.version(c) < 2) {
            List<String> missing = new ArrayList<>();
            for (String role : GROUP_ROLES) {
                if (one(c, "SELECT count(*) FROM pg_roles WHERE rolname = ?", role).equals("0")) {
                    missing.add(role);
                }
            }
            if (!missing.isEmpty() && !one(c, "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user").equals("t")) {
                throw new Refused(actingAs + " may not create the group roles " + String.join(", ", missing) + ": clinic-init needs "
                        + "CREATEROLE (ALTER ROLE " + actingAs + " CREATEROLE), or a superuser creates them first (CREATE ROLE NAME NOLOGIN)");
            }
        }
    }

    private static String one(Connection c, String sql, String... args) throws SQLException {
        List<String> rows = rows(c, sql, args);
        return rows.isEmpty() ? "" : rows.get(0);
    }

    private static List<String> rows(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Object v = r.getObject(1);
                    rows.add(v instanceof Boolean b ? (b ? "t" : "f") : String.valueOf(v));
                }
            }
            return rows;
        }
    }
}
