package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening an encounter reads the exam shown and the versions and values later saves are written against. When a
 * colleague's save lands between those reads, the screen shows the value from before it while the store holds the
 * colleague's version as seen: the next save sends the old value as a change of this clinician's, writes it over the
 * colleague's finding and audits it in this clinician's name, though they never touched it. The test makes the colleague's
 * save land there every time: in its scratch database, the first row of the findings an opening reads waits 1.5 s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicLoadSnapshotTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private PgTestServer server;
    private String anna;
    private String kemi;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        anna = server.newMember("anna", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        kemi = server.newMember("kemi", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        server.admin("CREATE SEQUENCE exampath.test_pause START WITH 1000");
        server.admin("CREATE FUNCTION exampath.test_pause() RETURNS BOOLEAN LANGUAGE plpgsql VOLATILE SECURITY DEFINER "
                + "SET search_path = pg_catalog, exampath AS $$ BEGIN IF nextval('exampath.test_pause') = 1 THEN "
                + "PERFORM pg_sleep(1.5); END IF; RETURN true; END $$");
        server.admin("GRANT EXECUTE ON FUNCTION exampath.test_pause() TO exampath_clinician");
        server.admin("CREATE POLICY test_pause ON exampath.finding AS RESTRICTIVE FOR SELECT TO exampath_clinician "
                + "USING (exampath.test_pause())");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFindingAColleagueSavesWhileTheEncounterOpensIsNotWrittenBackInTheOpenersName() throws Exception {
        Exam first = Exam.empty().with("nerve.slump", new FindingValue.Choice("positive"))
                .with("history.duration_weeks", new FindingValue.Count(4));
        try (ClinicEncounterStore made = new ClinicEncounterStore(server.as(anna), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore opening = new ClinicEncounterStore(server.as(anna), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore colleague = new ClinicEncounterStore(server.as(kemi), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = made.create("Opened mid-save", anna, first, "kb", null);
            Exam kemiSees = colleague.load(id).orElseThrow().exam();
            server.admin("ALTER SEQUENCE exampath.test_pause RESTART WITH 1");
            CompletableFuture<Encounters.Encounter> opened = CompletableFuture.supplyAsync(() -> opening.load(id).orElseThrow());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !server.rows("SELECT 1 FROM pg_stat_activity WHERE usename = '"
                    + anna + "' AND wait_event = 'PgSleep'").isEmpty());
            colleague.save(id, "Opened mid-save", kemiSees.with("nerve.slump", new FindingValue.Choice("negative")), kemi);
            Exam annaSees = opened.get(10, TimeUnit.SECONDS).exam();

            // anna changes only the duration; the slump on her screen is as she opened it
            opening.save(id, "Opened mid-save", annaSees.with("history.duration_weeks", new FindingValue.Count(5)), anna);

            assertEquals(new FindingValue.Choice("negative"), made.load(id).orElseThrow().exam().findings().get("nerve.slump"),
                    "kemi's slump, saved while anna's window opened the encounter, stands");
            List<String> annasSlump = made.audit(id).stream()
                    .filter(a -> a.finding().equals("nerve.slump") && a.clinician().equals(anna))
                    .map(a -> a.oldValue() + " -> " + a.newValue()).toList();
            assertEquals(List.of("null -> Choice[value=positive]"), annasSlump,
                    "nothing about the slump is audited in anna's name but her own first entry");
        }
    }
}
