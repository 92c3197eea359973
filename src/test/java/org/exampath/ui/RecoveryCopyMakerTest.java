package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
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
 * A recovery copy of an encounter's unsaved changes is credited to the clinician of the session that made them,
 * not to the encounter's clinician, and only they restore it: in this computer's database, a user who never set a
 * name editing an exam imported as another clinician's; on a real PostgreSQL server, a colleague editing another
 * clinician's encounter of the same clinic.
 */
class RecoveryCopyMakerTest {
    @TempDir
    Path dir;

    private static Autosave autosave(ExamSession session, Encounters store, String clinician, RecoveryFiles recovery) {
        return RecoverySessions.autosave(session, store, clinician, Clock.systemUTC(), Duration.ofMillis(50), recovery);
    }

    /**
     * {@code maker}'s session opens encounter {@code id} of {@code real}, changes nerve.slump to negative, and stops
     * while the store cannot take it: the change is left in {@code folder}.
     */
    private static void changedAndFailed(Encounters real, String maker, long id, Path folder) {
        AtomicBoolean down = new AtomicBoolean();
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        Autosave autosave = autosave(session, FailingStore.failingWhen(real, down), maker, new RecoveryFiles(folder));
        autosave.load(id).join();
        down.set(true);
        session.set("nerve.slump", new FindingValue.Choice("negative"));
        autosave.flush();
        assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
        autosave.shutdown();
    }

    /** {@code opener} opens the one leftover copy in {@code folder}; returns the window's model once the opening is done. */
    private static ExamViewModel opens(Encounters store, String opener, Path folder) {
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        RecoveryFiles recovery = RecoverySessions.nextStart(folder);
        Autosave autosave = autosave(session, store, opener, recovery);
        ExamViewModel model = new ExamViewModel(session, autosave);
        List<Path> left = recovery.leftovers();
        assertEquals(1, left.size(), left.toString());
        model.open(left.get(0));
        model.opening().join();
        autosave.shutdown();
        return model;
    }

    private static FindingValue slump(Encounters store, long id) {
        return store.load(id).orElseThrow().exam().findings().get("nerve.slump");
    }

