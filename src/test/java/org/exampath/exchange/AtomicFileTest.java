package org.exampath.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer of every file the program makes: whole or not at all, owner-only, never through a link. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private List<Path> left() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("note.pdf"), "old note");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, List.of(), out -> {
            out.write("half a new no".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertArrayEquals("old note".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals(List.of(), left());
    }

    @Test
    void aReplacedFileBecomesOwnerOnly() throws Exception {
        Path file = Files.writeString(dir.resolve("exam.json"), "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        AtomicFile.write(file, List.of(), out -> out.write('x'));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aLinkToAFileIsRefusedAndNeitherTheLinkNorItsFileChange() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        UnsafeTargetException e = assertThrows(UnsafeTargetException.class, () -> AtomicFile.write(link, List.of(), out -> out.write('x')));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("mine", Files.readString(real));
        assertEquals(List.of(), left());
    }

    @Test
    void aFolderThatTakesNoNewFileIsNamedNotTheTemporaryFile() {
        // folders even root cannot add a file to: /proc/self refuses as missing, /sys as permission denied
        for (Path folder : List.of(Path.of("/proc/self"), Path.of("/sys"))) {
            assumeTrue(Files.isDirectory(folder), folder + " is not on this system");
            IOException e = assertThrows(IOException.class, () -> AtomicFile.write(folder.resolve("note.pdf"), List.of(), out -> out.write('x')));
            assertFalse(e.getMessage().contains(AtomicFile.PREFIX), e.getMessage());
            assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains("nothing was written"), e.getMessage());
        }
    }

    @Test
    void aFolderWithoutWritePermissionIsSaidToBeSo() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/sys")), "no /sys on this system");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(Path.of("/sys/note.pdf"), List.of(), out -> out.write('x')));
        assumeTrue(e instanceof java.nio.file.AccessDeniedException || e.getCause() instanceof java.nio.file.AccessDeniedException, "/sys is not permission-denied here: " + e);
        assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
    }

    @Test
    void aPrivateFolderAndEveryFolderMadeForItAreOwnerOnly() throws Exception {
        Path recovery = dir.resolve("data").resolve("exampath").resolve("recovery");
        AtomicFile.privateFolder(recovery);
        for (Path folder : List.of(dir.resolve("data"), dir.resolve("data/exampath"), recovery)) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)), folder.toString());
        }
        Files.setPosixFilePermissions(recovery, PosixFilePermissions.fromString("rwxr-xr-x"));
        AtomicFile.privateFolder(recovery);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(recovery)), "an existing one is tightened");
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws Exception {
        // renaming over a file needs only the folder's permission: its own read-only mode would be passed over unasked
        Path locked = Files.writeString(dir.resolve("signed-note.pdf"), "signed");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r-----"));
        UnsafeTargetException e = assertThrows(UnsafeTargetException.class, () -> AtomicFile.write(locked, List.of(), out -> out.write('x')));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertEquals("signed", Files.readString(locked));
        assertEquals("r--r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(locked)));
        assertEquals(List.of(), left());
    }

    @Test
    void withoutReplaceAFileMadeAtTheTargetMeanwhileIsKeptAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("note.pdf");
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> AtomicFile.write(file, List.of(), false, out -> {
            out.write("mine".getBytes(StandardCharsets.UTF_8));
            Files.writeString(file, "theirs"); // another program saves a file by that name while this one is written
        }));
        assertEquals("theirs", Files.readString(file));
        assertEquals(List.of(), left());
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> AtomicFile.write(file, List.of(), false, out -> out.write(1)), "a file there before is refused at once");
        assertEquals("theirs", Files.readString(file));
    }

    @Test
    void withoutReplaceANewFileIsWrittenWhole() throws Exception {
        Path file = dir.resolve("note.pdf");
        AtomicFile.write(file, List.of(), false, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(), left());
    }

    @Test
    void aFileMovedInPlaceReplacesTheOldOneAndItsFolderIsFlushed() throws Exception {
        Path file = Files.writeString(dir.resolve("exampath.db.bak"), "old");
        Path temp = Files.writeString(dir.resolve("exampath.db.bak.tmp"), "new");
        AtomicFile.moveInPlace(temp, file);
        assertEquals("new", Files.readString(file));
        assertFalse(Files.exists(temp));
    }

    @Test
    void aFolderThatCannotBeFlushedLeavesTheWriteStanding() {
        Path gone = dir.resolve("gone");
        assertDoesNotThrow(() -> AtomicFile.forceFolder(gone));
    }
}
