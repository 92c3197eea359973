package org.exampath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder made to remember the last database is as private as the database made in it later. */
class LastStoreFolderTest {
    @TempDir
    Path dir;

    @Test
    void theFolderMadeForTheLastDatabaseIsOwnerOnly() throws Exception {
        Path data = dir.resolve("share").resolve("exampath");
        new LastStore(data.resolve("last-database")).keep("/home/anna/clinic.db");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("share"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("last-database"))));
    }
}
