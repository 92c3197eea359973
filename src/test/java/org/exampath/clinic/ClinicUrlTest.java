package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clinic addresses and libpq-style credentials: what is accepted, what is refused and why. */
class ClinicUrlTest {

    @Test
    void readsHostPortDatabaseAndSslMode() {
        assertEquals(new ClinicUrl("db.clinic.example", 6543, "exampath", "require"),
                ClinicUrl.parse("postgresql://db.clinic.example:6543/exampath?sslmode=require"));
        assertEquals(new ClinicUrl("localhost", 5432, "exampath", "prefer"), ClinicUrl.parse("postgresql://localhost/exampath"));
        assertTrue(ClinicUrl.names("postgresql://h/d"));
        assertFalse(ClinicUrl.names("/home/me/exampath.db"));
    }

    @Test
    void refusesAddressesThatCarryCredentialsOrLackParts() {
        assertEquals("put no user or password in the address; use PGUSER and PGPASSWORD or ~/.pgpass",
                assertThrows(IllegalArgumentException.class, () -> ClinicUrl.parse("postgresql://me@h/d")).getMessage());
        for (String withPassword : java.util.List.of("postgresql://h/d?password=s3cr3t", "postgresql://h/d?sslmode=require&PASSWORD=s3cr3t",
                "postgresql://me:s3cr3t@h:5432/d", "postgres://me:s3cr3t@h/d", "me:s3cr3t@h/d", "jdbc:postgresql://h/d?user=me&password=s3cr3t",
                "anna:se/cret@host/db", "anna:pa ss@host", "postgresql://anna:pa ss@host/db", "anna:p@ss@host/db")) {
            assertTrue(ClinicUrl.carriesPassword(withPassword), withPassword);
            assertEquals(ClinicUrl.PASSWORD_REFUSED,
                    assertThrows(IllegalArgumentException.class, () -> ClinicUrl.parse(withPassword)).getMessage(), withPassword);
        }
        for (String without : java.util.List.of("postgresql://h:5432/d?sslmode=require", "/home/me/exampath.db", "postgresql://h/d?sslmode=disable",
                "C:\\Users\\me@example.org\\exampath.db", "./x/../exampath.db", "C:/Users/me@example.org/exampath.db",
                "/home/me/my:notes@work/exampath.db")) {
            assertFalse(ClinicUrl.carriesPassword(without), without);
        }
        assertEquals("the address names no database; expected postgresql://HOST[:PORT]/DBNAME",
                assertThrows(IllegalArgumentException.class, () -> ClinicUrl.parse("postgresql://h/")).getMessage());
        assertEquals("sslmode: expected one of disable, allow, prefer, require, verify-ca, verify-full, found \"maybe\"",
                assertThrows(IllegalArgumentException.class, () -> ClinicUrl.parse("postgresql://h/d?sslmode=maybe")).getMessage());
        assertEquals("unknown option \"user\" in the address; only sslmode is allowed",
                assertThrows(IllegalArgumentException.class, () -> ClinicUrl.parse("postgresql://h/d?user=x")).getMessage());
    }

    @Test
    void credentialsFollowLibpq(@TempDir Path home) throws IOException {
        ClinicUrl url = ClinicUrl.parse("postgresql://db:5432/exampath");
        assertEquals(new ClinicCredentials("osuser", null), ClinicCredentials.find(url, Map.of(), home, "osuser"));
        assertEquals(new ClinicCredentials("alice", "pw"),
                ClinicCredentials.find(url, Map.of("PGUSER", "alice", "PGPASSWORD", "pw"), home, "osuser"));
        Files.writeString(home.resolve(".pgpass"), "# comment\nother:5432:*:alice:wrong\ndb:*:exampath:alice:pa\\:ss\n");
        assertEquals(new ClinicCredentials("alice", "pa:ss"), ClinicCredentials.find(url, Map.of("PGUSER", "alice"), home, "x"));
        Path elsewhere = home.resolve("pass");
        Files.writeString(elsewhere, "*:*:*:*:fromfile\n");
        assertEquals("fromfile", ClinicCredentials.find(url, Map.of("PGPASSFILE", elsewhere.toString()), home, "x").password());
        assertNull(ClinicCredentials.find(url, Map.of("PGUSER", "bob"), home, "x").password(), "no line for bob");
    }
}
