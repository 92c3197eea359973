package org.exampath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.exampath.ui.common.TextSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text size chosen under View is kept on this computer and opened at next time; a bad file only loses the memory. */
class TextSizeFileTest {
    @TempDir
    Path dir;

    @Test
    void aChosenSizeIsReadBackAtTheNextStartEvenInAFolderNotYetMade() {
        Path file = dir.resolve("data/ExamPath/text-size");
        for (TextSize size : TextSize.values()) {
            new TextSizeFile(file).keep(size);
            assertEquals(Optional.of(size), new TextSizeFile(file).read(), size.name());
        }
    }

    @Test
    void nothingKeptOrALineNamingNoSizeOpensAtTheUsualSize() throws Exception {
        Path file = dir.resolve("text-size");
        assertTrue(new TextSizeFile(file).read().isEmpty(), "never chosen here");
        Files.writeString(file, "enormous\n", StandardCharsets.UTF_8);
        assertTrue(new TextSizeFile(file).read().isEmpty(), "a line edited by hand to a size that does not exist");
        Files.writeString(file, "  LARGER \n", StandardCharsets.UTF_8);
        assertEquals(Optional.of(TextSize.LARGER), new TextSizeFile(file).read(), "case and spaces do not matter");
    }

    /** Choices made in quick succession are written in order and the last is kept once close returns (review 44). */
    @Test
    void theLastChoiceBeforeClosingIsKept() {
        Path file = dir.resolve("text-size");
        TextSizeFile kept = new TextSizeFile(file);
        for (int i = 0; i < 30; i++) {
            kept.keepLater(TextSize.values()[i % 3]);
        }
        kept.keepLater(TextSize.LARGER);
        kept.close();
        assertEquals(Optional.of(TextSize.LARGER), new TextSizeFile(file).read());
        kept.keepLater(TextSize.LARGEST); // after close: refused in a line, never half-written
        assertEquals(Optional.of(TextSize.LARGER), new TextSizeFile(file).read());
    }
}
