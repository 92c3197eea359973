package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import against a clinic's PostgreSQL server, run as its own process with the clinician's libpq environment. */
class ClinicImportTest {
    @TempDir
    Path dir;

    @Test
    void importingTheSameExamTwiceIntoAClinicStoresItOnce() throws Exception {
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String role = server.newLogin("importer");
            new ClinicMembers(server.asAdmin()).add(role, ClinicMembers.Kind.CLINICIAN, "Clinic " + role);
            Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
            String script = "$JAVA import " + exam.getFileName() + " --db '" + server.address() + "'";
            CommandRun first = ChildJvm.shell(dir, server.env(role), script);
            assertEquals(0, first.code(), first.err());
            assertTrue(first.out().matches("\\d+\n"), first.out());
            CommandRun again = ChildJvm.shell(dir, server.env(role), script);
            assertEquals(0, again.code(), again.err());
            assertEquals(first.out(), again.out(), "the encounter made the first time");
            String id = first.out().strip();
            // (the test class path brings SLF4J's start-up note to stderr; the last line is the command's own)
            assertEquals("already imported: 1 of 1 (encounter " + id + "): the same exam for the same label, not stored again",
                    again.err().lines().reduce((earlier, last) -> last).orElse(""), again.err());
            CommandRun list = ChildJvm.shell(dir, server.env(role), "$JAVA list --db '" + server.address() + "'");
            assertEquals(1, list.out().split("\n").length, list.out() + list.err());
        }
    }
}
