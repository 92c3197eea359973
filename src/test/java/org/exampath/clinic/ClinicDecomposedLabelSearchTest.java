package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clinic migration 012: a patient whose label was stored in Unicode NFD (before labels were kept in NFC; a file
 * written on a Mac) is found by the search typed in NFC, as the SQLite store finds it, both when few patients share
 * the label's start (patients first) and when many do (encounters walked newest first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicDecomposedLabelSearchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private static final String DECOMPOSED = "Jose\u0301 Ruiz";
    private static final String COMPOSED = "Jos\u00e9 Ruiz";
    private PgTestServer server;
    private String alice;
    private String bea;
    private long few;
    private long many;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        server.asAdmin().migrate(11);
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        bea = server.newMember("bea", ClinicMembers.Kind.CLINICIAN, "Crowded Physio");
        few = storedTheOldWay(alice, DECOMPOSED, 0);
        // over a thousand patients whose labels start as the search does: the search walks the encounters instead
        many = storedTheOldWay(bea, DECOMPOSED, 1001);
        server.asAdmin().migrate();
    }

    /**
     * A patient row of this label as a client stored it before labels were normalised (the label as given), with
     * {@code others} more patients whose labels start the same, then an encounter of it as the store makes one.
     */
    private long storedTheOldWay(String role, String label, int others) throws SQLException {
        try (Connection c = server.as(role).connect()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO exampath.patient (label, sex) VALUES (?, 'male')")) {
                p.setString(1, label);
                p.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO exampath.patient (label) SELECT 'Jose\u0301 R-' || n FROM generate_series(1, " + others + ") n");
            }
        }
        return OlderClinicRows.encounter(server.as(role), COMPOSED, Exams.of().patient(50, Sex.MALE).exam(),
                LocalDate.of(2026, 10, 1), null, null);
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    private List<Long> found(String role, String text) {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(role), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            return store.list(text, 50).stream().map(Encounters.Row::id).toList();
        }
    }

    @Test
    void theOldRowIsStillItsOwnLabelAndPatient() {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            assertEquals(DECOMPOSED, store.load(few).orElseThrow().patientLabel(), "read as it was stored");
        }
    }

    @Test
    void aLabelStoredDecomposedIsFoundByItsComposedText() {
        assertEquals(List.of(few), found(alice, COMPOSED));
        assertEquals(List.of(few), found(alice, "jos\u00e9"), "by its start, in any case");
        assertEquals(List.of(few), found(alice, DECOMPOSED), "and by the form it was stored in");
    }

    @Test
    void amongManyPatientsOfTheSameStartItIsFoundToo() {
        assertEquals(List.of(many), found(bea, COMPOSED));
        assertEquals(List.of(many), found(bea, "Jos\u00e9"));
    }
}
