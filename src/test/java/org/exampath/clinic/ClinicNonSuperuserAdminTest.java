package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.exampath.SqlRows;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.ValueCodec;
import org.junit.jupiter.api.Test;

/**
 * clinic-init run by administrators who are not superusers, on a real PostgreSQL server: the practice's own admin role
 * (CREATEROLE, owner of the database) installing at version 12 and upgrading; a second admin granted the first;
 * a second admin holding every right on the tables but not the owner's role, or a login that may not create the
 * schema, refused in one line naming what is missing with nothing changed; a fresh install; a superuser upgrading a
 * schema the practice's admin owns; and a schema whose tables belong to two roles. After each install or upgrade the
 * members placed by a non-superuser admin save, confirm, correct a patient and move an encounter, and every audit row
 * is written by the server in the member's name.
 */
class ClinicNonSuperuserAdminTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private static final Exam VISIT = Exams.of().patient(40, Sex.FEMALE).side(Side.LEFT).is("nerve.slump", "positive")
            .count("history.nrs_now", 6).exam();
    private static final int LATEST = ClinicDatabase.MIGRATIONS.size();
    /** Every object of the schema and who owns it, with each function's body, the policies and the constraints. */
    private static final String SCHEMA = "SELECT 'function ' || p.proname || ' ' || pg_get_userbyid(p.proowner) || ' ' || p.prosecdef || ' ' "
            + "|| md5(p.prosrc) FROM pg_proc p WHERE p.pronamespace = 'exampath'::regnamespace "
            + "UNION ALL SELECT 'relation ' || c.relname || ' ' || pg_get_userbyid(c.relowner) || ' ' || coalesce(c.relacl::text, '') "
            + "FROM pg_class c WHERE c.relnamespace = 'exampath'::regnamespace "
            + "UNION ALL SELECT 'policy ' || tablename || ' ' || policyname || ' ' || cmd || ' ' || coalesce(qual, '') FROM pg_policies "
            + "WHERE schemaname = 'exampath' "
            + "UNION ALL SELECT 'constraint ' || conname FROM pg_constraint WHERE connamespace = 'exampath'::regnamespace "
            + "UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            + "WHERE c.relnamespace = 'exampath'::regnamespace AND NOT t.tgisinternal ORDER BY 1";
    private static final String OWNERS = "SELECT DISTINCT pg_get_userbyid(owner) FROM (SELECT relowner FROM pg_class "
            + "WHERE relnamespace = 'exampath'::regnamespace UNION ALL SELECT proowner FROM pg_proc "
            + "WHERE pronamespace = 'exampath'::regnamespace UNION ALL SELECT nspowner FROM pg_namespace "
            + "WHERE nspname = 'exampath') AS o (owner)";

    /** A login with CREATEROLE, neither superuser nor (yet) owner of anything: a practice's administrator. */
    private static String admin(PgTestServer server, String name) throws SQLException {
        String role = server.newLogin(name);
        server.admin("ALTER ROLE " + role + " CREATEROLE");
        return role;
    }

    /** The practice's administrator owns the database, as when it was made for them (createdb -O). */
    private static String owningAdmin(PgTestServer server) throws SQLException {
        String role = admin(server, "owner");
        server.admin("ALTER DATABASE " + server.database() + " OWNER TO " + role);
        return role;
    }

    /** Two clinicians of one clinic, placed by {@code admin} as clinic-member places them. */
    private static String[] clinicians(PgTestServer server, String admin) throws SQLException {
        String alice = server.newLogin("alice");
        String carol = server.newLogin("carol");
        ClinicMembers members = new ClinicMembers(server.as(admin));
        members.add(alice, ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        members.add(carol, ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        return new String[] {alice, carol};
    }

    private static List<String> audit(ClinicEncounterStore store, long encounter) {
        return store.audit(encounter).stream().map(a -> a.clinician() + " " + a.finding() + " " + ValueCodec.encode(a.oldValue())
                + " -> " + ValueCodec.encode(a.newValue())).toList();
    }

    /**
     * alice makes a visit; carol saves a changed finding and side, corrects the patient's age, confirms the pain, and
     * files the visit under a new patient; every row is the server's, in each one's name; carol may write none.
     */
    private static void membersWork(PgTestServer server, String alice, String carol) throws SQLException {
        membersWork(server::as, alice, carol);
    }

    private static void membersWork(Function<String, ClinicDatabase> server, String alice, String carol) throws SQLException {
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.apply(alice), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore c = new ClinicEncounterStore(server.apply(carol), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            long visit = a.create("Pat first", "mallory", VISIT, "kb", null);
            Exam seen = c.load(visit).orElseThrow().exam();
            Exam changed = seen.with("nerve.slump", new FindingValue.Choice("negative")).withSide(Side.RIGHT)
                    .withPatient(seen.patient().withAge(45));
            c.save(visit, "Pat first", changed, "mallory");
            c.confirm(visit, "mallory", "history.nrs_now");
            c.save(visit, "Pat moved", changed, "mallory");
            assertEquals("Pat moved", c.load(visit).orElseThrow().patientLabel());
            assertEquals(List.of(alice + " history.nrs_now null -> n:6", alice + " nerve.slump null -> c:positive",
                    carol + " patient.birth_year n:1986 -> n:1981", carol + " encounter.side c:left -> c:right",
                    carol + " encounter.age n:40 -> n:45", carol + " nerve.slump c:positive -> c:negative",
                    carol + " history.nrs_now n:6 -> n:6",
                    carol + " encounter.patient c:Pat first -> c:Pat moved"), audit(a, visit),
                    "saved, corrected, confirmed and moved, each row the server's in the login's name");
        }
        try (Connection c = server.apply(carol).connect(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("INSERT INTO exampath.audit "
                    + "(encounter_id, finding, old_value, new_value) SELECT id, 'nerve.slr', NULL, 'c:positive' FROM exampath.encounter"));
            assertEquals("42501", e.getSQLState(), e.getMessage());
        }
    }

    @Test
    void thePracticesAdminInstallsAtTwelveUpgradesAndItsMembersWork() throws SQLException {
        try (PgTestServer server = PgTestServer.start()) {
            String owner = owningAdmin(server);
            assertEquals(12, server.as(owner).migrate(12));
            String[] c = clinicians(server, owner);
            long stored = OlderClinicRows.encounter(server.as(c[0]), "Stored at twelve", VISIT, LocalDate.of(2026, 11, 2), null, null);
            List<String> rows = server.rows("SELECT * FROM exampath.audit ORDER BY id");

            assertEquals(LATEST - 12, server.as(owner).migrate());

            assertEquals(List.of(String.valueOf(LATEST)), server.rows("SELECT version FROM exampath.meta"));
            assertEquals(List.of(owner), server.rows(OWNERS), "the schema, every table and every function: one owner");
            assertEquals(rows, server.rows("SELECT * FROM exampath.audit WHERE encounter_id = " + stored + " ORDER BY id"));
            membersWork(server, c[0], c[1]);
        }
    }

    @Test
    void aSecondAdminGrantedTheOwnersRoleUpgradesAsTheOwnerAndPlacesMembers() throws SQLException {
        try (PgTestServer server = PgTestServer.start()) {
            String owner = owningAdmin(server);
            assertEquals(12, server.as(owner).migrate(12));
            String deputy = admin(server, "deputy");
            server.admin("GRANT " + owner + " TO " + deputy);

            assertEquals(LATEST - 12, server.as(deputy).migrate());

            assertEquals(List.of(owner), server.rows(OWNERS), "what the deputy made belongs to the owner too");
            String[] c = clinicians(server, deputy);
            membersWork(server, c[0], c[1]);
        }
    }

    @Test
    void aSecondAdminWithEveryRightButNotTheOwnersRoleIsToldWhatIsMissingAndNothingChanges() throws SQLException {
        try (PgTestServer server = PgTestServer.start()) {
            String owner = owningAdmin(server);
            assertEquals(12, server.as(owner).migrate(12));
            String deputy = admin(server, "deputy");
            server.admin("GRANT CREATE ON DATABASE " + server.database() + " TO " + deputy);
            try (Connection c = server.as(owner).connect(); Statement s = c.createStatement()) {
                s.execute("GRANT ALL ON SCHEMA exampath TO " + deputy);
                s.execute("GRANT ALL ON ALL TABLES IN SCHEMA exampath TO " + deputy);
                s.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA exampath TO " + deputy);
                s.execute("GRANT ALL ON ALL FUNCTIONS IN SCHEMA exampath TO " + deputy);
            }
            List<String> before = server.rows(SCHEMA);

            SQLException e = assertThrows(SQLException.class, () -> server.as(deputy).migrate());

            assertEquals(deputy + " may not change schema exampath in database " + server.database() + ": it belongs to " + owner
                    + "; clinic-init runs as " + owner + ", as a role " + owner + " is granted to (GRANT " + owner + " TO " + deputy
                    + "), or as a superuser (nothing was changed)", e.getMessage());
            assertEquals("42501", e.getSQLState());
            assertEquals(List.of("12"), server.rows("SELECT version FROM exampath.meta"));
            assertEquals(before, server.rows(SCHEMA), "not a function, grant, policy, constraint or trigger changed");

            server.admin("GRANT " + owner + " TO " + deputy);
            assertEquals(LATEST - 12, server.as(deputy).migrate(), "granted the owner's role, as the message says, it upgrades");
            String[] c = clinicians(server, owner);
            membersWork(server, c[0], c[1]);
        }
    }

    @Test
    void aFreshInstallByANonSuperuserWorksAndRunsTwice() throws SQLException {
        try (PgTestServer server = PgTestServer.start()) {
            String admin = admin(server, "admin");
            server.admin("GRANT CREATE ON DATABASE " + server.database() + " TO " + admin);

            assertEquals(LATEST, server.as(admin).migrate());
            assertEquals(0, server.as(admin).migrate(), "run again, nothing to do");

            assertEquals(List.of(admin), server.rows(OWNERS));
            String[] c = clinicians(server, admin);
            membersWork(server, c[0], c[1]);
        }
    }

    /** On a private cluster, where the group roles do not exist yet: the first install makes them, given CREATEROLE. */
    @Test
    void aFirstInstallOnAClusterWithoutTheGroupRolesNeedsCreateroleAndThenMakesThem() throws SQLException {
        try (PgPrivateServer server = PgPrivateServer.start()) {
            String admin = "practice_admin";
            try (Connection c = server.admin(); Statement s = c.createStatement()) {
                // the private server comes set up; this test starts from a cluster ExamPath never saw
                s.execute("DROP SCHEMA exampath CASCADE");
                s.execute("DROP ROLE exampath_clinician, exampath_student, exampath_teacher");
                for (String login : new String[] {admin, "alice", "carol"}) {
                    s.execute("CREATE ROLE " + login + " LOGIN PASSWORD '" + PgTestServer.PASSWORD + "'");
                }
                s.execute("ALTER DATABASE exampath OWNER TO " + admin);
            }
            String roles = "SELECT rolname FROM pg_roles WHERE rolname LIKE 'exampath\\_%' AND rolname <> 'exampath_admin' ORDER BY 1";

            SQLException e = assertThrows(SQLException.class, () -> server.as(admin).migrate());

            assertEquals(admin + " may not create the group roles exampath_clinician, exampath_student, exampath_teacher: clinic-init "
                    + "needs CREATEROLE (ALTER ROLE " + admin + " CREATEROLE), or a superuser creates them first (CREATE ROLE NAME NOLOGIN) "
                    + "(nothing was changed)", e.getMessage());
            try (Connection c = server.admin()) {
                assertEquals(List.of("false"), SqlRows.of(c, "SELECT to_regnamespace('exampath') IS NOT NULL"));
                assertEquals(List.of(), SqlRows.of(c, roles));
                c.createStatement().execute("ALTER ROLE " + admin + " CREATEROLE");
            }

            assertEquals(LATEST, server.as(admin).migrate());

            try (Connection c = server.admin()) {
                assertEquals(List.of("exampath_clinician", "exampath_student", "exampath_teacher"), SqlRows.of(c, roles));
                assertEquals(List.of(admin), SqlRows.of(c, OWNERS));
            }
            ClinicMembers members = new ClinicMembers(server.as(admin));
            members.add("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
            members.add("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
            membersWork(server::as, "alice", "carol");
        }
    }

    @Test
    void aLoginThatMayNotCreateTheSchemaIsToldWhichRightItLacks() throws SQLException {
        try (PgTestServer server = PgTestServer.start()) {
            String admin = admin(server, "admin");

            SQLException e = assertThrows(SQLException.class, () -> server.as(admin).migrate());

            assertEquals(admin + " may not create schema exampath in database " + server.database() + ": clinic-init needs the right to "
                    + "(GRANT CREATE ON DATABASE " + server.database() + " TO " + admin + "), or runs as the database's owner "
                    + "(nothing was changed)", e.getMessage());
            assertEquals(List.of("false"), server.rows("SELECT to_regnamespace('exampath') IS NOT NULL"));
        }
    }

    @Test
    void aSuperuserUpgradingTheAdminsSchemaLeavesEverythingTheAdminsAndMembersWork() throws SQLException {
        try (PgTestServer server = PgTestServer.start()) {
            String owner = owningAdmin(server);
            assertEquals(12, server.as(owner).migrate(12));

            assertEquals(LATEST - 12, server.asAdmin().migrate());

            assertEquals(List.of(owner), server.rows(OWNERS), "the definer functions run with the admin's rights, not a superuser's");
            String[] c = clinicians(server, owner);
            membersWork(server, c[0], c[1]);
        }
    }

    @Test
    void anAdminWithoutCreateroleIsToldWhyItMayNotPlaceMembersAndNoOneIsPlaced() throws SQLException {
        try (PgTestServer server = PgTestServer.start()) {
            String owner = owningAdmin(server);
            assertEquals(LATEST, server.as(owner).migrate());
            String helper = server.newLogin("helper");
            server.admin("GRANT " + owner + " TO " + helper);
            String alice = server.newLogin("alice");

            SQLException e = assertThrows(SQLException.class,
                    () -> new ClinicMembers(server.as(helper)).add(alice, ClinicMembers.Kind.CLINICIAN, "Harbour Physio"));

            assertEquals(helper + " may not place members: clinic-member needs CREATEROLE (ALTER ROLE " + helper + " CREATEROLE) "
                    + "or ADMIN OPTION on exampath_clinician, exampath_student and exampath_teacher (nothing was changed)", e.getMessage());
            assertEquals(List.of(), server.rows("SELECT * FROM exampath.member"));
            assertEquals(List.of(), server.rows("SELECT * FROM exampath.clinic"));
            server.admin("ALTER ROLE " + helper + " CREATEROLE");
            new ClinicMembers(server.as(helper)).add(alice, ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
            assertEquals(List.of("true"), server.rows("SELECT pg_has_role('" + alice + "', 'exampath_clinician', 'MEMBER')"));
        }
    }

    @Test
    void tablesOfTwoOwnersAreNamedAndNothingChanges() throws SQLException {
        try (PgTestServer server = PgTestServer.start()) {
            String owner = owningAdmin(server);
            assertEquals(12, server.as(owner).migrate(12));
            String other = admin(server, "other");
            server.admin("ALTER TABLE exampath.finding OWNER TO " + other);
            List<String> before = server.rows(SCHEMA);

            for (ClinicDatabase admin : new ClinicDatabase[] {server.as(owner), server.asAdmin()}) {
                SQLException e = assertThrows(SQLException.class, admin::migrate);
                assertTrue(e.getMessage().startsWith("the tables of schema exampath in database " + server.database()
                        + " belong to more than one role (finding: " + other + "; the rest: " + owner + ")"), e.getMessage());
                assertTrue(e.getMessage().endsWith("(nothing was changed)"), e.getMessage());
            }
            assertEquals(List.of("12"), server.rows("SELECT version FROM exampath.meta"));
            assertEquals(before, server.rows(SCHEMA));
        }
    }
}
