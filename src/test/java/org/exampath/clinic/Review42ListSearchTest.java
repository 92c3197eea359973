package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.Sex;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Review 42: the encounter list's search, the same on both stores. Its box says "Patient label, date (2026-11) or
 * hypothesis". The SQLite store finds the visits of a month (or a year) by the start of their date, and a patient by
 * any part of their label (a surname); the clinic store found only a whole date and the start of a label, so the same
 * searches on a clinic server said "No encounter matches."
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Review42ListSearchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
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

    /** A named way to make a fresh, empty store. */
    record Engine(String name, Maker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Maker {
        Encounters make(Review42ListSearchTest test) throws Exception;
    }

    Stream<Engine> engines() {
        return Stream.of(new Engine("SQLite", t -> new EncounterStore(Database.open(t.dir.resolve("s" + (t.made++) + ".db")), CLOCK,
                        TestKnowledge.SUMMARISER)),
                new Engine("PostgreSQL", t -> {
                    String role = t.server.newLogin("r42m" + (t.made++));
                    new ClinicMembers(t.server.asAdmin()).add(role, ClinicMembers.Kind.CLINICIAN, "Clinic " + role);
                    return new ClinicEncounterStore(t.server.as(role), CLOCK, TestKnowledge.SUMMARISER);
                }));
    }

    private static Encounters.NewEncounter visit(String label, String date) {
        Exam exam = Exams.of().patient(40, Sex.FEMALE).yes("history.aggravator.sitting").exam()
                .withRecord(ExamRecord.NONE.withDate(java.time.LocalDate.parse(date)));
        return new Encounters.NewEncounter(label, exam, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aSearchForAMonthOrAYearFindsItsVisits(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        store.createAll(List.of(visit("Mrs A", "2026-10-30"), visit("Mr B", "2026-11-03"), visit("Ms C", "2026-11-27"),
                visit("Dr D", "2025-11-12")), "x", "kb-1");
        assertEquals(List.of("Ms C 2026-11-27", "Mr B 2026-11-03"), listed(store, "2026-11"), "the month the prompt shows");
        assertEquals(List.of("Ms C 2026-11-27", "Mr B 2026-11-03", "Mrs A 2026-10-30"), listed(store, "2026"), "a year");
        assertEquals(List.of("Ms C 2026-11-27"), listed(store, "2026-11-27"), "a day, as before");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aSearchForASurnameFindsThePatientWhoseLabelHoldsIt(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        store.createAll(List.of(visit("John Smith", "2026-11-20"), visit("Smith Ann", "2026-11-21"), visit("Mary Jones", "2026-11-22")),
                "x", "kb-1");
        assertEquals(List.of("Smith Ann 2026-11-21", "John Smith 2026-11-20"), listed(store, "smith"),
                "the label's start and any later part of it, newest first");
    }

    private static List<String> listed(Encounters store, String search) {
        return store.list(search, 10).stream().map(r -> r.patientLabel() + " " + r.date()).toList();
    }
}
