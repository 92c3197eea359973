package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Review 42: an encounter not in the store, as both stores meet it. A follow-up whose earlier visit is not in the
 * store (gone since the follow-up was started, or another clinic's) is refused by both stores alike, in words that
 * name the earlier visit, never the database's own wording of a broken foreign key ("FOREIGN KEY constraint failed", "violates foreign key constraint …"); so is a red-flag action
 * for an encounter no longer in the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Review42EncounterNotInTheStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final Exam CARRIED = Exams.of().patient(40, Sex.FEMALE).side(Side.RIGHT).yes("history.aggravator.sitting")
            .is("nerve.slump", "positive").exam();
    private PgTestServer server;
    @TempDir
    Path dir;
    private int made;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        server.asAdmin().migrate();
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    /** A named way to make a fresh store, and the id of an encounter it cannot see. */
    record Engine(String name, Maker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Maker {
        Encounters make(Review42EncounterNotInTheStoreTest test) throws Exception;
    }

    Stream<Engine> engines() {
        return Stream.of(new Engine("SQLite", t -> new EncounterStore(Database.open(t.dir.resolve("s" + (t.made++) + ".db")), CLOCK,
                        TestKnowledge.SUMMARISER)),
                new Engine("PostgreSQL", t -> t.clinician("Clinic r42 " + (t.made++))));
    }

    private Encounters clinician(String clinic) throws Exception {
        String role = server.newLogin("r42c" + (made++));
        new ClinicMembers(server.asAdmin()).add(role, ClinicMembers.Kind.CLINICIAN, clinic);
        return new ClinicEncounterStore(server.as(role), CLOCK, TestKnowledge.SUMMARISER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aFollowUpOfAVisitNotInTheStoreIsRefusedInWordsThatNameTheVisit(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long visit = store.create("Mrs K", "anna", CARRIED, "kb-1", null);
        long gone = visit + 1000;
        StoreException refused = assertThrows(StoreException.class, () -> store.create("Mrs K", "anna", CARRIED, "kb-1", gone));
        String m = refused.getMessage();
        assertTrue(m.contains("encounter " + gone) && m.contains("not in this"), "names the earlier visit and that it is gone: " + m);
        assertFalse(m.toLowerCase(Locale.ROOT).contains("foreign key"), "the database's own words: " + m);
        assertEquals(1, store.count(), "no follow-up stored");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aRedFlagActionForAnEncounterNotInTheStoreIsRefusedInWordsThatNameIt(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long visit = store.create("Mrs K", "anna", CARRIED, "kb-1", null);
        long gone = visit + 1000;
        java.util.concurrent.ExecutionException refused = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> store.acknowledge(gone, "cauda_equina", "Sent to ED", "anna", null, null, "emergency").get());
        String m = refused.getCause().getMessage();
        assertTrue(refused.getCause() instanceof StoreException && m.contains("red-flag action") && m.contains("not in this"),
                "says the action was not kept and why: " + m);
        assertFalse(m.toLowerCase(Locale.ROOT).contains("foreign key"), "the database's own words: " + m);
    }

    @org.junit.jupiter.api.Test
    void aClinicsFollowUpNeverFollowsAnotherClinicsVisit() throws Exception {
        Encounters other = clinician("Clinic r42 other");
        long theirs = other.create("Mr T", "ben", CARRIED, "kb-1", null);
        Encounters mine = clinician("Clinic r42 mine");
        StoreException refused = assertThrows(StoreException.class, () -> mine.create("Mrs K", "anna", CARRIED, "kb-1", theirs),
                "the server's foreign key sees every clinic's encounters: the follow-up would point at one this clinic cannot read");
        assertTrue(refused.getMessage().contains("encounter " + theirs), refused.getMessage());
        assertEquals(0, mine.count());
    }
}
