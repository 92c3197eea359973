package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exampath.TestKnowledge;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.exchange.ExamWriter;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recovery copy of an exam whose create committed but whose answer was lost, restored after a crash
 * the way the app does it (the leftovers reported at start, then File > Open exam), on a real SQLite file.
 */
class RecoveryCopyTest {
    @TempDir
    Path dir;

    /**
     * The store on a real file, but the first create's answer is lost after its commit and from then on
     * the store cannot be reached at all (the server went down, or the app is about to crash).
     */
    private static Encounters downAfterFirstCreate(Encounters real, List<String> createKeys) {
        AtomicBoolean down = new AtomicBoolean();
        return (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                (proxy, method, args) -> {
                    if (down.get()) {
                        throw new StoreException("the server cannot be reached");
                    }
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("create") && args.length == 6) {
                        createKeys.add((String) args[5]);
                        down.set(true);
                        throw new StoreException("the server cannot be reached (the create was committed, its answer lost)");
                    }
                    return result;
                });
    }

    /**
     * In a first session on {@code db}: an exam saved and acknowledged as one encounter, then a later change
     * whose save fails, and the app stops. Returns the exam as entered (the copy's content).
     */
    private static Exam acknowledgedThenFailed(Path db, Path folder) {
        try (Database database = Database.open(db)) {
            AtomicBoolean down = new AtomicBoolean();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, FailingStore.failingWhen(new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), down),
                    new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-K");
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            autosave.flush();
            assertFalse(autosave.failedProperty().get(), autosave.statusProperty().get());
            assertEquals(1L, autosave.encounterIdProperty().get(), "the encounter was made and its answer came back");
            down.set(true);
            session.set("history.quality.burning", FindingValue.Flag.YES);
            session.set("nerve.slump", new FindingValue.Choice("negative"));
            autosave.flush();
            assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
            Exam entered = session.exam();
            autosave.shutdown(); // the app stops with the later changes unsaved
            return entered;
        }
    }

    @Test
    void aCopyOfAnExamWhoseEncounterWasKnownIsRestoredIntoThatEncounterWithItsChangesAudited() throws Exception {
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        Exam entered = acknowledgedThenFailed(db, folder);

        try (Database database = Database.open(db)) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            assertEquals(new FindingValue.Choice("positive"), store.load(1).orElseThrow().exam().findings().get("nerve.slump"),
                    "the later change never reached the store");
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            Autosave autosave = autosave(session, store, recovery);
            List<Path> left = recovery.leftovers();
            assertEquals(1, left.size(), left.toString());
            assertEquals(java.util.Optional.empty(), RecoveryFiles.createKeyOf(left.get(0)));
            assertEquals(java.util.Optional.of(new RecoveryFiles.Kept(1, "2026-11-26", "anna", db.toRealPath().toString())),
                    RecoveryFiles.encounterOf(left.get(0)), "the copy names the encounter its change belongs to");
            int auditedBefore = store.audit(1).size();

            ExamViewModel model = new ExamViewModel(session, autosave);
            assertTrue(model.open(left.get(0)));
            model.opening().join();
            autosave.flush();
            assertEquals(1, store.count(), "restoring the copy made no second encounter");
            assertEquals(1L, autosave.encounterIdProperty().get());
            assertTrue(model.statusProperty().get().contains("into it"), model.statusProperty().get());
            Encounters.Encounter stored = store.load(1).orElseThrow();
            assertEquals(entered.findings(), stored.exam().findings(), "the encounter holds the restored findings");
            assertEquals("P-K", stored.patientLabel());
            List<Encounters.AuditEntry> restored = store.audit(1).subList(auditedBefore, store.audit(1).size());
            assertEquals(java.util.Set.of("history.quality.burning", "nerve.slump"),
                    restored.stream().map(Encounters.AuditEntry::finding).collect(java.util.stream.Collectors.toSet()),
                    "each restored change is in the audit");
            assertTrue(restored.stream().allMatch(a -> a.clinician().equals("anna")), restored.toString());
            assertTrue(restored.stream().anyMatch(a -> a.finding().equals("nerve.slump")
                    && new FindingValue.Choice("positive").equals(a.oldValue())
                    && new FindingValue.Choice("negative").equals(a.newValue())), restored.toString());

            // stored, the copy goes with the files beside it: it is not reported again nor opened twice
            assertEquals(List.of(), recovery.leftovers());
            try (var files = Files.list(folder)) {
                assertEquals(List.of(), files.toList());
            }
            autosave.shutdown();
        }
    }

    @Test
    void restoringACopyAppliesOnlyItsOwnChangesAndKeepsAValueAnotherClinicianSavedMeanwhile() throws Exception {
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        acknowledgedThenFailed(db, folder);
        try (Database database = Database.open(db)) {
            // while anna's app was down, ben worked on the same encounter
            EncounterStore ben = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Exam his = ben.load(1).orElseThrow().exam().with("history.quality.burning", FindingValue.Flag.NO)
                    .with("nerve.slr", new FindingValue.Choice("negative"));
            ben.save(1, null, his, "ben");
        }
        try (Database database = Database.open(db)) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            Autosave autosave = autosave(session, store, recovery);
            Path copy = recovery.leftovers().get(0);
            assertTrue(Files.isRegularFile(RecoveryFiles.baseOf(copy)), "the copy keeps the encounter as it was stored");
            ExamViewModel model = new ExamViewModel(session, autosave);
            assertTrue(model.open(copy));
            model.opening().join();
            autosave.flush();
            assertEquals(1, store.count());
            var findings = store.load(1).orElseThrow().exam().findings();
            assertEquals(new FindingValue.Choice("negative"), findings.get("nerve.slump"), "anna's own change is applied");
            assertEquals(FindingValue.Flag.NO, findings.get("history.quality.burning"), "ben's newer value is not overwritten");
            assertEquals(new FindingValue.Choice("negative"), findings.get("nerve.slr"), "ben's other finding stays");
            assertEquals("Restored the unsaved changes kept for encounter 1 into it; kept the newer value saved meanwhile for "
                    + "history.quality.burning (no, set by ben, where the copy has yes).", model.statusProperty().get());
            assertEquals(FindingValue.Flag.NO, session.exam().findings().get("history.quality.burning"),
                    "the screen shows what is stored");
            autosave.shutdown();
        }
    }

    @Test
    void aCopyOfAnotherCliniciansEncounterIsNotRestoredInThisCliniciansName() throws Exception {
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        acknowledgedThenFailed(db, folder); // anna's encounter 1, her later changes unsaved

        try (Database database = Database.open(db)) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Exam storedBefore = store.load(1).orElseThrow().exam();
            int auditedBefore = store.audit(1).size();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            session.set("nerve.slr", new FindingValue.Choice("negative")); // ben's own exam on screen
            Exam bens = session.exam();
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            Autosave autosave = RecoverySessions.autosave(session, store, "ben", DatabaseTestAccess.CLOCK,
                    java.time.Duration.ofMillis(20), recovery);
            Path copy = recovery.leftovers().get(0);

            ExamViewModel model = new ExamViewModel(session, autosave);
            assertFalse(model.open(copy));
            model.opening().join();
            autosave.flush();
            assertEquals("Could not open " + copy.getFileName() + ": it holds unsaved changes anna entered (encounter 1, 2026-11-26);"
                    + " only anna can restore them, by opening it in ExamPath as anna. The copy stays in the folder and the current"
                    + " exam is unchanged.", model.errorProperty().get());
            assertEquals(bens, session.exam(), "ben's exam on screen is untouched");
            assertEquals(storedBefore, store.load(1).orElseThrow().exam(), "anna's encounter is untouched");
            assertEquals(auditedBefore, store.audit(1).size(), "nothing was audited in ben's name");
            assertEquals(List.of(copy), recovery.leftovers(), "the copy waits for anna");
            autosave.shutdown();
        }
    }

    @Test
    void aNewExamsCopyIsNeverOpenedInAnotherCliniciansName() throws Exception {
        Path folder = dir.resolve("recovery");
        Path db = dir.resolve("exampath.db");
        try (Database database = Database.open(db)) {
            AtomicBoolean down = new AtomicBoolean();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, FailingStore.failingWhen(new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), down),
                    new RecoveryFiles(folder));
            down.set(true); // never created: anna's new exam exists only as the copy
            session.patientLabelProperty().set("P-N");
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            autosave.flush();
            assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
            autosave.shutdown();
        }
        try (Database database = Database.open(db)) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            Autosave autosave = RecoverySessions.autosave(session, store, "ben", DatabaseTestAccess.CLOCK,
                    java.time.Duration.ofMillis(20), recovery);
            Path copy = recovery.leftovers().get(0);
            assertEquals("WARNING: 1 unsaved change that anna entered in an earlier session is kept in " + folder
                    + ", not opened here: only the clinician who made a change restores it.", autosave.statusProperty().get());
            ExamViewModel model = new ExamViewModel(session, autosave);
            assertFalse(model.open(copy));
            autosave.flush();
            assertEquals("Could not open " + copy.getFileName() + ": it holds unsaved changes anna entered (a new exam); only anna"
                    + " can restore them, by opening it in ExamPath as anna. The copy stays in the folder and the current exam is"
                    + " unchanged.", model.errorProperty().get());
            assertEquals(Exam.empty(), session.exam());
            assertEquals(0, store.count(), "nothing saved in ben's name");
            assertEquals(List.of(copy), recovery.leftovers());
            autosave.shutdown();
        }
    }

    @Test
    void aCopyWhoseEncounterIsNotInThisStoreIsSavedAsANewEncounterAndSaysSo() throws Exception {
        Path folder = dir.resolve("recovery");
        Exam entered = acknowledgedThenFailed(dir.resolve("first.db"), folder);
        // the same copy carried to a second machine, for the second store below
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.copy(f, elsewhere.resolve(f.getFileName()));
            }
        }

        // another store, where encounter 1 is someone else's visit
        try (Database database = Database.open(dir.resolve("other.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Exam theirs = Exam.empty().with("nerve.slr", new FindingValue.Choice("negative"));
            assertEquals(1L, store.create("P-other", "ben", theirs, "test", null));
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            Autosave autosave = autosave(session, store, recovery);
            Path copy = recovery.leftovers().get(0);
            String keptIn = RecoveryFiles.encounterOf(copy).orElseThrow().store();
            assertNotEquals(store.identity(), keptIn, "the copy was made in first.db");

            ExamViewModel model = new ExamViewModel(session, autosave);
            assertTrue(model.open(copy));
            model.opening().join();
            autosave.flush();
            assertEquals("Encounter 1 of this copy (2026-11-26, anna) was kept for another database (" + keptIn
                    + "), not this one; the copy is saved as a new encounter of this one.", model.statusProperty().get());
            assertEquals(2, store.count());
            Encounters.Encounter other = store.load(1).orElseThrow();
            assertEquals(theirs.findings(), other.exam().findings(), "the other patient's encounter is untouched");
            assertEquals("P-other", other.patientLabel());
            long made = autosave.encounterIdProperty().get();
            assertNotEquals(1L, made);
            assertEquals(entered.findings(), store.load(made).orElseThrow().exam().findings());
            assertEquals(List.of(), recovery.leftovers(), "stored as a new encounter, the copy is gone: it cannot make a third");
            autosave.shutdown();
        }

        // a store where that encounter no longer exists at all
        try (Database database = Database.open(dir.resolve("empty.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(elsewhere);
            Autosave autosave = autosave(session, store, recovery);
            ExamViewModel model = new ExamViewModel(session, autosave);
            assertTrue(model.open(recovery.leftovers().get(0)));
            model.opening().join();
            autosave.flush();
            assertTrue(model.statusProperty().get().contains("was kept for another database ("), model.statusProperty().get());
            assertTrue(model.statusProperty().get().endsWith("the copy is saved as a new encounter of this one."), model.statusProperty().get());
            assertEquals(1, store.count());
            assertEquals(entered.findings(), store.load(autosave.encounterIdProperty().get()).orElseThrow().exam().findings());
            autosave.shutdown();
        }
    }

    @Test
    void aCopyKeptForOneDatabaseIsNotRestoredIntoTheSameNumberedEncounterOfAnother() throws Exception {
        Path folder = dir.resolve("recovery");
        acknowledgedThenFailed(dir.resolve("first.db"), folder);
        try (Database database = Database.open(dir.resolve("other.db"))) {
            // the same clinician's encounter 1 of the same day, for another patient
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            store.create("Another patient", "anna", Exams.of().yes("history.region.lateral_hip").exam(), "kb", null);
            Exam theirs = store.load(1).orElseThrow().exam();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            Autosave autosave = autosave(session, store, recovery);
            String notice = autosave.statusProperty().get();
            assertTrue(notice.contains("1 unsaved change was kept for another database (" + dir.resolve("first.db").toRealPath()
                    + "); open it with File > Open exam while that database is open"), notice);
            assertFalse(notice.contains("kept from an earlier session"), "it is not offered as this database's: " + notice);
            ExamViewModel model = new ExamViewModel(session, autosave);
            assertTrue(model.open(recovery.leftovers().get(0)));
            model.opening().join();
            autosave.flush();
            assertEquals(theirs.findings(), store.load(1).orElseThrow().exam().findings(), "the other patient's visit is untouched");
            assertEquals(2, store.count(), "the copy is saved as a new encounter of this database");
            autosave.shutdown();
        }
    }

    @Test
    void anEncounterSideFileThatIsNotWellFormedIsNeverUsed() throws Exception {
        Path copy = dir.resolve("unsaved-1-1-3.json");
        Path side = dir.resolve(".unsaved-1-1-3.json.create-key");
        Files.writeString(side, "encounter 7\ndate 2026-11-26\nclinician anna\nstore /data/exampath.db\n");
        assertEquals(java.util.Optional.of(new RecoveryFiles.Kept(7, "2026-11-26", "anna", "/data/exampath.db")),
                RecoveryFiles.encounterOf(copy));
        assertEquals(java.util.Optional.empty(), RecoveryFiles.createKeyOf(copy), "an encounter is not taken for a create key");
        for (String bad : List.of("encounter 0\ndate 2026-11-26\nclinician anna\n", "encounter -7\ndate d\nclinician anna\n",
                "encounter 7; DROP TABLE encounter\ndate d\nclinician anna\n", "encounter 7\ndate 2026-11-26\n",
                "encounter 7\ndate \nclinician anna\n", "0b6f1f4e-8d7c-4d35-9a51-2f3c0e7d9a10\n",
                "encounter 7\ndate 2026-11-26\nclinician anna\n", "encounter 7\ndate 2026-11-26\nclinician anna\nstore \n")) {
            Files.writeString(side, bad);
            assertEquals(java.util.Optional.empty(), RecoveryFiles.encounterOf(copy), bad);
        }
    }

    private static Autosave autosave(ExamSession session, Encounters store, RecoveryFiles recovery) {
        return RecoverySessions.autosave(session, store, "anna", DatabaseTestAccess.CLOCK, java.time.Duration.ofMillis(20), recovery);
    }


    @Test
    void aCopyOfAnExamWhoseCreateCommittedWithItsAnswerLostIsRestoredIntoThatOneEncounter() throws Exception {
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        List<String> createKeys = new CopyOnWriteArrayList<>();
        Exam entered;
        try (Database database = Database.open(db)) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, downAfterFirstCreate(new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER),
                    createKeys), new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-R");
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            autosave.flush();
            session.set("history.quality.burning", FindingValue.Flag.YES);
            autosave.flush();
            assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
            assertEquals(1, new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER).count(), "the lost create was committed");
            entered = session.exam();
            autosave.shutdown(); // the app stops with the change unsaved
        }
        assertEquals(1, createKeys.size());

        try (Database database = Database.open(db)) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            Autosave autosave = autosave(session, store, recovery);
            assertTrue(autosave.statusProperty().get().contains("1 unsaved change was kept"), autosave.statusProperty().get());
            autosave.resume().join();
            List<Path> left = recovery.leftovers();
            assertEquals(1, left.size(), left.toString());
            assertEquals(java.util.Optional.of(createKeys.get(0)), RecoveryFiles.createKeyOf(left.get(0)),
                    "the copy keeps the key its create was sent with");

            ExamViewModel model = new ExamViewModel(session, autosave);
            assertTrue(model.open(left.get(0)));
            assertEquals("Opened " + left.get(0).getFileName() + ".", model.statusProperty().get(), "kept for this database");
            autosave.flush();
            assertEquals(1, store.count(), "restoring the copy made no second encounter");
            long id = autosave.encounterIdProperty().get();
            Encounters.Encounter stored = store.load(id).orElseThrow();
            assertEquals(entered.findings(), stored.exam().findings(), "the one encounter holds every finding entered");
            assertEquals("P-R", stored.patientLabel());
            assertEquals(List.of(), recovery.leftovers(), "the copy, stored, is gone");
            assertFalse(Files.exists(left.get(0).resolveSibling("." + left.get(0).getFileName() + ".create-key")));
            autosave.shutdown();
        }
    }

    @Test
    void aNewExamsCopyNamesItsDatabaseAndOpenedInAnotherIsSavedThereAsANewEncounterTheCopyStayingUntilThen() throws Exception {
        Path folder = dir.resolve("recovery");
        Path first = dir.resolve("first.db");
        Exam entered;
        try (Database database = Database.open(first)) {
            AtomicBoolean down = new AtomicBoolean();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, FailingStore.failingWhen(new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), down),
                    new RecoveryFiles(folder));
            down.set(true); // never created: a new exam, with no encounter to name
            session.patientLabelProperty().set("P-N");
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            autosave.flush();
            assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
            entered = session.exam();
            autosave.shutdown();
        }
        String firstId = first.toRealPath().toString();

        try (Database database = Database.open(dir.resolve("other.db"))) {
            AtomicBoolean down = new AtomicBoolean();
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            Autosave autosave = autosave(session, FailingStore.failingWhen(store, down), recovery);
            Path copy = recovery.leftovers().get(0);
            assertEquals(java.util.Optional.empty(), RecoveryFiles.encounterOf(copy));
            assertEquals(java.util.Optional.of(firstId), RecoveryFiles.keptFor(copy), "the copy names the database it was made in");
            assertEquals(java.util.Optional.of("anna"), RecoveryFiles.madeBy(copy), "and who entered it");
            String notice = autosave.statusProperty().get();
            assertEquals("WARNING: 1 unsaved change was kept for another database (" + firstId + "); open it with File > Open exam"
                    + " while that database is open (opened here, each is saved as a new encounter of this one).", notice);

            down.set(true);
            ExamViewModel model = new ExamViewModel(session, autosave);
            assertTrue(model.open(copy));
            assertEquals("Opened " + copy.getFileName() + ", a new exam kept for another database (" + firstId
                    + "); it is saved as a new encounter of this one.", model.statusProperty().get());
            autosave.flush();
            assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
            assertTrue(Files.exists(copy), "not stored yet, so the copy stays");
            down.set(false);
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (autosave.failedProperty().get() && System.nanoTime() < deadline) {
                autosave.flush(); // the retry comes every 20 ms
            }
            assertFalse(autosave.failedProperty().get(), autosave.statusProperty().get());
            assertEquals(1, store.count());
            Encounters.Encounter stored = store.load(autosave.encounterIdProperty().get()).orElseThrow();
            assertEquals(entered.findings(), stored.exam().findings());
            assertEquals("P-N", stored.patientLabel());
            assertEquals(List.of(), recovery.leftovers(), "stored, the copy is gone");
            try (var files = Files.list(folder)) {
                assertEquals(List.of(), files.toList(), "and the files beside it");
            }
            autosave.shutdown();
        }
    }

    @Test
    void aCopyWithoutAKeyAsOlderVersionsWroteItStillOpensAndIsSavedAsANewEncounter() throws Exception {
        Path folder = dir.resolve("recovery");
        Files.createDirectories(folder);
        Exam old = Exam.empty().with("nerve.slr", new FindingValue.Choice("negative"));
        old = old.withRecord(old.record().withLabel("P-old"));
        Path copy = folder.resolve("unsaved-1-1-1.json");
        Files.write(copy, new ExamWriter().write(old));
        try (Database database = Database.open(dir.resolve("old.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            Autosave autosave = autosave(session, store, recovery);
            assertEquals(List.of(copy), recovery.leftovers());
            assertEquals(java.util.Optional.empty(), RecoveryFiles.createKeyOf(copy));
            assertTrue(new ExamViewModel(session, autosave).open(copy));
            autosave.flush();
            assertEquals(1, store.count());
            Encounters.Encounter stored = store.load(autosave.encounterIdProperty().get()).orElseThrow();
            assertEquals(old.findings(), stored.exam().findings());
            assertEquals("P-old", stored.patientLabel());
            assertEquals(List.of(), recovery.leftovers());
            autosave.shutdown();
        }
    }

    @Test
    void aKeyFileThatIsNotAKeyIsNeverUsed() throws Exception {
        Path copy = dir.resolve("unsaved-1-1-2.json");
        Files.writeString(dir.resolve(".unsaved-1-1-2.json.create-key"), "'; DROP TABLE encounter; --");
        assertEquals(java.util.Optional.empty(), RecoveryFiles.createKeyOf(copy));
        Files.writeString(dir.resolve(".unsaved-1-1-2.json.create-key"), "0b6f1f4e-8d7c-4d35-9a51-2f3c0e7d9a10\n");
        assertEquals(java.util.Optional.of("0b6f1f4e-8d7c-4d35-9a51-2f3c0e7d9a10"), RecoveryFiles.createKeyOf(copy));
    }
}
