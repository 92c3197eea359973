package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one store contract, run on both engines: an SQLite file, and a clinic's PostgreSQL server as a
 * clinician under row-level security. Each test gets a fresh store on each engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreContractTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private PgTestServer server;
    private Path dir;
    private int made;
    private Clock clock = CLOCK;

    @BeforeAll
    void setUp() throws Exception {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        dir = Files.createTempDirectory("exampath-contract");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    /** A named way to make a fresh, empty store. */
    record Engine(String name, StoreMaker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface StoreMaker {
        Encounters make(StoreContractTest test) throws Exception;
    }

    Stream<Engine> engines() {
        return Stream.of(new Engine("SQLite", t -> new EncounterStore(Database.open(t.dir.resolve("s" + (t.made++) + ".db")), t.clock, org.exampath.TestKnowledge.SUMMARISER)),
                new Engine("PostgreSQL", t -> {
                    String role = t.server.newLogin("c" + (t.made++));
                    new ClinicMembers(t.server.asAdmin()).add(role, ClinicMembers.Kind.CLINICIAN, "Clinic " + role);
                    return new ClinicEncounterStore(t.server.as(role), t.clock, org.exampath.TestKnowledge.SUMMARISER);
                }));
    }

    /** The list's summary of {@code exam}, as the application's summariser, which every store here is given, works it out. */
    private static org.exampath.store.ListedSummary listed(Exam exam) {
        return org.exampath.TestKnowledge.SUMMARISER.of(exam, null);
    }

    private static final Exam EXAM = Exams.of().patient(40, Sex.FEMALE).side(Side.RIGHT).yes("history.aggravator.sitting")
            .is("nerve.slump", "positive").strength("strength.hip_abduction", 4, "familiar").exam();

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void theListSaysWhichFlagsHaveAnActionRecorded(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long acted = store.create("Mrs A", "x", EXAM, "kb-1", null);
        long waiting = store.create("Mr W", "x", EXAM, "kb-1", null);
        store.acknowledge(acted, "fracture", "Referred for imaging", "x").get();
        store.acknowledge(acted, "fracture", "Imaging booked for today", "x").get();
        store.acknowledge(acted, "malignancy", "Bloods requested", "x").get();
        Encounters.Row actedRow = store.list("Mrs A", 10).get(0);
        assertEquals(acted, actedRow.id());
        assertEquals(java.util.Set.of("fracture", "malignancy"), java.util.Set.of(actedRow.actedOn().split(",")),
                "each flag once, however many actions: " + actedRow.actedOn());
        Encounters.Row waitingRow = store.list("Mr W", 10).get(0);
        assertEquals(waiting, waitingRow.id());
        assertEquals(null, waitingRow.actedOn(), "no action recorded");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void eachActionKeepsTheUrgencyItsFlagStoodAtAndTheListNamesIt(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long id = store.create("Mrs U", "x", EXAM, "kb-1", null);
        store.acknowledge(id, "cauda_equina", "Come back at once if the bladder or saddle changes", "x", null, null, "urgent").get();
        store.acknowledge(id, "cauda_equina", "Sent to ED for same-day MRI", "x", null, null, "emergency").get();
        store.acknowledge(id, "fracture", "Radiograph booked", "x").get();
        assertEquals(List.of("urgent", "emergency", "none"), store.acknowledgements(id).stream()
                .map(a -> a.urgency() == null ? "none" : a.urgency()).toList(), "each as recorded; none sent, none kept");
        assertEquals(java.util.Set.of("cauda_equina:urgent", "cauda_equina:emergency", "fracture"),
                java.util.Set.of(store.list("Mrs U", 10).get(0).actedOn().split(",")));
        StoreException wrong = assertThrows(StoreException.class, () -> join(
                store.acknowledge(id, "cauda_equina", "Seen", "x", null, null, "noted")));
        assertTrue(wrong.getMessage().contains("expected emergency, urgent or soon"), wrong.getMessage());
        assertEquals(3, store.acknowledgements(id).size(), "a refused urgency stores nothing");
    }

    private static void join(java.util.concurrent.CompletableFuture<Void> f) {
        try {
            f.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anEncounterComesBackAsItWasStored(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long id = store.create("Mrs K", "ignored", EXAM, "kb-1", null);
        Encounters.Encounter loaded = store.load(id).orElseThrow();
        assertEquals(EXAM, loaded.exam());
        assertEquals("Mrs K", loaded.patientLabel());
        assertEquals("2026-11-27", loaded.date());
        assertEquals("kb-1", loaded.knowledgeVersion());
        assertEquals(1, store.count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aSaveStoresOnlyChangesAndAuditsEach(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long id = store.create("Mr L", "x", EXAM, "kb-1", null);
        int before = store.audit(id).size();
        Exam changed = EXAM.with("nerve.slump", new FindingValue.Choice("negative")).with("history.aggravator.sitting", null)
                .with("nerve.slr", new FindingValue.Choice("positive"));
        assertEquals(3, store.save(id, "Mr L", changed, "x"));
        assertEquals(0, store.save(id, "Mr L", changed, "x"), "nothing changed twice");
        assertEquals(changed, store.load(id).orElseThrow().exam());
        List<Encounters.AuditEntry> audit = store.audit(id).subList(before, store.audit(id).size());
        assertEquals(List.of("history.aggravator.sitting", "nerve.slr", "nerve.slump"),
                audit.stream().map(Encounters.AuditEntry::finding).sorted().toList());
        assertEquals(listed(changed).leading(), store.list("", 10).get(0).leading(), "listed as the store works the exam out");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aFollowUpsCarriedOverFindingsAreItsStartingStateAndOnlyLaterChangesAreAudited(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long visit = store.create("Mr F", "x", EXAM, "kb-1", null);
        long followUp = store.create("Mr F", "x", EXAM, "kb-1", visit);
        assertEquals(List.of(), store.audit(followUp), "nothing entered in the follow-up yet");
        assertEquals(EXAM.findings(), store.load(followUp).orElseThrow().exam().findings());
        assertEquals(visit, store.load(followUp).orElseThrow().previousId());

        Exam changed = EXAM.with("nerve.slump", new FindingValue.Choice("negative")).with("history.aggravator.sitting", null)
                .with("nerve.slr", new FindingValue.Choice("positive"));
        assertEquals(3, store.save(followUp, null, changed, "x"));

        assertEquals(List.of("history.aggravator.sitting", "nerve.slr", "nerve.slump"),
                store.audit(followUp).stream().map(Encounters.AuditEntry::finding).sorted().toList(),
                "a cleared and a changed carried-over value and a new finding: one row each");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void importIsAllOrNothingAndNeverChangesAnExistingPatient(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        store.create("Ann", "x", EXAM, "kb", null);
        Exam other = Exams.of().patient(40, Sex.MALE).exam();
        assertThrows(StoreException.class, () -> store.createAll(List.of(new Encounters.NewEncounter("Bea", EXAM, null, null),
                new Encounters.NewEncounter("Ann", other, null, null)), "x", "kb"));
        assertEquals(1, store.count(), "neither Bea nor a changed Ann was stored");
        assertEquals(Sex.FEMALE, store.load(store.list("ann", 5).get(0).id()).orElseThrow().exam().patient().sex());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anUnlabelledPatientsPlaceholderIsNeverRecordedAsALabelNorJoinedByAnImport(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long unlabelled = store.create("", "x", EXAM, "kb", null);
        String placeholder = store.load(unlabelled).orElseThrow().patientLabel();
        assertTrue(org.exampath.domain.PatientLabel.isPlaceholder(placeholder), placeholder);
        assertEquals(null, store.load(unlabelled).orElseThrow().recorded().label(), "nobody entered a label");
        String m = assertThrows(StoreException.class, () -> store.importAll(List.of(new Encounters.NewEncounter("Pia", EXAM, null,
                null, null, null, "pia.json"), new Encounters.NewEncounter(placeholder, EXAM, null, null, null, null, "from-a.json")),
                "x", "kb")).getMessage();
        assertTrue(m.startsWith("from-a.json: ") && m.contains(placeholder), m);
        assertThrows(StoreException.class, () -> store.create("(unlabelled 987654)", "x", EXAM, "kb", null),
                "nor is a patient made with a label of the placeholder's form");
        assertEquals(1, store.count(), "nothing of the refused import was stored");
        long followUp = store.create(placeholder, "x", EXAM, "kb", unlabelled);
        assertEquals(placeholder, store.load(followUp).orElseThrow().patientLabel(), "a follow-up in the same store stays with its patient");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anImportedEncounterNeverNamesTheImportingLoginAsItsExaminer(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        Exam signed = EXAM.withRecord(EXAM.record().withClinician("Dr Kemi Adeyemi"));
        List<Encounters.Imported> done = store.importAll(List.of(new Encounters.NewEncounter("Uma", signed, null, null, "import-sha256:u"),
                new Encounters.NewEncounter("Vic", EXAM, null, null, "import-sha256:v")), "importer", "kb");
        String examiner = store.load(done.get(0).id()).orElseThrow().recorded().clinician();
        assertEquals("Dr Kemi Adeyemi", examiner, "who examined is the clinician the file names");
        assertEquals(null, store.load(done.get(1).id()).orElseThrow().recorded().clinician(), "a file naming nobody: nobody");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anImportedExamIsListedWithTheRedFlagStateItWasImportedWith(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        store.importAll(List.of(new Encounters.NewEncounter("Hal", EXAM, null, null, "k-flag", "emergency: cauda_equina"),
                new Encounters.NewEncounter("Ida", EXAM, null, null, "k-none")), "x", "kb");
        assertEquals("emergency: cauda_equina", store.list("Hal", 5).get(0).flags());
        assertEquals(null, store.list("Ida", 5).get(0).flags(), "none worked out: listed as not recorded, never as none");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anImportedExamIsStoredWithTheVisitDateItRecordsElseToday(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        Exam dated = EXAM.withRecord(EXAM.record().withDate(java.time.LocalDate.parse("2020-01-15")));
        store.importAll(List.of(new Encounters.NewEncounter("Jo", dated, null, null),
                new Encounters.NewEncounter("Kit", EXAM, null, null)), "x", "kb");
        assertEquals("2020-01-15", store.list("Jo", 5).get(0).date());
        assertEquals("2026-11-27", store.list("Kit", 5).get(0).date(), "no date recorded: the day it was imported");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anImportRecordingNoDateIsListedAsUndatedAfterTheDatedVisits(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        Exam dated = EXAM.withRecord(EXAM.record().withDate(java.time.LocalDate.parse("2020-01-15")));
        store.importAll(List.of(new Encounters.NewEncounter("Kit", EXAM, null, null), new Encounters.NewEncounter("Jo", dated, null, null)),
                "x", "kb");
        store.create("Lou", "x", EXAM, "kb", null);
        List<String> expected = List.of("Lou 2026-11-27", "Jo 2020-01-15", "Kit undated 2026-11-27");
        assertEquals(expected, store.list("", 10).stream().map(r -> r.patientLabel() + (r.undated() ? " undated " : " ") + r.date())
                .toList(), "newest visit first; the import day is no visit's date");
    }

    /**
     * The list's limit keeps what its order lists first: a batch of undated imports, stored under the day of the import,
     * never pushes an older dated visit out of the newest n, searched or not (review 32, finding 5).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void undatedImportsNeverTakeADatedVisitsPlaceWithinTheLimit(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        store.create("Pat New", "x", EXAM, "kb", null);
        Exam old = EXAM.withRecord(EXAM.record().withDate(java.time.LocalDate.parse("2020-01-15")));
        // imported later the same day: stored under that day, with later ids than the visit's
        store.importAll(List.of(new Encounters.NewEncounter("Pat Old", old, null, null), new Encounters.NewEncounter("Pat A1", EXAM,
                null, null), new Encounters.NewEncounter("Pat A2", EXAM, null, null)), "x", "kb");
        List<String> expected = List.of("Pat New 2026-11-27", "Pat Old 2020-01-15", "Pat A2 undated 2026-11-27");
        for (String search : List.of("", "Pat")) {
            assertEquals(expected, store.list(search, 3).stream().map(r -> r.patientLabel() + (r.undated() ? " undated " : " ")
                    + r.date()).toList(), "the newest 3, searched for '" + search + "': the dated visits before the undated imports");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aVisitIsDatedWithTheClinicsOwnDayNotTheUtcDay(Engine engine) throws Exception {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        // noon UTC on the 27th is already the 28th at UTC+14
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
        clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
        try {
            Encounters store = engine.maker().make(this);
            long made = store.create("Lou", "x", EXAM, "kb", null);
            store.importAll(List.of(new Encounters.NewEncounter("Max", EXAM, null, null)), "x", "kb");
            assertEquals("2026-11-28", store.load(made).orElseThrow().date(), "a new visit");
            assertEquals("2026-11-28", store.list("Lou", 5).get(0).date(), "as listed");
            assertEquals("2026-11-28", store.list("Max", 5).get(0).date(), "an imported exam recording no date");
        } finally {
            clock = CLOCK;
            java.util.TimeZone.setDefault(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aSearchFindsTheLeadingHypothesisByItsIdOrByTheWordsTheListShows(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long id = store.create("Ola", "x", EXAM, "kb", null);
        store.save(id, "Ola", EXAM, "x");
        String leading = listed(EXAM).leading();
        assertEquals(List.of(id), store.list(leading, 5).stream().map(Encounters.Row::id).toList(), "its id");
        assertEquals(List.of(id), store.list(leading.replace('_', ' '), 5).stream().map(Encounters.Row::id).toList(),
                "its words as the list shows them");
        assertEquals(List.of(), store.list(leading.replace('_', ' ') + "zq", 5), "words it does not hold");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anImportedExamKeepsTheAssessmentAndPlanWrittenInIt(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        Exam written = EXAM.withRecord(EXAM.record().withAssessment("Likely gluteal tendinopathy.").withPlan("Load management, review in 2 weeks."));
        long id = store.importAll(List.of(new Encounters.NewEncounter("Noa", written, null, null)), "x", "kb").get(0).id();
        Exam stored = store.load(id).orElseThrow().exam();
        assertEquals("Likely gluteal tendinopathy.", stored.record().assessment());
        assertEquals("Load management, review in 2 weeks.", stored.record().plan());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anImportedExamWhoseKeyIsStoredIsNotStoredAgainAndItsEncounterIsLeftAsItIs(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        Exam changed = EXAM.with("nerve.slr", new FindingValue.Choice("positive"));
        List<Encounters.Imported> first = store.importAll(List.of(new Encounters.NewEncounter("Gil", EXAM, null, null, "k-1"),
                new Encounters.NewEncounter("Gil", EXAM, null, null, "k-1")), "x", "kb");
        assertEquals(first.get(0).id(), first.get(1).id(), "the same key twice in one import: one encounter");
        assertEquals(List.of(false, true), first.stream().map(Encounters.Imported::already).toList());
        long id = first.get(0).id();
        int audited = store.audit(id).size();
        List<Encounters.Imported> again = store.importAll(List.of(new Encounters.NewEncounter("Gil", changed, null, null, "k-1"),
                new Encounters.NewEncounter("Gil", changed, null, null, "k-2")), "x", "kb");
        assertEquals(new Encounters.Imported(id, true), again.get(0));
        assertTrue(!again.get(1).already() && again.get(1).id() != id, "a new key is a new encounter");
        assertEquals(2, store.count());
        assertEquals(EXAM, store.load(id).orElseThrow().exam(), "an import found by its key changes nothing");
        assertEquals(audited, store.audit(id).size());
        assertEquals(List.of(id), store.createAll(List.of(new Encounters.NewEncounter("Gil", EXAM, null, null, "k-1")), "x", "kb"));
        assertThrows(StoreException.class, () -> store.importAll(List.of(new Encounters.NewEncounter("Gil", EXAM, null, null,
                "bad\nkey")), "x", "kb"));
        assertEquals(2, store.count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void theListFindsByLabelStartAndLeadingHypothesis(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long a = store.create("Dana Smith", "x", EXAM, "kb", null);
        long b = store.create("Eli Jones", "x", EXAM, "kb", null);
        store.save(b, null, EXAM, "x");
        assertEquals(List.of(a), store.list("dana", 10).stream().map(Encounters.Row::id).toList());
        assertEquals(List.of(b), store.list(listed(EXAM).leading(), 10).stream().map(Encounters.Row::id).toList(),
                "only the saved one has a leading hypothesis listed");
        assertEquals(2, store.list("", 10).size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void redFlagActionsAndClosingAreKept(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long id = store.create("Fay", "x", EXAM, "kb", null);
        assertEquals(java.util.Optional.of(id), store.lastOpen());
        store.acknowledge(id, "cauda_equina", "Sent to the emergency department", "x").get();
        assertEquals(List.of("Sent to the emergency department"),
                store.acknowledgements(id).stream().map(Encounters.Acknowledgement::action).toList());
        assertThrows(Exception.class, () -> store.acknowledge(id, "cauda_equina", " ", "x").get());
        store.close(id);
        assertTrue(store.lastOpen().isEmpty());
    }

    /**
     * An action keeps the time it was recorded. In a SQLite file that is this computer's clock, and a time ahead of it
     * is refused. A clinic server takes the time from its own clock (clinic migration 009): its stamp less how long
     * before sending the workstation's clock says the action was recorded (here the store's clock is the workstation's,
     * fixed a week after the action, and the server runs on this machine's), and a time ahead of the workstation's
     * clock is stored at the server's stamp, never refused.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void anActionKeepsTheTimeItWasRecordedAndATimeAheadOfTheClockIsNeverTakenAsIt(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        boolean clinic = store instanceof ClinicEncounterStore;
        long id = store.create("Hal", "x", EXAM, "kb", null);
        String recorded = "2026-11-20T08:05:00Z";
        java.time.Duration before = java.time.Duration.between(Instant.parse(recorded), clock.instant());
        Instant t0 = Instant.now();
        store.acknowledge(id, "cauda_equina", "Sent to the emergency department", "x", "k-recorded", recorded).get();
        Instant t1 = Instant.now();
        Instant read = Instant.parse(store.acknowledgements(id).get(0).at());
        if (clinic) {
            assertBetween(t0.minus(before), t1.minus(before), read, "the server's stamp less the week the workstation counted");
        } else {
            assertEquals(Instant.parse(recorded), read);
        }
        String ahead = Instant.now().plus(java.time.Duration.ofDays(400)).toString();
        Instant t2 = Instant.now();
        if (clinic) {
            store.acknowledge(id, "cauda_equina", "Sent on", "x", "k-future", ahead).get();
            assertBetween(t2, Instant.now(), Instant.parse(store.acknowledgements(id).get(1).at()), "the server's stamp");
        } else {
            assertThrows(Exception.class, () -> store.acknowledge(id, "cauda_equina", "Sent on", "x", "k-future", ahead).get(),
                    "a time ahead of the store");
        }
        assertThrows(Exception.class, () -> store.acknowledge(id, "cauda_equina", "Sent on", "x", "k-bad", "yesterday").get());
        assertEquals(clinic ? 2 : 1, store.acknowledgements(id).size(), "nothing refused was stored");
    }

    private static void assertBetween(Instant from, Instant to, Instant actual, String what) {
        assertTrue(!actual.isBefore(from.minusMillis(1)) && !actual.isAfter(to.plusMillis(1)),
                what + ": " + actual + " is not between " + from + " and " + to);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void theAssessmentPlanAndFlagStateAreKeptWithTheEncounter(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long id = store.create("Gus", "x", EXAM, "kb", null);
        assertEquals(null, store.list("gus", 5).get(0).flags(), "not recorded before the first save");
        Exam noted = EXAM.withRecord(EXAM.record().withAssessment("Likely tendon.").withPlan("Load it; review in 2 weeks."));
        store.save(id, null, noted, "x");
        assertNotNull(store.list("gus", 5).get(0).flags());
        assertEquals(listed(noted).flags(), store.list("gus", 5).get(0).flags(), "the flag state of the exam stored");
        Exam back = store.load(id).orElseThrow().exam();
        assertEquals("Likely tendon.", back.record().assessment());
        assertEquals("Load it; review in 2 weeks.", back.record().plan());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aCreateSentAgainWithItsKeyGivesTheSameEncounterOnceAndAuditsNothingTwice(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long id = store.create("Hal", "x", EXAM, "kb", null, "key-hal");
        int audited = store.audit(id).size();
        assertTrue(audited >= 3, "the create's findings are audited");
        store.save(id, null, EXAM, "x");

        assertEquals(id, store.create("Hal", "x", EXAM, "kb", null, "key-hal"), "the retry is answered with the first one's id");
        assertEquals(1, store.count(), "and no second encounter is made");
        assertEquals(audited, store.audit(id).size(), "values already stored are not audited again");
        assertEquals(EXAM.findings(), store.load(id).orElseThrow().exam().findings());
        assertEquals(listed(EXAM).leading(), store.list("hal", 5).get(0).leading(), "the encounter's leading hypothesis stays");

        assertEquals(id, store.create("Hal", "x", Exam.empty(), "kb", null, "key-hal"));
        assertEquals(EXAM.findings(), store.load(id).orElseThrow().exam().findings(),
                "a create sent again (say from an old recovery copy) writes nothing over what is stored");
        Exam more = EXAM.with("palpation.piriformis", FindingValue.Flag.YES);
        store.save(id, null, more, "x");
        assertEquals(more.findings(), store.load(id).orElseThrow().exam().findings(), "the save that follows is an ordinary save");
        assertEquals(audited + 1, store.audit(id).size(), "one audit row, for the one finding that changed");

        long other = store.create("Hal", "x", EXAM, "kb", null, "key-hal-2");
        assertTrue(other != id, "another key is another encounter");
        store.create("Hal", "x", EXAM, "kb", null);
        assertEquals(3, store.count(), "creates without a key are never taken for one another");
        StoreException bad = assertThrows(StoreException.class, () -> store.create("Hal", "x", EXAM, "kb", null, ""));
        assertTrue(bad.getMessage().contains("create key"), bad.getMessage());
        assertEquals(3, store.count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void aRedFlagActionSentAgainWithItsKeyIsStoredOnce(Engine engine) throws Exception {
        Encounters store = engine.maker().make(this);
        long id = store.create("Ida", "x", EXAM, "kb", null);
        store.acknowledge(id, "cauda_equina", "Sent to the emergency department", "x", "ack-1").get();
        store.acknowledge(id, "cauda_equina", "Sent to the emergency department", "x", "ack-1").get();
        assertEquals(1, store.acknowledgements(id).size(), "the retry of a stored action adds nothing");
        store.acknowledge(id, "cauda_equina", "Sent to the emergency department", "x", "ack-2").get();
        assertEquals(2, store.acknowledgements(id).size(), "the same words recorded again, under a new key, are a second action");
    }
}
