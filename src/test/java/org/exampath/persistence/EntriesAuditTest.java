package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.Side;
import org.exampath.store.Encounters;
import org.exampath.store.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An encounter's side, assessment and plan are audited as its findings are (who, when, before and after), on a real
 * SQLite file: a row only when the value changed, and a file of store version 8, whose changes to them went unaudited,
 * is brought to the version that audits them.
 */
class EntriesAuditTest {
    @TempDir
    Path dir;

    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private static Exam noted(Exam exam, String assessment, String plan) {
        return exam.withRecord(exam.record().withAssessment(assessment).withPlan(plan));
    }

    /** The audit rows of the encounter's own entries, as "who entry before -> after" (values as the store encodes them). */
    private static List<String> entries(Encounters store, long id) {
        return store.audit(id).stream().filter(a -> a.finding().startsWith("encounter."))
                .map(a -> a.clinician() + " " + a.finding() + " " + ValueCodec.encode(a.oldValue()) + " -> "
                        + ValueCodec.encode(a.newValue()))
                .toList();
    }

    @Test
    void aChangedSideAssessmentAndPlanAreEachAnAuditRowWithWhoWhenBeforeAndAfter() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        EncounterStore ben = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        Exam made = Exams.of().side(Side.LEFT).is("nerve.slump", "positive").exam();
        long id = anna.create("Ida", "anna", made, "v", null);
        anna.save(id, "Ida", noted(made, null, "Refer to the spinal team"), "anna");
        Exam benSees = ben.load(id).orElseThrow().exam();
        ben.save(id, "Ida", noted(benSees.withSide(Side.RIGHT), "Radicular pain likely", "Review in six weeks\nif no better"),
                "ben");
        assertEquals(List.of("anna encounter.plan null -> c:Refer to the spinal team",
                "ben encounter.side c:left -> c:right",
                "ben encounter.assessment null -> c:Radicular pain likely",
                "ben encounter.plan c:Refer to the spinal team -> c:Review in six weeks\nif no better"), entries(anna, id));
        assertTrue(anna.audit(id).stream().filter(a -> a.finding().startsWith("encounter."))
                        .allMatch(a -> DatabaseTest.CLOCK.instant().toString().equals(a.at())),
                "each stamped with when it was saved");
        assertEquals(new org.exampath.domain.FindingValue.Choice("Review in six weeks\nif no better"),
                anna.audit(id).get(anna.audit(id).size() - 1).newValue(), "the plan's text read back whole");
    }

    @Test
    void aSaveThatLeavesThemAsTheyWereWritesNoRow() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        Exam made = noted(Exams.of().side(Side.LEFT).exam(), "Gluteal tendinopathy", "Load management");
        long id = anna.create("Ida", "anna", made, "v", null);
        anna.save(id, "Ida", made.with("nerve.slump", new org.exampath.domain.FindingValue.Choice("negative")), "anna");
        anna.save(id, "Ida", noted(made, "Gluteal tendinopathy", ""), "anna");
        anna.save(id, "Ida", noted(made, "Gluteal tendinopathy", null), "anna");
        assertEquals(List.of("anna encounter.plan c:Load management -> null"), entries(anna, id),
                "made with them (no change), a finding saved beside them, then the plan cleared: an empty plan is none, "
                        + "so clearing it twice is one change");
    }

    @Test
    void aStoreFromVersionEightOpensAndAuditsItsEncountersEntriesFromThen() throws Exception {
        Path old = dir.resolve("v8.db");
        try (var c = Database.connect(old, false); Statement s = c.createStatement()) {
            for (String file : Migrations.FILES.subList(0, 8)) {
                s.executeUpdate(new String(Database.class.getResourceAsStream(file).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            s.execute("PRAGMA user_version = 8");
            s.execute("INSERT INTO patient (label, sex) VALUES ('P-1', 'female')");
            s.execute("INSERT INTO encounter (patient_id, date, clinician, side, knowledge_version, updated_at, assessment, plan) "
                    + "VALUES (1, '2026-01-02', 'anna', 'left', 'v', 'x', 'Hip OA', 'Exercise')");
            s.execute("INSERT INTO audit (encounter_id, at, clinician, finding, new_value) "
                    + "VALUES (1, '2026-01-02T09:00:00Z', 'anna', 'nerve.slump', 'c:positive')");
            // before version 9 a plan could change with no audit row: this one did
            s.execute("UPDATE encounter SET plan = 'Exercise, then review' WHERE id = 1");
        }
        db = Database.open(old);
        assertEquals(Migrations.latest(), db.version());
        EncounterStore ben = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        Exam stored = ben.load(1).orElseThrow().exam();
        assertEquals("Exercise, then review", stored.record().plan(), "the stored plan is read as it was");
        ben.save(1, "P-1", noted(stored, "Hip OA", "Refer for imaging"), "ben");
        assertEquals(List.of("anna nerve.slump", "ben encounter.plan"),
                ben.audit(1).stream().map(a -> a.clinician() + " " + a.finding()).toList(), "the old audit kept, the change added");
        assertEquals(List.of("ben encounter.plan c:Exercise, then review -> c:Refer for imaging"), entries(ben, 1));
    }

    @Test
    void theFileRefusesAChangeOfAnEntryThatLeavesNoAuditRow() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = anna.create("Ida", "anna", noted(Exams.of().exam(), null, "Exercise"), "v", null);
        RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> DatabaseTestAccess.execute(db, "UPDATE encounter SET plan = 'Surgery' WHERE id = " + id));
        assertTrue(String.valueOf(refused.getMessage()).contains("audit"), String.valueOf(refused.getMessage()));
        assertEquals("Exercise", anna.load(id).orElseThrow().exam().record().plan(), "the plan stays as audited");
    }
}