    @Test
    void aUserWithNoNameSetRestoresTheirChangesToAnExamImportedAsAnotherClinicians() throws Exception {
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Exam byX = Exams.of().is("nerve.slump", "positive").exam();
            long id = store.createAll(List.of(new Encounters.NewEncounter("P-x",
                    byX.withRecord(byX.record().withClinician("Dr X")), null, null)), "", "v").get(0);
            assertEquals("Dr X", store.load(id).orElseThrow().clinician());

            changedAndFailed(store, "", id, folder);
            assertEquals("", RecoveryFiles.madeBy(RecoverySessions.nextStart(folder).leftovers().get(0)).orElseThrow(),
                    "the copy is the unnamed session's, not Dr X's");

            ExamViewModel drX = opens(store, "Dr X", folder);
            assertTrue(drX.errorProperty().get().contains("unsaved changes entered with no clinician's name set (encounter " + id),
                    drX.errorProperty().get());
            assertEquals(new FindingValue.Choice("positive"), slump(store, id), "nothing saved in Dr X's name");

            ExamViewModel unnamed = opens(store, "", folder);
            assertEquals("", unnamed.errorProperty().get());
            assertEquals(new FindingValue.Choice("negative"), slump(store, id), "restored by the session that made it");
            List<Encounters.AuditEntry> audit = store.audit(id);
            assertEquals("", audit.get(audit.size() - 1).clinician(), audit.toString());
            assertEquals(List.of(), RecoverySessions.nextStart(folder).leftovers());
        }
    }

    @Test
    void aColleaguesUnsavedChangeToAClinicEncounterIsRestoredByThemAndNeverByItsClinician() throws Exception {
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
            String bob = server.newMember("bob", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
            Path folder = dir.resolve("shared-recovery");
            long id;
            try (ClinicEncounterStore alices = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                id = alices.create("P-shared", alice, Exams.of().is("nerve.slump", "positive").exam(), "v", null);
            }
            try (ClinicEncounterStore bobs = new ClinicEncounterStore(server.as(bob), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                changedAndFailed(bobs, bob, id, folder);
            }
            assertEquals(bob, RecoveryFiles.madeBy(RecoverySessions.nextStart(folder).leftovers().get(0)).orElseThrow());

            try (ClinicEncounterStore alices = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                int audited = alices.audit(id).size();
                ExamViewModel model = opens(alices, alice, folder);
                assertTrue(model.errorProperty().get().contains("unsaved changes " + bob + " entered (encounter " + id),
                        model.errorProperty().get());
                assertEquals(new FindingValue.Choice("positive"), slump(alices, id), "bob's change is never saved as alice's");
                assertEquals(audited, alices.audit(id).size());
            }
            try (ClinicEncounterStore bobs = new ClinicEncounterStore(server.as(bob), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                ExamViewModel model = opens(bobs, bob, folder);
                assertFalse(model.errorProperty().get().contains("Could not open"), model.errorProperty().get());
                assertEquals(new FindingValue.Choice("negative"), slump(bobs, id));
                List<Encounters.AuditEntry> audit = bobs.audit(id);
                assertEquals(bob, audit.get(audit.size() - 1).clinician(), "the server names who restored it: bob, who made it");
                assertEquals(alice, bobs.load(id).orElseThrow().clinician(), "the encounter stays alice's");
                assertEquals(List.of(), RecoverySessions.nextStart(folder).leftovers());
            }
        }
    }

    /**
     * The opening's bookkeeping (the encounter named for its copies) runs on the autosave queue after the encounter is
     * on screen; when the queue reaches it only once the store has gone down, the copy of the next change still names
     * its encounter. A blocker is put on the queue just before the opening is shown, and let go once the store is down.
     */
    @Test
    void aCopyNamesItsEncounterWhenTheQueueReachesTheOpeningOnlyAfterTheStoreWentDown() throws Exception {
        Path folder = dir.resolve("late-queue");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            long id = store.createAll(List.of(new Encounters.NewEncounter("P-late",
                    Exams.of().is("nerve.slump", "positive").exam(), null, null)), "anna", "v").get(0);
            AtomicBoolean down = new AtomicBoolean();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, FailingStore.failingWhen(store, down), "anna", new RecoveryFiles(folder));
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            AtomicBoolean holdNext = new AtomicBoolean(true);
            autosave.runStatusUpdatesWith(work -> {
                if (holdNext.getAndSet(false)) {
                    autosave.runInBackground(() -> {
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                }
                work.run();
            });
            autosave.load(id).join();
            down.set(true);
            release.countDown();
            session.set("nerve.slump", new FindingValue.Choice("negative"));
            autosave.flush();
            assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
            autosave.shutdown();

            List<Path> left = RecoverySessions.nextStart(folder).leftovers();
            assertEquals(1, left.size(), left.toString());
            assertEquals(id, RecoveryFiles.encounterOf(left.get(0)).orElseThrow(
                    () -> new AssertionError("the copy names no encounter, so it would open as a new exam")).id());
            assertEquals("anna", RecoveryFiles.madeBy(left.get(0)).orElseThrow());
        }
    }

    @Test
    void aCopyOfChangesToAnOpenedExamFileNeverStoredKeepsTheFilesFindingsAsItsClinicians() throws Exception {
        Path folder = dir.resolve("recovery-file");
        Exam kemis = Exams.of().is("nerve.slump", "positive").yes("history.quality.burning").exam();
        Path file = java.nio.file.Files.write(dir.resolve("kemi.json"), new org.exampath.exchange.ExamWriter()
                .write(kemis.withRecord(kemis.record().withClinician("Dr Kemi Adeyemi").withLabel("P-kemi"))));
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            // anna opens Kemi's file and changes a finding while the store cannot take anything: nothing is made
            AtomicBoolean down = new AtomicBoolean();
            ExamSession first = new ExamSession(TestKnowledge.ENGINE);
            Autosave failing = autosave(first, FailingStore.failingWhen(store, down), "anna", new RecoveryFiles(folder));
            down.set(true);
            ExamViewModel window = new ExamViewModel(first, failing);
            assertTrue(window.open(file), window.errorProperty().get());
            first.set("nerve.slump", new FindingValue.Choice("negative"));
            failing.flush();
            assertTrue(failing.failedProperty().get(), failing.statusProperty().get());
            failing.shutdown();
            assertEquals(0, store.count());

            ExamViewModel model = opens(store, "anna", folder);
            model.clinicianProperty().set("anna");
            assertEquals(1, store.count(), model.statusProperty().get());
            long id = store.list("", 5).get(0).id();
            assertEquals(List.of("history.quality.burning by Dr Kemi Adeyemi", "nerve.slump by Dr Kemi Adeyemi", "nerve.slump by anna"),
                    store.audit(id).stream().map(a -> a.finding() + " by " + a.clinician()).sorted().toList(),
                    "the file's findings are Kemi's, the change anna made is hers");
            assertEquals(new FindingValue.Choice("negative"), slump(store, id));
            assertEquals("Dr Kemi Adeyemi; changes by anna", model.noteContext().clinician());
        }
    }
}
