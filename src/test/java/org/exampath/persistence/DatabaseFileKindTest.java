package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database path that names a pipe or a device is refused before SQLite writes a page into it. */
class DatabaseFileKindTest {
    @TempDir
    Path dir;

    @Test
    void aPipeADeviceOrALinkToThemIsNoDatabase() throws Exception {
        Path fifo = dir.resolve("pipe.db");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        List<Path> targets = new ArrayList<>(List.of(fifo, Files.createSymbolicLink(dir.resolve("to-pipe.db"), fifo)));
        // a device of our own (never one of the machine's: unfixed code would write a database into it)
        Path device = dir.resolve("null.db");
        if (new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0) {
            targets.add(device);
        }
        for (Path target : targets) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(target).close(), target.toString());
            assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().matches(".*-(wal|shm|journal)")).toList(),
                    "no -wal, -shm or -journal was made beside them");
        }
    }
}
