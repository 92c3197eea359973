package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Anna's window is stale: Ben changed (or added, or cleared) a finding after she opened the encounter, and she never
 * touched it. Her next save is no conflict over that finding and leaves Ben's value as it is, on an SQLite file shared
 * by two app instances and on a clinic's PostgreSQL server alike; only a finding she changed herself since is one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicUnchangedFindingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final FindingValue NORMAL = new FindingValue.Choice("negative");
    private static final FindingValue TENDER = new FindingValue.Choice("positive");
    private static final Exam OPENED = Exams.of().is("nerve.slump", "negative").yes("history.aggravator.sitting").exam();
    private PgTestServer server;
    private Path dir;
    private int made;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    void setUp() throws Exception {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        dir = Files.createTempDirectory("exampath-unchanged");
    }

    @AfterEach
    void closeStores() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        open.clear();
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    /** Two clinicians' stores on one engine: Anna's and Ben's. */
    record Pair(Encounters anna, Encounters ben) {
    }

    /** A named way to give two clinicians each a store of one fresh encounter store. */
    record Engine(String name, PairMaker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface PairMaker {
        Pair make(ClinicUnchangedFindingTest test) throws Exception;
    }

    Stream<Engine> engines() {
        return Stream.of(new Engine("SQLite", ClinicUnchangedFindingTest::sqlite), new Engine("PostgreSQL", ClinicUnchangedFindingTest::clinic));
    }

    private Pair sqlite() {
        Path file = dir.resolve("shared" + (made++) + ".db");
        Database annasApp = Database.open(file);
        Database bensApp = Database.open(file);
        open.add(annasApp::close);
        open.add(bensApp::close);
        return new Pair(new EncounterStore(annasApp, CLOCK, org.exampath.TestKnowledge.SUMMARISER), new EncounterStore(bensApp, CLOCK, org.exampath.TestKnowledge.SUMMARISER));
    }

    private Pair clinic() throws SQLException {
        String clinic = "Clinic " + (made++);
        String anna = server.newMember("anna" + made, ClinicMembers.Kind.CLINICIAN, clinic);
        String ben = server.newMember("ben" + made, ClinicMembers.Kind.CLINICIAN, clinic);
        ClinicEncounterStore annas = new ClinicEncounterStore(server.as(anna), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        ClinicEncounterStore bens = new ClinicEncounterStore(server.as(ben), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        open.add(annas);
        open.add(bens);
        return new Pair(annas, bens);
    }

    /** Who set each stored value of {@code finding}, oldest first, as the audit names them. */
    private static List<String> writers(Encounters store, long id, String finding) {
        return store.audit(id).stream().filter(e -> e.finding().equals(finding)).map(e -> String.valueOf(e.newValue())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aFindingChangedByAColleagueThatSheNeverTouchedIsNoConflictAndKeepsTheirValue(Engine engine) throws Exception {
        Pair p = engine.maker().make(this);
        long id = p.anna().create("Ida", "anna", OPENED, "kb", null);
        Exam annaSees = p.anna().load(id).orElseThrow().exam();
        Exam benSees = p.ben().load(id).orElseThrow().exam();
        p.ben().save(id, null, benSees.with("nerve.slump", TENDER), "ben");
        int audited = p.anna().audit(id).size();

        // Anna's window still shows the slump test as negative; she changes another finding and saves
        assertEquals(1, p.anna().save(id, null, annaSees.with("nerve.slr", TENDER), "anna"),
                "only her own change is written, and no conflict is raised over the slump test");

        Exam stored = p.anna().load(id).orElseThrow().exam();
        assertEquals(TENDER, stored.value("nerve.slump"), "Ben's value stands");
        assertEquals(TENDER, stored.value("nerve.slr"), "hers is saved");
        assertEquals(List.of("nerve.slr"), p.anna().audit(id).subList(audited, p.anna().audit(id).size()).stream()
                .map(Encounters.AuditEntry::finding).toList(), "nothing written over Ben's in her name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void theUnchangedFindingSavedAgainAndAgainStaysTheColleaguesButHerLaterChangeOfItIsAConflict(Engine engine) throws Exception {
        Pair p = engine.maker().make(this);
        long id = p.anna().create("Ida", "anna", OPENED, "kb", null);
        Exam annaSees = p.anna().load(id).orElseThrow().exam();
        Exam benSees = p.ben().load(id).orElseThrow().exam();
        p.ben().save(id, null, benSees.with("nerve.slump", TENDER), "ben");
        p.anna().save(id, null, annaSees.with("nerve.slr", TENDER), "anna");
        assertEquals(0, p.anna().save(id, null, annaSees.with("nerve.slr", TENDER), "anna"), "saved again: nothing");

        SaveConflict conflict = assertThrows(SaveConflict.class, () -> p.anna().save(id, null,
                annaSees.with("nerve.slr", TENDER).with("nerve.slump", null), "anna"),
                "she clears the slump test after Ben changed it: that is a conflict");
        assertEquals(List.of("nerve.slump"), conflict.conflicts().stream().map(SaveConflict.Clash::finding).toList());
        assertEquals("c:positive", conflict.conflicts().get(0).theirs());
        assertEquals(TENDER, p.ben().load(id).orElseThrow().exam().value("nerve.slump"), "Ben's value still stands");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aFindingAColleagueAddedOrClearedSinceIsNoConflictAndStaysAsTheyLeftIt(Engine engine) throws Exception {
        Pair p = engine.maker().make(this);
        long id = p.anna().create("Ida", "anna", OPENED, "kb", null);
        Exam annaSees = p.anna().load(id).orElseThrow().exam();
        Exam benSees = p.ben().load(id).orElseThrow().exam();
        p.ben().save(id, null, benSees.with("nerve.slump", null).with("nerve.slr", NORMAL), "ben");

        assertEquals(1, p.anna().save(id, null, annaSees.with("history.aggravator.sitting", FindingValue.Flag.NO), "anna"));

        Exam stored = p.ben().load(id).orElseThrow().exam();
        assertEquals(null, stored.value("nerve.slump"), "Ben's clearing stands");
        assertEquals(NORMAL, stored.value("nerve.slr"), "Ben's new finding stands");
        assertEquals(FindingValue.Flag.NO, stored.value("history.aggravator.sitting"), "her change is saved");
        assertEquals(1, writers(p.anna(), id, "nerve.slr").size(), "the new finding was written once, by Ben");
    }
}
