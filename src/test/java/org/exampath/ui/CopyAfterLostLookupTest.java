package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store stops answering straight after a new exam's create commits, so the encounter's name (date, clinician)
 * is never read back and every later save fails: the copies kept meanwhile carry the create's key, and opening
 * the copy at the next start (File → Open exam, as the window does) puts its findings into that encounter instead
 * of making a second one for the patient; in a real SQLite file and on a real PostgreSQL server.
 */
class CopyAfterLostLookupTest {
    private static final Map<String, FindingValue> ENTERED = Map.of(
            "nerve.slump", new FindingValue.Choice("negative"),
            "history.quality.burning", FindingValue.Flag.YES);

    @TempDir
    Path dir;

    /** {@code real}, going down as soon as its first create has committed (the answer comes back; nothing after it does). */
    private static Encounters downAfterTheCreate(Encounters real, AtomicBoolean down) {
        Encounters failing = FailingStore.failingWhen(real, down);
        return (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                (proxy, method, args) -> {
                    try {
                        Object answer = method.invoke(failing, args);
                        if (method.getName().equals("create")) {
                            down.set(true);
                        }
                        return answer;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Autosave autosave(ExamSession session, Encounters store, String clinician, RecoveryFiles recovery) {
        return RecoverySessions.autosave(session, store, clinician, Clock.systemUTC(), Duration.ofMillis(20), recovery);
    }

    private static void await(Autosave autosave, BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            autosave.flush();
        }
        assertTrue(done.getAsBoolean(), autosave.statusProperty().get());
    }

    /** Every file in the recovery folder, hidden ones included. */
    private static List<String> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * {@code clinician} starts a new exam on {@code real}: its create commits, then the store is gone, so the
     * encounter's look-up, the first save and a later change all fail and are kept in {@code folder}; the app stops.
     */
    private static void createdThenDown(Encounters real, String clinician, Path folder) {
        AtomicBoolean down = new AtomicBoolean();
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        Autosave autosave = autosave(session, downAfterTheCreate(real, down), clinician, new RecoveryFiles(folder));
        session.patientLabelProperty().set("P-lost");
        session.set("nerve.slump", ENTERED.get("nerve.slump"));
        autosave.flush();
        assertTrue(down.get(), "sanity: the create went through, then the store went down");
        assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
        session.set("history.quality.burning", ENTERED.get("history.quality.burning"));
        autosave.flush();
        assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
        autosave.shutdown();
    }

    /** {@code clinician} opens the one leftover copy on {@code store} at the next start; returns the encounter shown once stored. */
    private static long restored(Encounters store, String clinician, Path folder) {
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        RecoveryFiles recovery = RecoverySessions.nextStart(folder);
        Autosave autosave = autosave(session, store, clinician, recovery);
        ExamViewModel window = new ExamViewModel(session, autosave);
        List<Path> left = recovery.leftovers();
        assertEquals(1, left.size(), left.toString());
        assertTrue(window.open(left.get(0)), window.errorProperty().get());
        window.opening().join();
        await(autosave, () -> autosave.encounterIdProperty().get() != null && !autosave.failedProperty().get());
        long id = autosave.encounterIdProperty().get();
        autosave.shutdown();
        return id;
    }

    private static void assertOneEncounterWithTheRestoredFindings(Encounters store, long id) {
        assertEquals(1, store.count(), "the encounter the create made, not a second one for the patient");
        Encounters.Encounter e = store.load(id).orElseThrow();
        assertEquals("P-lost", e.patientLabel());
        ENTERED.forEach((finding, value) -> assertEquals(value, e.exam().findings().get(finding), finding));
    }

    @Test
    void aCopyKeptAfterTheCreateCommittedAndItsLookUpFailedIsRestoredIntoThatEncounter() throws Exception {
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK);
            createdThenDown(store, "anna", folder);
            assertEquals(1, store.count(), "sanity: the create committed");
            long id = restored(store, "anna", folder);
            assertOneEncounterWithTheRestoredFindings(store, id);
        }
        assertEquals(List.of(), files(folder), "the copy and the files beside it go once it is stored");
    }

    @Test
    void aClinicCopyKeptAfterTheCreateCommittedAndItsLookUpFailedIsRestoredIntoThatEncounter() throws Exception {
        Path folder = dir.resolve("clinic-recovery");
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String erin = server.newMember("erin", ClinicMembers.Kind.CLINICIAN, "Quay Physio");
            try (ClinicEncounterStore real = new ClinicEncounterStore(server.as(erin), Clock.systemUTC())) {
                createdThenDown(real, erin, folder);
            }
            try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(erin), Clock.systemUTC())) {
                assertEquals(1, store.count(), "sanity: the create committed");
                long id = restored(store, erin, folder);
                assertOneEncounterWithTheRestoredFindings(store, id);
            }
        }
        assertEquals(List.of(), files(folder), "the copy and the files beside it go once it is stored");
    }
}
