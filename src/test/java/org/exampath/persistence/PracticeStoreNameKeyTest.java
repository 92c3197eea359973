package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.List;
import org.exampath.store.PracticeRecords.Attempt;
import org.exampath.store.PracticeRecords.NewAttempt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student's progress is found by the name however it was typed (from review 28, finding 4): composed or decomposed
 * accents, doubled inner spaces, other letter case, an invisible character; names stored before the key existed are
 * matched on read, from a real SQLite file.
 */
class PracticeStoreNameKeyTest {
    @TempDir
    Path dir;

    @Test
    void theSameNameTypedTwoWaysKeepsOneProgress() {
        String composed = Normalizer.normalize("José Núñez", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("José Núñez", Normalizer.Form.NFD);
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            PracticeStore store = new PracticeStore(db, DatabaseTest.CLOCK);
            store.record(new NewAttempt(composed, "gluteal-tendinopathy-classic", 85, true, List.of(), 4, null)).join();
            List<Attempt> next = store.record(new NewAttempt(decomposed, "malignancy-screen", 60, true, List.of(), 2, null)).join();
            assertEquals(List.of(85, 60), next.stream().map(Attempt::score).toList(),
                    "José's second session shows his first (the names look identical on screen)");
        }
    }

    @Test
    void aDoubledSpaceIsTheSameStudent() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            PracticeStore store = new PracticeStore(db, DatabaseTest.CLOCK);
            store.record(new NewAttempt("Anna Berg", "gluteal-tendinopathy-classic", 85, true, List.of(), 4, null)).join();
            assertEquals(List.of(85), store.attempts("Anna  Berg").stream().map(Attempt::score).toList());
        }
    }
    @Test
    void caseAndInvisibleCharactersDoNotSplitAStudentAndTheNameIsKeptAsFirstTyped() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            PracticeStore store = new PracticeStore(db, DatabaseTest.CLOCK);
            store.record(new NewAttempt("Anna Berg", "gluteal-tendinopathy-classic", 85, true, List.of(), 4, null)).join();
            store.record(new NewAttempt("anna\u200b BERG", "malignancy-screen", 60, true, List.of(), 2, null)).join();
            assertEquals(List.of(85, 60), store.attempts(" ANNA BERG ").stream().map(Attempt::score).toList());
            assertEquals(List.of(), store.attempts("Anna Bergh"), "another name is another student");
        }
        assertEquals(List.of("Anna Berg"), storedNames(), "one student row, under the name as first typed");
    }

    @Test
    void namesStoredBeforeTheKeyAreMatchedOnReadAndTheirAttemptsJoined() throws Exception {
        String nfc = Normalizer.normalize("José", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("José", Normalizer.Form.NFD);
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            db.submit(c -> {
                // two rows as the store kept them before, one per way of typing the same name
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO student (id, name) VALUES (1, '" + nfc + "'), (2, '" + nfd + "  ')");
                    st.executeUpdate("INSERT INTO attempt (student_id, case_name, at, score, leading_correct, missed_flags, tests_used)"
                            + " VALUES (1, 'a', '2026-01-01T00:00:00Z', 70, 1, '', 1), (2, 'b', '2026-01-02T00:00:00Z', 80, 1, '', 1)");
                }
                return null;
            }).join();
        }
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            PracticeStore store = new PracticeStore(db, DatabaseTest.CLOCK);
            assertEquals(List.of(70, 80), store.attempts("josé").stream().map(Attempt::score).toList());
            List<Attempt> after = store.record(new NewAttempt(nfd, "c", 90, true, List.of(), 1, null)).join();
            assertEquals(List.of(70, 80, 90), after.stream().map(Attempt::score).toList());
        }
        assertEquals(List.of(nfc, nfd + "  "), storedNames(), "the old rows are left as they were; the new attempt joins the first");
    }

    private List<String> storedNames() {
        List<String> names = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("exampath.db"));
             ResultSet r = c.createStatement().executeQuery("SELECT name FROM student ORDER BY id")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return names;
    }
}
