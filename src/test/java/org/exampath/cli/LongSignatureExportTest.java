package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} signs a stored encounter "EXAMINER; changes by A, B, …" in exam/1's one clinician field, which holds
 * 200 characters. When the colleagues' names make it longer, the list is shortened ("… and 4 others (see the audit)"),
 * never the field dropped: the exported file still says who examined, and an import of it an exam with its examiner.
 */
class LongSignatureExportTest {
    private static final String EXAMINER = "Dr Annabel Fitzgerald-Smith";
    private static final List<String> COLLEAGUES = List.of("Dr Benedict Okonkwo-Reynolds", "Dr Catherine Vandenberghe",
            "Dr Dominic Hargreaves-Lowe", "Dr Eleanor Castellanos-Ruiz", "Dr Frederick Abernathy-Cole", "Dr Georgina Whitfield-Bryce");
    private static final List<String> SITES = List.of("palpation.greater_trochanter", "palpation.gluteus_medius",
            "palpation.piriformis", "palpation.sciatic_notch", "palpation.ischial_tuberosity", "palpation.sacroiliac");

    @TempDir
    Path dir;

    private String exportedClinician(Path db, long id) throws Exception {
        CommandRun run = CommandRun.of("export", Long.toString(id), "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        return new ObjectMapper().readTree(run.out()).path("encounter").path("clinician").asText("(none: " + run.out() + ")");
    }

    /** Each colleague records one palpation site of their own, on the exam as stored. */
    private static void changedBy(Path db, long id, int from, int to) {
        try (Database opened = Database.open(db)) {
            EncounterStore store = new EncounterStore(opened, DatabaseTestAccess.CLOCK);
            for (int i = from; i < to; i++) {
                Exam stored = store.load(id).orElseThrow().exam();
                store.save(id, "P-9", stored.with(SITES.get(i), new FindingValue.Choice("tender")), COLLEAGUES.get(i));
            }
        }
    }

    @Test
    void anEncounterChangedBySixColleaguesIsStillExportedWithItsExaminer() throws Exception {
        Path db = dir.resolve("exampath.db");
        long id;
        try (Database opened = Database.open(db)) {
            id = new EncounterStore(opened, DatabaseTestAccess.CLOCK).create("P-9", EXAMINER,
                    Exam.empty().with("nerve.slump", new FindingValue.Choice("positive")), TestKnowledge.SHIPPED.version(), null);
        }
        changedBy(db, id, 0, 1);
        String one = exportedClinician(db, id);
        assertTrue(one.startsWith(EXAMINER + "; changes by"), "precondition: with one colleague the file names both: " + one);

        changedBy(db, id, 1, COLLEAGUES.size());

        String six = exportedClinician(db, id);
        assertTrue(six.startsWith(EXAMINER), "the exported file no longer names who examined: " + six);
        assertTrue(six.startsWith(EXAMINER + "; changes by " + COLLEAGUES.get(0)) && six.endsWith(" others (see the audit)"),
                "the colleagues are named as far as they fit, the rest counted: " + six);
    }
}
