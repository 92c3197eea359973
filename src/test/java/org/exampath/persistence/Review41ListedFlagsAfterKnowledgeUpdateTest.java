package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 41: the encounter list's red-flag state is worked out once, when an encounter is saved, under the knowledge of
 * that day, and never again. Knowledge 2026.12.16 made a risk factor with a neurological deficit an urgent infection
 * flag (review 35, finding 1); an encounter saved under 2026.12.15 keeps listing "none raised" after the update, in the
 * window's list, its "Flags without an action" filter and {@code exampath list}, until someone happens to open and save it.
 */
class Review41ListedFlagsAfterKnowledgeUpdateTest {
    @TempDir
    Path dir;

    @Test
    void anEncounterSavedUnderOlderKnowledgeIsListedWithTheFlagsTheCurrentKnowledgeRaises() {
        Exams before = Exams.of().patient(34, Sex.MALE).no("redflag.fever_or_unwell").count("history.duration_weeks", 8)
                .count("history.nrs_now", 5).count("history.nrs_worst", 5).no("redflag.constant_severe_pain")
                .is("neuro.myotome.L5", "weak");
        Exam withoutRisk = before.exam();
        Exam exam = before.yes("redflag.iv_drug_use").exam();
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, TestKnowledge.SUMMARISER);
            long id = store.create("Mr Doyle", "anna", exam, "2026.12.15", null);
            // as 2026.12.15 saved it: it did not read a risk factor with a deficit, so its list said what it says of the
            // same exam without the risk factor
            String old = TestKnowledge.SUMMARISER.of(withoutRisk, null).flags();
            assertFalse(old.contains("infection"), "sanity: " + old);
            db.write(c -> {
                try (var p = c.prepareStatement("UPDATE encounter SET flags = ? WHERE id = ?")) {
                    p.setString(1, old);
                    p.setLong(2, id);
                    return p.executeUpdate();
                }
            });
            assertTrue(TestKnowledge.SUMMARISER.of(exam, null).flags().contains("infection"), "sanity: today's knowledge raises it");

            // the knowledge is now 2026.12.16 or later; the store is opened again and listed
            Encounters.Row row = store.list("", 50).get(0);
            assertTrue(row.flags().contains("infection"), "the list still shows the flags of the knowledge the encounter was "
                    + "saved under (" + row.flags() + "), not the urgent infection flag today's knowledge raises for it");
        }
    }
}
