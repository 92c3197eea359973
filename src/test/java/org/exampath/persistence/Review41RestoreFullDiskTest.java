package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.exampath.domain.Exam;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 41: a restore from the rolling backup that fails part-way (here the disk fills while the audit written since
 * the backup is put back) must leave the database as it was, or with that audit kept. The restore copies the backup
 * over the file in one step and puts the newer audit back in a second transaction, holding it only in memory between
 * the two; when the second step fails, the audit of every change since the backup is gone for good.
 */
class Review41RestoreFullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aRestoreThatFailsPartWayKeepsTheAuditWrittenSinceTheBackup() throws Exception {
        Path file = dir.resolve("exampath.db");
        try (Database db = Database.open(file)) {
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            long id = store.create("Mrs Patel", "anna", Exam.empty(), "v", null);
            db.backup();
            // Anna's day: her assessment rewritten three times, each change an audit row in her name
            Exam exam = Exam.empty();
            for (int i = 0; i < 3; i++) {
                exam = exam.withRecord(exam.record().withAssessment(i + " " + "Deep gluteal pain, sitting 20 min. ".repeat(3)));
                store.load(id);
                store.save(id, "Mrs Patel", exam, "anna");
            }
            int auditBefore = store.audit(id).size();
            assertEquals(3, auditBefore, "sanity: each change audited");
            // the restore fails as a full disk or a drive error would, at its last write to the live file (its own store
            // event, after the backup's content has been written over the live content). Fix 41 corrected this line: the
            // trigger sat on main.audit, which the restore that was reviewed emptied and refilled, and which an
            // all-or-nothing restore never takes out, so it never writes there
            db.writerDirect(c -> c.createStatement().execute("CREATE TEMP TRIGGER r41_full BEFORE INSERT ON main.store_event "
                    + "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
            String m = assertThrows(StoreException.class, () -> db.restoreFromBackup("anna")).getMessage();
            db.writerDirect(c -> c.createStatement().execute("DROP TRIGGER temp.r41_full"));
            assertEquals(true, m.contains("disk is full"), "sanity: the restore failed on the full disk: " + m);
            assertEquals(auditBefore, store.audit(id).size(),
                    "a restore that failed part-way lost the audit of every change made since the backup");
            assertEquals(exam.record().assessment(), store.load(id).orElseThrow().exam().record().assessment(),
                    "a restore that failed part-way left the backup's content in place of the live one");
        }
    }
}
