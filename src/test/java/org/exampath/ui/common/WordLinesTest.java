package org.exampath.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The line layout alone, with every character 1 wide (a code point each), so a width is a count of characters. */
class WordLinesTest {
    private static final ToDoubleFunction<String> COUNT = s -> s.codePointCount(0, s.length());
    private static final String WORDS = "Alexandra Konstantinopoulou-Wetherington (MRN 0048213377), second opinion";

    @Test
    void aLabelThatFitsIsOneLineAndNothingIsCut() {
        assertEquals(new WordLines.Laid(List.of("P-0142"), false), WordLines.lay("P-0142", 33, 3, COUNT));
    }

    @Test
    void linesBreakAtSpacesAndEachIsAsFullAsItCanBe() {
        WordLines.Laid laid = WordLines.lay(WORDS, 33, 5, COUNT);
        assertEquals(List.of("Alexandra", "Konstantinopoulou-Wetherington", "(MRN 0048213377), second opinion"), laid.lines());
        assertFalse(laid.cut());
        assertEquals(WORDS, String.join(" ", laid.lines()), "every character is there, in order");
    }

    @Test
    void aWordWiderThanALineBreaksAfterAHyphenNotInsideAPart() {
        WordLines.Laid laid = WordLines.lay("Konstantinopoulou-Wetherington", 20, 3, COUNT);
        assertEquals(List.of("Konstantinopoulou-", "Wetherington"), laid.lines());
        assertFalse(laid.cut());
    }

    @Test
    void anUnbrokenTokenWiderThanALineEndsInAnEllipsisAndTheNextWordStartsANewLine() {
        String token = "ALEXANDRAKONSTANTINOPOULOUWETHERINGTON0048213377SECONDOPINIO";
        WordLines.Laid laid = WordLines.lay(token + " 2nd", 20, 3, COUNT);
        assertEquals(List.of(token.substring(0, 19) + WordLines.ELLIPSIS, "2nd"), laid.lines());
        assertTrue(laid.cut());
    }

    @Test
    void pastTheLinesAllowedTheLastEndsInAnEllipsisAfterAWholeWord() {
        WordLines.Laid laid = WordLines.lay(WORDS, 33, 2, COUNT);
        assertEquals(List.of("Alexandra", "Konstantinopoulou-Wetherington" + WordLines.ELLIPSIS), laid.lines());
        assertTrue(laid.cut());
        WordLines.Laid tight = WordLines.lay("one two three four", 7, 1, COUNT);
        assertEquals(List.of("one" + WordLines.ELLIPSIS), tight.lines(), "a word that would not fit with the ellipsis goes");
    }

    @Test
    void noLineIsWiderThanTheWidthAtAnyWidth() {
        String token = "MRN0048213377-KONSTANTINOPOULOU-WETHERINGTON-ALEXANDRA-2NDOP";
        for (String label : List.of(WORDS, token, WORDS + " " + token)) {
            for (int width = 1; width <= 80; width++) {
                for (String line : WordLines.lay(label, width, 3, COUNT).lines()) {
                    assertTrue(COUNT.applyAsDouble(line) <= width, line + " in " + width);
                }
            }
        }
    }

    @Test
    void aCharacterMadeOfTwoCodeUnitsIsNeverHalved() {
        String faces = "\uD83D\uDE00".repeat(10); // ten emoji, each a surrogate pair
        WordLines.Laid laid = WordLines.lay(faces, 4, 1, COUNT);
        assertEquals(List.of("\uD83D\uDE00".repeat(3) + WordLines.ELLIPSIS), laid.lines());
    }

    @Test
    void aBlankLabelDrawsNothing() {
        assertEquals(new WordLines.Laid(List.of(), false), WordLines.lay("  ", 10, 3, COUNT));
        assertEquals(new WordLines.Laid(List.of(), false), WordLines.lay(null, 10, 3, COUNT));
    }
}
