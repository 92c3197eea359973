package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances on one SQLite file (a practice's shared drive): a plan or assessment a colleague changed since
 * this window read it is refused as the clinic store refuses it, the colleague's text standing and both texts named
 * in the {@link SaveConflict}, and nothing written over it in this clinician's name.
 */
class StalePlanRefusedTest {
    private static final String ANNAS = "Refer to the spinal team\nthis week";
    private static final String BENS = "Review in six weeks";
    @TempDir
    Path dir;
    private Database annasApp;
    private Database bensApp;
    private EncounterStore anna;
    private EncounterStore ben;

    @BeforeEach
    void open() {
        annasApp = Database.open(dir.resolve("shared.db"));
        bensApp = Database.open(dir.resolve("shared.db"));
        anna = new EncounterStore(annasApp, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        ben = new EncounterStore(bensApp, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
    }

    @AfterEach
    void close() {
        bensApp.close();
        annasApp.close();
    }

    private static Exam planned(Exam exam, String plan) {
        return exam.withRecord(exam.record().withPlan(plan));
    }

    @Test
    void aPlanChangedByBothIsRefusedNamingWhoSetTheirsAndTheRestOfTheSaveIsKept() {
        long id = anna.create("Ida", "anna", Exams.of().exam(), "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        anna.save(id, "Ida", planned(Exams.of().exam(), ANNAS), "anna");
        Exam bens = planned(benSees, BENS).with("history.quality.burning", FindingValue.Flag.YES);

        SaveConflict conflict = assertThrows(SaveConflict.class, () -> ben.save(id, "Ida", bens, "ben"));
        assertEquals(List.of(), conflict.conflicts(), "no finding clashed");
        assertEquals(List.of(new SaveConflict.Clash("encounter.plan", BENS, ANNAS, "anna", DatabaseTest.CLOCK.instant())),
                conflict.entries());
        assertEquals("changed meanwhile by another clinician, not overwritten: the plan is \"Refer to the spinal team this week\" "
                + "(set by anna) where you have \"Review in six weeks\"", conflict.getMessage());
        Exam stored = anna.load(id).orElseThrow().exam();
        assertEquals(ANNAS, stored.record().plan(), "anna's plan stands");
        assertEquals(FindingValue.Flag.YES, stored.value("history.quality.burning"), "the rest of ben's save is kept");
        assertEquals(List.of("anna encounter.plan null -> " + ANNAS, "ben history.quality.burning null -> Flag[value=true]"),
                audit(id), "nothing in ben's name over anna's plan");
    }

    @Test
    void theRefusedTextSentAgainUnseenIsRefusedAgainAndOnceSeenItIsHis() {
        long id = anna.create("Ida", "anna", Exams.of().exam(), "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        anna.save(id, "Ida", planned(Exams.of().exam(), ANNAS), "anna");
        assertThrows(SaveConflict.class, () -> ben.save(id, "Ida", planned(benSees, BENS), "ben"));
        assertThrows(SaveConflict.class, () -> ben.save(id, "Ida", planned(benSees, BENS), "ben"),
                "saved again unseen, it is refused again, never written over anna's");
        assertEquals(ANNAS, anna.load(id).orElseThrow().exam().record().plan());

        ben.save(id, "Ida", planned(ben.load(id).orElseThrow().exam(), BENS), "ben");
        assertEquals(BENS, anna.load(id).orElseThrow().exam().record().plan(), "read, then changed: his deliberate change");
        assertEquals("ben encounter.plan " + ANNAS + " -> " + BENS, audit(id).get(audit(id).size() - 1));
    }

    @Test
    void theirTextSentBackAfterTheRefusalThenTypedOnIsTheClinicansChange() {
        long id = anna.create("Ida", "anna", Exams.of().exam(), "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        anna.save(id, "Ida", planned(Exams.of().exam(), ANNAS), "anna");
        assertThrows(SaveConflict.class, () -> ben.save(id, "Ida", planned(benSees, BENS), "ben"));
        // the window shows anna's plan (his held in the panel) and saves it as shown: nothing of his is written
        ben.save(id, "Ida", planned(benSees, ANNAS), "ben");
        assertEquals(List.of("anna encounter.plan null -> " + ANNAS), audit(id));
        // what he types on her plan is his change, written as he types
        ben.save(id, "Ida", planned(benSees, ANNAS + "; MRI"), "ben");
        assertEquals(ANNAS + "; MRI", anna.load(id).orElseThrow().exam().record().plan());
        assertEquals("ben encounter.plan " + ANNAS + " -> " + ANNAS + "; MRI", audit(id).get(1));
    }

    @Test
    void anAssessmentChangedByBothIsRefusedAndADifferentEntryOfEachIsKept() {
        long id = anna.create("Ida", "anna", Exams.of().exam(), "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        Exam annas = Exams.of().exam();
        anna.save(id, "Ida", annas.withRecord(annas.record().withAssessment("Radicular pain likely")), "anna");
        Exam bens = benSees.withRecord(benSees.record().withAssessment("Gluteal tendinopathy").withPlan(BENS));

        SaveConflict conflict = assertThrows(SaveConflict.class, () -> ben.save(id, "Ida", bens, "ben"));
        assertEquals(List.of("encounter.assessment"), conflict.entries().stream().map(SaveConflict.Clash::finding).toList());
        assertEquals("Radicular pain likely", conflict.entries().get(0).theirs());
        assertEquals("Gluteal tendinopathy", conflict.entries().get(0).yours());
        Exam stored = anna.load(id).orElseThrow().exam();
        assertEquals("Radicular pain likely", stored.record().assessment(), "anna's assessment stands");
        assertEquals(BENS, stored.record().plan(), "ben's plan, which nobody else changed, is his");
    }

    @Test
    void theSameTextFromBothIsNoConflict() {
        long id = anna.create("Ida", "anna", Exams.of().exam(), "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        anna.save(id, "Ida", planned(Exams.of().exam(), BENS), "anna");
        assertEquals(0, ben.save(id, "Ida", planned(benSees, BENS), "ben"));
        assertEquals(List.of("anna encounter.plan null -> " + BENS), audit(id));
    }

    @Test
    void aWindowThatNeverReadTheEncounterSavesItsTextAsBefore() {
        long id = anna.create("Ida", "anna", Exams.of().exam(), "v", null);
        anna.save(id, "Ida", planned(Exams.of().exam(), ANNAS), "anna");
        EncounterStore carol = new EncounterStore(bensApp, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        carol.save(id, "Ida", planned(Exams.of().exam(), BENS), "carol");
        assertEquals(BENS, anna.load(id).orElseThrow().exam().record().plan(), "no base: the exam is saved as sent");
    }

    /** The audit as "who entry old -> new", texts as written. */
    private List<String> audit(long id) {
        return anna.audit(id).stream().map(StalePlanRefusedTest::line).toList();
    }

    private static String line(Encounters.AuditEntry a) {
        return a.clinician() + " " + a.finding() + " " + shown(a.oldValue()) + " -> " + shown(a.newValue());
    }

    private static String shown(FindingValue value) {
        return value instanceof FindingValue.Choice c ? c.value() : String.valueOf(value);
    }
}
