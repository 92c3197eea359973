package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.exchange.ExamWriter;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up notice over a recovery folder that one computer's databases share: exam copies kept for
 * this database and for another (an encounter's and a new exam's), a new exam's copy from a version that
 * named no database, a copy of another clinician's encounter, and red-flag action copies by this clinician
 * and by another. Each is counted where it
 * belongs, and starting up removes none of them.
 */
class LeftoverNoticeTest {
    private static final String KEY_ANNA_HERE = "0b6f1f4e-8d7c-4d35-9a51-2f3c0e7d9a10";
    private static final String KEY_ANNA_THERE = "1c7a2f5b-9e8d-4e46-8b62-3a4d1f8e0b21";
    private static final String KEY_BEN_HERE = "2d8b3a6c-0f9e-4f57-9c73-4b5e2a9f1c32";

    @TempDir
    Path dir;

    /** A new exam entered in {@code db} while its store could not be reached, and the app stopped: a copy with its create key. */
    private static void newExamNotSaved(Path db, Path folder, String label) {
        try (Database database = Database.open(db)) {
            AtomicBoolean down = new AtomicBoolean();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = RecoverySessions.annaWithAStoreThatCanFail(session, database, down, folder);
            down.set(true);
            session.patientLabelProperty().set(label);
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            autosave.flush();
            assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
            autosave.shutdown();
        }
    }

    /** A copy as the app writes it, with {@code side} (null for none) in its hidden side file. */
    private static void copy(Path folder, String name, String side) throws Exception {
        Exam exam = Exam.empty().with("nerve.slr", new FindingValue.Choice("negative"));
        Files.write(folder.resolve(name), new ExamWriter().write(exam.withRecord(exam.record().withLabel("P-" + name))));
        if (side != null) {
            Files.writeString(folder.resolve("." + name + ".create-key"), side);
        }
    }

    /** A red-flag action copy as the app writes it, recorded by {@code by} for encounter 1 of {@code store}. */
    private static void action(Path folder, String key, String store, String by) throws Exception {
        Properties p = new Properties();
        p.setProperty("format", "exampath-red-flag-action/1");
        p.setProperty("key", key);
        p.setProperty("encounter", "1");
        p.setProperty("encounter.date", "2026-11-26");
        p.setProperty("encounter.clinician", "anna");
        p.setProperty("encounter.store", store);
        p.setProperty("flag", "cauda_equina");
        p.setProperty("action", "Sent to ED");
        p.setProperty("at", "2026-11-26T10:15:30Z");
        p.setProperty("by", by);
        StringWriter text = new StringWriter();
        p.store(text, null);
        Files.writeString(folder.resolve("action-0-1-" + key + ".properties"), text.toString());
    }

    private static List<Path> everything(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aMixedFolderIsCountedCopyByCopyWhereEachBelongsAndStartingUpRemovesNothing() throws Exception {
        Path folder = dir.resolve("recovery");
        Path here = dir.resolve("exampath.db");
        Path other = dir.resolve("other.db");
        newExamNotSaved(here, folder, "P-new-here");
        newExamNotSaved(other, folder, "P-new-there");
        String hereId = here.toRealPath().toString();
        String otherId = other.toRealPath().toString();
        copy(folder, "unsaved-0-1-1.json", "encounter 1\ndate 2026-11-26\nclinician anna\nstore " + hereId + "\n");
        copy(folder, "unsaved-0-1-2.json", "encounter 1\ndate 2026-11-26\nclinician anna\nstore " + otherId + "\n");
        copy(folder, "unsaved-0-1-3.json", "3e9c4b7d-1a0f-4a68-8d84-5c6f3b0a2d43\n"); // an older version's: a key, no database
        copy(folder, "unsaved-0-1-4.json", "encounter 2\ndate 2026-11-26\nclinician ben\nstore " + hereId + "\n"); // ben's encounter
        action(folder, KEY_ANNA_HERE, hereId, "anna");
        action(folder, KEY_ANNA_THERE, otherId, "anna");
        action(folder, KEY_BEN_HERE, hereId, "ben");

        RecoveryFiles recovery = RecoverySessions.nextStart(folder);
        List<Path> copies = recovery.leftovers();
        assertEquals(6, copies.size(), copies.toString());
        assertEquals(List.of(Optional.of(hereId), Optional.of(otherId), Optional.empty(), Optional.of(hereId)),
                copies.subList(0, 4).stream().map(RecoveryFiles::keptFor).toList(), "the hand-written copies (session 0 sorts first)");
        assertEquals(List.of(Optional.of(hereId), Optional.of(otherId)),
                copies.subList(4, 6).stream().map(RecoveryFiles::keptFor).toList(), "a new exam's copy names its database");
        assertTrue(copies.subList(4, 6).stream().allMatch(c -> RecoveryFiles.createKeyOf(c).isPresent()),
                "and keeps its create key where every version reads it");
        List<Path> before = everything(folder);

        try (Database database = Database.open(here)) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Autosave autosave = RecoverySessions.autosave(new ExamSession(TestKnowledge.ENGINE), store, "anna",
                    DatabaseTestAccess.CLOCK, Duration.ofMillis(20), recovery);
            assertEquals("WARNING: 3 unsaved changes were kept from an earlier session in " + folder + "; open them with File >"
                    + " Open exam to review and save them. 1 unsaved change that ben entered in an earlier session is"
                    + " kept in " + folder + ", not opened here: only the clinician who made a change restores it."
                    + " 2 unsaved changes were kept for another database (" + otherId + "); open"
                    + " them with File > Open exam while that database is open (opened here, each is saved as a new encounter of"
                    + " this one). 1 red-flag action you recorded in an earlier session was not confirmed stored; each is stored"
                    + " when its encounter (1) is opened. 1 red-flag action you recorded for another database (" + otherId + ") is"
                    + " kept in " + folder + "; each is stored when that database and its encounter are opened, never into this"
                    + " one. 1 red-flag action recorded by ben in an earlier session is kept in " + folder + ", not stored: only the"
                    + " clinician who recorded an action stores it.", autosave.statusProperty().get());
            assertTrue(autosave.failedProperty().get(), "shown as a warning");
            autosave.resume().join();
            autosave.shutdown();
        }
        assertEquals(before, everything(folder), "starting up removed no copy and no file beside one");
    }
}
