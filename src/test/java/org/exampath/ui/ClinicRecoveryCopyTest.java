package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recovery copy of a clinic encounter restored on a real PostgreSQL server: into that encounter, with a
 * colleague's newer value kept and the restored change audited as the server's session user; and, opened
 * by a clinician of another clinic (who cannot see that encounter), as a new encounter of their own.
 */
class ClinicRecoveryCopyTest {
    private static PgTestServer server;
    private static String alice;
    private static String carol;
    private static String dave;

    @TempDir
    Path dir;

    @BeforeAll
    static void server() throws Exception {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        dave = server.newMember("dave", ClinicMembers.Kind.CLINICIAN, "Dune Physio");
    }

    @AfterAll
    static void closeServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static Autosave autosave(ExamSession session, Encounters store, String clinician, RecoveryFiles recovery) {
        return RecoverySessions.autosave(session, store, clinician, Clock.systemUTC(), java.time.Duration.ofMillis(50), recovery);
    }


    @Test
    void aCopyOfAClinicEncounterIsRestoredIntoItByItsClinicianAndNeverOpenedInAnothersName() throws Exception {
        Path folder = dir.resolve("recovery");
        long id;
        // alice: the encounter made and answered, then the server goes away before her next change is stored
        try (ClinicEncounterStore real = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            AtomicBoolean down = new AtomicBoolean();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, FailingStore.failingWhen(real, down), alice, new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-clinic-r");
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            autosave.flush();
            assertFalse(autosave.failedProperty().get(), autosave.statusProperty().get());
            id = autosave.encounterIdProperty().get();
            down.set(true);
            session.set("nerve.slump", new FindingValue.Choice("negative"));
            session.set("history.quality.burning", FindingValue.Flag.YES);
            autosave.flush();
            assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
            autosave.shutdown();
        }
        // the same copy carried to another clinic's machine, for dave below
        Path elsewhere = java.nio.file.Files.createDirectories(dir.resolve("elsewhere"));
        try (var files = java.nio.file.Files.list(folder)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, elsewhere.resolve(f.getFileName()));
            }
        }
        // carol, same clinic, records the burning pain as absent meanwhile
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            Exam now = carols.load(id).orElseThrow().exam().with("history.quality.burning", FindingValue.Flag.NO);
            carols.save(id, null, now, carol);
        }

        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            int before = store.count();
            int audited = store.audit(id).size();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            Autosave autosave = autosave(session, store, alice, recovery);
            Path copy = recovery.leftovers().get(0);
            assertEquals(id, RecoveryFiles.encounterOf(copy).orElseThrow().id());
            ExamViewModel model = new ExamViewModel(session, autosave);
            assertTrue(model.open(copy));
            model.opening().join();
            autosave.flush();
            assertFalse(autosave.failedProperty().get(), autosave.statusProperty().get());
            assertEquals(before, store.count(), "no second encounter in the clinic");
            assertEquals(id, autosave.encounterIdProperty().get());
            var findings = store.load(id).orElseThrow().exam().findings();
            assertEquals(new FindingValue.Choice("negative"), findings.get("nerve.slump"));
            assertEquals(FindingValue.Flag.NO, findings.get("history.quality.burning"), "carol's newer value stays");
            assertTrue(model.statusProperty().get().contains("history.quality.burning (no, set by " + carol),
                    model.statusProperty().get());
            List<Encounters.AuditEntry> restored = store.audit(id).subList(audited, store.audit(id).size());
            assertEquals(1, restored.size(), restored.toString());
            assertEquals("nerve.slump", restored.get(0).finding());
            assertEquals(alice, restored.get(0).clinician(), "the server names who restored it");
            assertEquals(List.of(), recovery.leftovers(), "the copy, stored, is gone");
            autosave.shutdown();
        }

        // dave, another clinic, is handed the copy: alice's changes are never saved in his name
        try (ClinicEncounterStore daves = new ClinicEncounterStore(server.as(dave), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(elsewhere);
            Autosave autosave = autosave(session, daves, dave, recovery);
            ExamViewModel model = new ExamViewModel(session, autosave);
            Path copy = recovery.leftovers().get(0);
            assertFalse(model.open(copy));
            model.opening().join();
            autosave.flush();
            assertTrue(model.errorProperty().get().contains("it holds unsaved changes " + alice + " entered (encounter " + id + ", "),
                    model.errorProperty().get());
            assertEquals(0, daves.count(), "no encounter made in dave's name");
            assertEquals(List.of(copy), recovery.leftovers(), "the copy waits for alice");
            autosave.shutdown();
        }
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            assertEquals(FindingValue.Flag.NO, store.load(id).orElseThrow().exam().findings().get("history.quality.burning"));
        }
    }

    @Test
    void aRedFlagActionCommittedWithItsAnswerLostIsStoredOnceFromItsCopyAtTheNextStart() throws Exception {
        Path folder = dir.resolve("recovery");
        long id;
        List<String> keysSent = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ClinicEncounterStore real = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            Encounters answersLost = (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(),
                    new Class<?>[] {Encounters.class}, (proxy, method, args) -> {
                        if (method.getName().equals("acknowledge") && args.length == 7) {
                            keysSent.add((String) args[4]);
                            ((java.util.concurrent.CompletableFuture<?>) method.invoke(real, args)).join();
                            return java.util.concurrent.CompletableFuture.failedFuture(
                                    new StoreException("the server cannot be reached (the action was committed, its answer lost)"));
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, answersLost, alice, new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-clinic-action");
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.flush();
            id = autosave.encounterIdProperty().get();
            autosave.acknowledge("cauda_equina", "Sent to ED");
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (keysSent.size() < 2 && System.nanoTime() < deadline) {
                autosave.flush();
            }
            assertEquals(keysSent.get(0), keysSent.get(1), "its retry sent the same key");
            autosave.shutdown(); // killed while the action waits for its next retry
            assertEquals(1, real.acknowledgements(id).size(), "committed once on the server");
        }

        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            assertEquals(1, recovery.actions().leftovers().size(), "the action's copy outlived the app");
            Autosave autosave = autosave(session, store, alice, recovery);
            autosave.load(id).join();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (autosave.actionsUnsaved() && System.nanoTime() < deadline) {
                autosave.flush();
            }
            assertFalse(autosave.actionsUnsaved(), autosave.statusProperty().get());
            List<Encounters.Acknowledgement> stored = store.acknowledgements(id);
            assertEquals(List.of("Sent to ED"), stored.stream().map(Encounters.Acknowledgement::action).toList(),
                    "one action after recovery, not two");
            assertEquals(alice, stored.get(0).clinician(), "the server names who recorded it");
            assertEquals(List.of(), new RecoveryFiles(folder).actions().leftovers(), "its copy is gone");
            autosave.shutdown();
        }
    }
}
