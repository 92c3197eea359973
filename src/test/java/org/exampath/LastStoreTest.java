package org.exampath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last database the window moved to: one line, kept whole, never an address with a login in it. */
class LastStoreTest {
    @TempDir
    Path dir;

    @Test
    void aPathOrAServerAddressIsKeptAndReadBack() {
        LastStore last = new LastStore(dir.resolve("data").resolve("last-database"));
        assertEquals(Optional.empty(), last.read());
        last.keep("/home/anna/clinic.db");
        assertEquals(Optional.of("/home/anna/clinic.db"), last.read());
        last.keep("postgresql://db.example:5432/exampath?sslmode=require");
        assertEquals(Optional.of("postgresql://db.example:5432/exampath?sslmode=require"), last.read());
        last.forget();
        assertEquals(Optional.empty(), last.read());
    }

    @Test
    void anAddressWithAUserOrPasswordIsRefusedAndNothingIsWritten() {
        Path file = dir.resolve("last-database");
        LastStore last = new LastStore(file);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> last.keep("postgresql://anna:secret@db.example/exampath"));
        assertEquals("the address holds a password, and ExamPath takes none in an address (it would be shown and kept); "
                + "remove it and give the login with PGUSER and PGPASSWORD or ~/.pgpass", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> last.keep("postgresql://anna@db.example/exampath"), "a user is refused too");
        assertFalse(Files.exists(file));
    }

    @Test
    void aPasswordInAnyFormIsRefusedWithoutRepeatingItAndNeverReadBack() throws Exception {
        Path file = dir.resolve("last-database");
        LastStore last = new LastStore(file);
        for (String address : java.util.List.of("postgresql://db.example/exampath?password=Zq7secret",
                "postgres://anna:Zq7secret@db.example/exampath", "anna:Zq7secret@db.example/exampath")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> last.keep(address));
            assertFalse(e.getMessage().contains("Zq7secret"), e.getMessage());
            assertFalse(Files.exists(file), "nothing written for " + address);
        }
        Files.writeString(file, "postgresql://anna:Zq7secret@db.example/exampath\n");
        assertEquals(Optional.empty(), last.read(), "a file edited by hand to hold a password is not used (it would be shown)");
    }
}
