package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import org.exampath.store.StoreException;
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
 * of making a second one for the patient; in a real SQLite file and on a real PostgreSQL server. A red-flag action
 * recorded meanwhile is kept beside that copy, and opening it stores the action once, as it was recorded.
 */
class CopyAfterLostLookupTest {
    private static final Map<String, FindingValue> ENTERED = Map.of(
            "nerve.slump", new FindingValue.Choice("negative"),
            "history.quality.burning", FindingValue.Flag.YES);

    /** When the action was recorded: before the SQLite test store's clock, and long before the next start. */
    private static final Instant RECORDED = Instant.parse("2026-11-26T09:40:00Z");

    @TempDir
    Path dir;

    /**
     * {@code real}, going down as soon as its first create has committed (the answer comes back; nothing after it does);
     * the key of every red-flag action sent to it goes into {@code actionKeys}, and one sent while it is down fails, as a
     * server out of reach answers.
     */
    private static Encounters downAfterTheCreate(Encounters real, AtomicBoolean down, List<String> actionKeys) {
        Encounters failing = FailingStore.failingWhen(sentWith(real, actionKeys), down);
        return (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("acknowledge") && args.length == 7 && down.get()) {
                        actionKeys.add((String) args[4]);
                        return CompletableFuture.failedFuture(new StoreException("the server cannot be reached"));
                    }
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

    /** {@code real}, the key of every red-flag action sent to it put into {@code actionKeys}. */
    private static Encounters sentWith(Encounters real, List<String> actionKeys) {
        return (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("acknowledge") && args.length == 7) {
                        actionKeys.add((String) args[4]);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Autosave autosave(ExamSession session, Encounters store, String clinician, RecoveryFiles recovery) {
        return autosave(session, store, clinician, Clock.systemUTC(), recovery);
    }

    private static Autosave autosave(ExamSession session, Encounters store, String clinician, Clock clock, RecoveryFiles recovery) {
        return RecoverySessions.autosave(session, store, clinician, clock, Duration.ofMillis(20), recovery);
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
        createdThenDown(real, clinician, folder, false);
    }

    /**
     * As {@link #createdThenDown(Encounters, String, Path)}; with {@code action}, the clinician also records what they did
     * about the cauda equina flag (at {@link #RECORDED}) once the store is down, and the app dies with it unsaved.
     * Returns the keys the action was sent with.
     */
    private static List<String> createdThenDown(Encounters real, String clinician, Path folder, boolean action) {
        AtomicBoolean down = new AtomicBoolean();
        List<String> actionKeys = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        Autosave autosave = autosave(session, downAfterTheCreate(real, down, actionKeys), clinician,
                Clock.fixed(RECORDED, ZoneOffset.UTC), new RecoveryFiles(folder));
        session.patientLabelProperty().set("P-lost");
        session.set("nerve.slump", ENTERED.get("nerve.slump"));
        autosave.flush();
        assertTrue(down.get(), "sanity: the create went through, then the store went down");
        assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
        session.set("history.quality.burning", ENTERED.get("history.quality.burning"));
        autosave.flush();
        assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
        if (action) {
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.acknowledge("cauda_equina", "Sent to ED by ambulance");
            await(autosave, () -> !actionKeys.isEmpty());
            assertTrue(autosave.actionsUnsaved(), "sanity: the action is not stored");
            assertTrue(autosave.actionsKeptOnDisk(), "the action is on disk with the exam's copy");
        }
        autosave.shutdown();
        return List.copyOf(actionKeys);
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
        await(autosave, () -> autosave.encounterIdProperty().get() != null && !autosave.failedProperty().get()
                && !autosave.actionsUnsaved());
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
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
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
            try (ClinicEncounterStore real = new ClinicEncounterStore(server.as(erin), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                createdThenDown(real, erin, folder);
            }
            try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(erin), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                assertEquals(1, store.count(), "sanity: the create committed");
                long id = restored(store, erin, folder);
                assertOneEncounterWithTheRestoredFindings(store, id);
            }
        }
        assertEquals(List.of(), files(folder), "the copy and the files beside it go once it is stored");
    }

    /**
     * {@code clinician}'s action, recorded after the look-up failed, is stored once in the encounter restored, as it was
     * recorded (its time, within {@code slack}, and author), sent again only under the key it was first sent with.
     */
    private static void assertTheActionStoredOnce(Encounters store, long id, String clinician, List<String> keysBefore,
                                                  List<String> keysAfter, Duration slack) {
        assertTrue(!keysBefore.isEmpty() && keysBefore.stream().distinct().count() == 1, "sanity: one action, tried " + keysBefore);
        List<Encounters.Acknowledgement> stored = store.acknowledgements(id);
        assertEquals(1, stored.size(), stored.toString());
        Encounters.Acknowledgement a = stored.get(0);
        assertEquals(List.of("cauda_equina", "Sent to ED by ambulance", clinician), List.of(a.flag(), a.action(), a.clinician()),
                "as it was recorded, by whom");
        Duration off = Duration.between(RECORDED, Instant.parse(a.at())).abs();
        assertTrue(off.compareTo(slack) <= 0, "recorded at " + RECORDED + ", stored as " + a.at());
        assertEquals(List.of(keysBefore.get(0)), keysAfter.stream().distinct().toList(), "sent again under its own key only");
    }

    @Test
    void anActionRecordedAfterTheCreateCommittedAndItsLookUpFailedOutlivesACrashAndIsStoredOnceWithTheRestoredCopy() throws Exception {
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            List<String> keysBefore = createdThenDown(store, "anna", folder, true);
            assertEquals(List.of(), store.acknowledgements(1), "sanity: the action never reached the store");
            List<String> keysAfter = new java.util.concurrent.CopyOnWriteArrayList<>();
            long id = restored(sentWith(store, keysAfter), "anna", folder);
            assertOneEncounterWithTheRestoredFindings(store, id);
            assertTheActionStoredOnce(store, id, "anna", keysBefore, keysAfter, Duration.ZERO);
        }
        assertEquals(List.of(), files(folder), "the copy and the action beside it go once both are stored");
    }

    @Test
    void aClinicActionRecordedAfterTheCreateCommittedAndItsLookUpFailedOutlivesACrashAndIsStoredOnceWithTheRestoredCopy()
            throws Exception {
        Path folder = dir.resolve("clinic-recovery");
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String erin = server.newMember("erin", ClinicMembers.Kind.CLINICIAN, "Quay Physio");
            List<String> keysBefore;
            try (ClinicEncounterStore real = new ClinicEncounterStore(server.as(erin), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                keysBefore = createdThenDown(real, erin, folder, true);
            }
            try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(erin), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                List<String> keysAfter = new java.util.concurrent.CopyOnWriteArrayList<>();
                long id = restored(sentWith(store, keysAfter), erin, folder);
                assertOneEncounterWithTheRestoredFindings(store, id);
                // the clinic server dates an action by its own clock, less the time the workstation says passed since it
                // was recorded (clinic migration 009): the original time, give or take the trip to the server
                assertTheActionStoredOnce(store, id, erin, keysBefore, keysAfter, Duration.ofSeconds(2));
            }
        }
        assertEquals(List.of(), files(folder), "the copy and the action beside it go once both are stored");
    }

    @Test
    void anActionKeptBesideTheCopyIsStoredOnceAndLeavesNothingBehindWhenTheStoreComesBackInTheSameSession() throws Exception {
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            AtomicBoolean down = new AtomicBoolean();
            List<String> actionKeys = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, downAfterTheCreate(store, down, actionKeys), "anna",
                    Clock.fixed(RECORDED, ZoneOffset.UTC), new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-lost");
            session.set("nerve.slump", ENTERED.get("nerve.slump"));
            autosave.flush();
            assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
            autosave.acknowledge("cauda_equina", "Sent to ED by ambulance");
            await(autosave, () -> !actionKeys.isEmpty());
            assertTrue(autosave.actionsKeptOnDisk(), "the action is on disk with the exam's copy");
            assertEquals(1, files(folder).stream().filter(f -> f.endsWith(".json.actions")).count(), files(folder).toString());
            down.set(false);
            session.set("history.quality.burning", ENTERED.get("history.quality.burning"));
            await(autosave, () -> !autosave.failedProperty().get() && !autosave.actionsUnsaved());
            long id = autosave.encounterIdProperty().get();
            autosave.shutdown();
            assertOneEncounterWithTheRestoredFindings(store, id);
            assertTheActionStoredOnce(store, id, "anna", actionKeys, actionKeys, Duration.ZERO);
        }
        assertEquals(List.of(), files(folder), "nothing is left to restore");
    }

    /**
     * {@code real} where each of the look-up ({@code load}), the save and the red-flag action fails while its switch is
     * on, as a store answering some statements and not others does; the key of every action sent goes into {@code actionKeys}.
     */
    private static Encounters partly(Encounters real, AtomicBoolean lookUpDown, AtomicBoolean saveDown, AtomicBoolean actionDown,
                                     List<String> actionKeys) {
        return (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("acknowledge") && args.length == 7) {
                        actionKeys.add((String) args[4]);
                        if (actionDown.get()) {
                            return CompletableFuture.failedFuture(new StoreException("the server cannot be reached"));
                        }
                    }
                    if ((name.equals("load") && lookUpDown.get()) || (name.equals("save") && saveDown.get())) {
                        throw new StoreException("the server cannot be reached");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The recovery folder holds one exam copy, its create key and the actions beside it (and nothing of its own for them). */
    private static void assertOneCopyWithItsActionsBeside(Path folder) throws Exception {
        List<String> all = files(folder);
        assertEquals(1, all.stream().filter(f -> f.endsWith(".json")).count(), all.toString());
        assertEquals(1, all.stream().filter(f -> f.endsWith(".json.actions")).count(), all.toString());
        assertEquals(1, all.stream().filter(f -> f.endsWith(".json.create-key")).count(), all.toString());
    }

    /**
     * The case: a new exam is made, its next save fails and an action is recorded (kept beside the exam's copy);
     * then a save goes through, but the encounter's look-up still fails. The action stays on disk beside the copy,
     * which is written as just stored; the app then dies, and the next start stores the action once, as recorded.
     */
    @Test
    void anActionKeptBesideTheCopyStaysOnDiskWhenASaveGoesThroughButTheLookUpStillFails() throws Exception {
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            AtomicBoolean lookUpDown = new AtomicBoolean(true);
            AtomicBoolean saveDown = new AtomicBoolean(true);
            List<String> keysBefore = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, partly(store, lookUpDown, saveDown, new AtomicBoolean(true), keysBefore), "anna",
                    Clock.fixed(RECORDED, ZoneOffset.UTC), new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-lost");
            session.set("nerve.slump", ENTERED.get("nerve.slump"));
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.flush();
            assertEquals(1, store.count(), "sanity: the create went through");
            assertTrue(autosave.failedProperty().get(), "sanity: its save did not: " + autosave.statusProperty().get());
            autosave.acknowledge("cauda_equina", "Sent to ED by ambulance");
            await(autosave, () -> !keysBefore.isEmpty());
            assertTrue(autosave.actionsKeptOnDisk(), "sanity: the action is on disk beside the exam's copy");
            saveDown.set(false);
            session.set("history.quality.burning", ENTERED.get("history.quality.burning"));
            // (the status line stays red for the action's retries; the save is seen in the store)
            await(autosave, () -> store.load(1).orElseThrow().exam().findings().containsKey("history.quality.burning"));
            autosave.flush();
            assertTrue(autosave.actionsUnsaved(), "sanity: the action is still not stored");
            assertTrue(autosave.actionsKeptOnDisk(), "the action is still on disk, not in memory only");
            assertOneCopyWithItsActionsBeside(folder);
            autosave.shutdown();
            assertEquals(List.of(), store.acknowledgements(1), "sanity: the action never reached the store");
            List<String> keysAfter = new java.util.concurrent.CopyOnWriteArrayList<>();
            long id = restored(sentWith(store, keysAfter), "anna", folder);
            assertOneEncounterWithTheRestoredFindings(store, id);
            assertTheActionStoredOnce(store, id, "anna", List.of(keysBefore.get(0)), keysAfter, Duration.ZERO);
        }
        assertEquals(List.of(), files(folder), "the copy and the action beside it go once both are stored");
    }

    /**
     * Every save goes through but the encounter's look-up never does, so no save failed and no copy was kept: an action
     * recorded then is still kept on disk, beside a copy of the exam as stored, and outlives the app.
     */
    @Test
    void anActionRecordedWhileSavesGoThroughButTheLookUpFailsIsKeptOnDiskAndOutlivesTheApp() throws Exception {
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            List<String> keysBefore = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, partly(store, new AtomicBoolean(true), new AtomicBoolean(), new AtomicBoolean(true),
                    keysBefore), "anna", Clock.fixed(RECORDED, ZoneOffset.UTC), new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-lost");
            ENTERED.forEach(session::set);
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.flush();
            assertTrue(!autosave.failedProperty().get() && store.count() == 1, "sanity: stored; " + autosave.statusProperty().get());
            assertEquals(List.of(), files(folder), "sanity: no copy while every save goes through");
            autosave.acknowledge("cauda_equina", "Sent to ED by ambulance");
            await(autosave, () -> !keysBefore.isEmpty());
            assertTrue(autosave.actionsKeptOnDisk(), "the action is on disk, not in memory only");
            assertOneCopyWithItsActionsBeside(folder);
            autosave.shutdown();
            List<String> keysAfter = new java.util.concurrent.CopyOnWriteArrayList<>();
            long id = restored(sentWith(store, keysAfter), "anna", folder);
            assertOneEncounterWithTheRestoredFindings(store, id);
            assertTheActionStoredOnce(store, id, "anna", List.of(keysBefore.get(0)), keysAfter, Duration.ZERO);
        }
        assertEquals(List.of(), files(folder), "the copy and the action beside it go once both are stored");
    }

    /**
     * The action's case again, then a colleague changes a finding this clinician changes next, so that save keeps the
     * colleague's value. The action waiting beside the exam's copy keeps that copy: it is not deleted while the app
     * still counts the action as on disk. (Retries wait an hour here, so nothing writes the files again meanwhile.)
     */
    @Test
    void aSaveThatKeepsAColleaguesValueLeavesTheCopyAnActionWaitsBeside() throws Exception {
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            List<String> keys = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = RecoverySessions.autosave(session, partly(store, new AtomicBoolean(true), new AtomicBoolean(),
                    new AtomicBoolean(true), keys), "anna", Clock.fixed(RECORDED, ZoneOffset.UTC), Duration.ofHours(1),
                    new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-lost");
            ENTERED.forEach(session::set);
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.flush();
            assertTrue(!autosave.failedProperty().get() && store.count() == 1, "sanity: stored; " + autosave.statusProperty().get());
            autosave.acknowledge("cauda_equina", "Sent to ED by ambulance");
            await(autosave, () -> !keys.isEmpty());
            assertOneCopyWithItsActionsBeside(folder);
            assertTrue(autosave.actionsKeptOnDisk(), "sanity: the action is on disk");
            EncounterStore ben = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ben.save(1, null, ben.load(1).orElseThrow().exam().with("nerve.fair", new FindingValue.Choice("positive")), "ben");
            session.set("nerve.fair", new FindingValue.Choice("negative"));
            autosave.flush();
            assertEquals(new FindingValue.Choice("positive"), store.load(1).orElseThrow().exam().value("nerve.fair"),
                    "sanity: the save kept the colleague's value");
            List<String> all = files(folder);
            assertTrue(!autosave.actionsKeptOnDisk() || all.stream().anyMatch(f -> f.endsWith(".json.actions")),
                    "the action is counted as on disk only while it is: " + all);
            assertOneCopyWithItsActionsBeside(folder);
            autosave.shutdown();
        }
    }

    /**
     * {@code real} whose saves, while {@code gate} holds a latch pair, first count down the first latch (the save has
     * started) and then wait for the second (let it go on): the test does something in the window meanwhile.
     */
    private static Encounters heldAtSave(Encounters real, java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch[]> gate) {
        return (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                (proxy, method, args) -> {
                    java.util.concurrent.CountDownLatch[] latches = gate.get();
                    if (method.getName().equals("save") && latches != null) {
                        latches[0].countDown();
                        assertTrue(latches[1].await(20, TimeUnit.SECONDS), "the test let the save go on");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Review finding 4. An encounter made here and not named (its look-up keeps failing while its saves go through) has a
     * red-flag action waiting beside its exam's copy. Ben changes two findings in the encounter; Anna, not having seen
     * that, changes one of them too and at once moves on to a new exam. Her save keeps Ben's value (a conflict), and the
     * screen no longer shows that exam, so no later save of it rewrites the copy: the copy on disk is the exam as her
     * earlier save left it, older than what the store holds. The app then dies. Opening that copy at the next start (by its
     * create key, which finds the encounter) must store the action once and must not put the older values back over
     * Ben's in Anna's name: the store's values stand and her copy changes nothing she did not change.
     */
    @Test
    void aCopyLeftOlderThanTheStoreByASaveThatKeptAColleaguesValueNeverPutsTheOlderValuesBack() throws Exception {
        Path folder = dir.resolve("recovery");
        FindingValue bens = new FindingValue.Choice("positive");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            List<String> keysBefore = new java.util.concurrent.CopyOnWriteArrayList<>();
            var gate = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch[]>();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = RecoverySessions.autosave(session, heldAtSave(partly(store, new AtomicBoolean(true), new AtomicBoolean(),
                    new AtomicBoolean(true), keysBefore), gate), "anna", Clock.fixed(RECORDED, ZoneOffset.UTC), Duration.ofHours(1),
                    new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-lost");
            ENTERED.forEach(session::set);
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.flush();
            assertTrue(!autosave.failedProperty().get() && store.count() == 1, "sanity: stored; " + autosave.statusProperty().get());
            autosave.acknowledge("cauda_equina", "Sent to ED by ambulance");
            await(autosave, () -> !keysBefore.isEmpty());
            assertOneCopyWithItsActionsBeside(folder);
            // Ben, on the same file: the slump test Anna recorded negative is positive for him, and he adds the FAIR test
            EncounterStore ben = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ben.save(1, null, ben.load(1).orElseThrow().exam().with("nerve.slump", bens).with("nerve.fair", bens), "ben");
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            gate.set(new java.util.concurrent.CountDownLatch[] {started, go});
            session.set("nerve.fair", new FindingValue.Choice("negative"));
            assertTrue(started.await(20, TimeUnit.SECONDS), "sanity: her save started");
            autosave.startNew(); // she moves on while it is on its way
            gate.set(null);
            go.countDown();
            autosave.flush();
            Encounters.Encounter now = store.load(1).orElseThrow();
            assertEquals(List.of(bens, bens), List.of(now.exam().value("nerve.slump"), now.exam().value("nerve.fair")),
                    "sanity: the save kept Ben's values");
            assertTrue(autosave.actionsUnsaved() && autosave.actionsKeptOnDisk(), "sanity: the action waits on disk");
            assertOneCopyWithItsActionsBeside(folder);
            autosave.shutdown(); // the app dies
            int auditBefore = store.audit(1).size();
            List<String> keysAfter = new java.util.concurrent.CopyOnWriteArrayList<>();
            long id = restored(sentWith(store, keysAfter), "anna", folder);
            assertEquals(1, id, "the encounter its create key names");
            assertEquals(1, store.count(), "no second encounter");
            Encounters.Encounter after = store.load(1).orElseThrow();
            assertEquals(bens, after.exam().value("nerve.slump"), "Ben's newer slump result is not put back to Anna's older one");
            assertEquals(bens, after.exam().value("nerve.fair"), "Ben's FAIR result is not removed");
            assertEquals(ENTERED.get("history.quality.burning"), after.exam().value("history.quality.burning"), "hers stays");
            assertEquals(FindingValue.Flag.YES, after.exam().value("redflag.saddle_anaesthesia"), "hers stays");
            List<Encounters.AuditEntry> written = store.audit(1).subList(auditBefore, store.audit(1).size());
            assertEquals(List.of(), written.stream().filter(a -> a.clinician().equals("anna")).map(a -> a.finding() + " "
                    + a.oldValue() + "->" + a.newValue()).toList(), "nothing written in Anna's name that she did not change");
            assertTheActionStoredOnce(store, id, "anna", List.of(keysBefore.get(0)), keysAfter, Duration.ZERO);
        }
        assertEquals(List.of(), files(folder), "the copy and the action beside it go once both are stored");
    }

    /**
     * An encounter made here and not named, whose saves then fail: the copy kept has Anna's unsaved changes on the exam as
     * she last stored it. Ben, on the same file, changes a finding she did not change since and one she changed too. The
     * app dies; opening the copy at the next start applies her own change, keeps both of Ben's values (the one she changed
     * too is listed in the conflict panel with both values), and writes nothing else in her name.
     */
    @Test
    void aCopyKeptWhileTheSavesOfAnEncounterMadeHereFailedAppliesOnlyItsOwnChangesOverAColleaguesNewerValues() throws Exception {
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            ownChangesOnly(new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), "anna",
                    new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), "ben", folder);
        }
        assertEquals(List.of(), files(folder), "the copy and the files beside it go once it is stored");
    }

    /** The same on a PostgreSQL server: Ben is a colleague of the same clinic. */
    @Test
    void aClinicCopyKeptWhileTheSavesOfAnEncounterMadeHereFailedAppliesOnlyItsOwnChangesOverAColleaguesNewerValues()
            throws Exception {
        Path folder = dir.resolve("clinic-recovery");
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String erin = server.newMember("erin", ClinicMembers.Kind.CLINICIAN, "Quay Physio");
            String ben = server.newMember("ben", ClinicMembers.Kind.CLINICIAN, "Quay Physio");
            try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(erin), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
                 ClinicEncounterStore colleague = new ClinicEncounterStore(server.as(ben), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                ownChangesOnly(store, erin, colleague, ben, folder);
            }
        }
        assertEquals(List.of(), files(folder), "the copy and the files beside it go once it is stored");
    }

    private void ownChangesOnly(Encounters store, String anna, Encounters ben, String benName, Path folder) {
        FindingValue positive = new FindingValue.Choice("positive");
        FindingValue negative = new FindingValue.Choice("negative");
        AtomicBoolean saveDown = new AtomicBoolean();
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        Autosave autosave = autosave(session, partly(store, new AtomicBoolean(true), saveDown, new AtomicBoolean(),
                new java.util.concurrent.CopyOnWriteArrayList<>()), anna, new RecoveryFiles(folder));
        session.patientLabelProperty().set("P-lost");
        ENTERED.forEach(session::set);
        autosave.flush();
        assertTrue(!autosave.failedProperty().get() && store.count() == 1, "sanity: stored; " + autosave.statusProperty().get());
        long id = autosave.encounterIdProperty().get();
        saveDown.set(true);
        session.set("nerve.slump", positive);
        session.set("nerve.fair", negative);
        autosave.flush();
        assertTrue(autosave.failedProperty().get(), "sanity: her changes are not stored: " + autosave.statusProperty().get());
        ben.save(id, null, ben.load(id).orElseThrow().exam().with("history.quality.burning", FindingValue.Flag.NO)
                .with("nerve.fair", positive), benName);
        autosave.shutdown(); // the app dies with her changes unsaved
        int auditBefore = store.audit(id).size();

        ExamSession next = new ExamSession(TestKnowledge.ENGINE);
        RecoveryFiles recovery = RecoverySessions.nextStart(folder);
        Autosave restoring = autosave(next, store, anna, recovery);
        ExamViewModel window = new ExamViewModel(next, restoring);
        List<Path> left = recovery.leftovers();
        assertEquals(1, left.size(), left.toString());
        assertTrue(Files.isRegularFile(RecoveryFiles.storedAsOf(left.get(0))), "the exam as stored is kept beside the copy");
        assertTrue(window.open(left.get(0)), window.errorProperty().get());
        window.opening().join();
        await(restoring, () -> Long.valueOf(id).equals(restoring.encounterIdProperty().get()) && !restoring.failedProperty().get()
                && positive.equals(store.load(id).orElseThrow().exam().value("nerve.slump")));
        List<String> panel = restoring.conflicts().stream().map(c -> c.finding() + " " + c.theirs() + " by " + c.setBy()
                + ", copy " + c.yours()).toList();
        restoring.shutdown();
        assertEquals(1, store.count(), "no second encounter");
        Encounters.Encounter after = store.load(id).orElseThrow();
        assertEquals(positive, after.exam().value("nerve.slump"), "her own unsaved change is restored");
        assertEquals(FindingValue.Flag.NO, after.exam().value("history.quality.burning"), "Ben's value she did not change stands");
        assertEquals(positive, after.exam().value("nerve.fair"), "Ben's value she changed too stands");
        assertEquals(List.of("nerve.fair positive by " + benName + ", copy negative"), panel, "and is shown to her with both values");
        List<Encounters.AuditEntry> all = store.audit(id);
        assertEquals(List.of("nerve.slump Choice[value=negative]->Choice[value=positive]"), all.subList(auditBefore, all.size())
                .stream().filter(a -> a.clinician().equals(anna)).map(a -> a.finding() + " " + a.oldValue() + "->" + a.newValue())
                .toList(), "only her own change is written in her name");
    }

    /** The copy kept for an action alone goes once the action is stored in the same session: nothing is left to restore. */
    @Test
    void aCopyKeptForAnActionAloneGoesOnceTheActionIsStored() throws Exception {
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            AtomicBoolean actionDown = new AtomicBoolean(true);
            List<String> keys = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, partly(store, new AtomicBoolean(true), new AtomicBoolean(), actionDown, keys), "anna",
                    Clock.fixed(RECORDED, ZoneOffset.UTC), new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-lost");
            ENTERED.forEach(session::set);
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.flush();
            autosave.acknowledge("cauda_equina", "Sent to ED by ambulance");
            await(autosave, () -> !keys.isEmpty());
            assertOneCopyWithItsActionsBeside(folder);
            actionDown.set(false);
            await(autosave, () -> !autosave.actionsUnsaved());
            autosave.shutdown();
            assertTheActionStoredOnce(store, 1, "anna", List.of(keys.get(0)), keys, Duration.ZERO);
        }
        assertEquals(List.of(), files(folder), "nothing is left to restore");
    }
}
