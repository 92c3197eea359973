package org.exampath.report;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * What one embedded font can print faithfully. A character (a whole grapheme: a letter with its marks, an emoji
 * with its modifiers) the font has no glyph for, any control character, and any character that PDFBox would
 * print wrongly becomes one visible replacement mark, so a label in any script prints instead of stopping the
 * note and nothing prints garbled. PDFBox lays glyphs out one by one, left to right, without shaping, so a
 * right-to-left script (Arabic, Hebrew, Syriac, Thaana, NKo) would read backwards in unjoined letters, and a
 * script whose letters combine (Devanagari and the other Indic scripts, Thai, Khmer, Tibetan, Myanmar …) would
 * lose its conjuncts and vowel positions: {@link Scripts} names them. The stored text is never changed; only what
 * goes on paper. No system fonts are used: the note prints the same everywhere.
 */
final class Glyphs {
    static final String MARK = "\uFFFD";

    private final PDFont font;
    private final Map<Integer, Boolean> known = new HashMap<>();
    private final String mark;

    Glyphs(PDFont font) {
        this.font = font;
        this.mark = has(MARK.codePointAt(0)) ? MARK : "?";
    }

    /** The text with every grapheme the font cannot show replaced by the mark. */
    String printable(String text) {
        if (text.codePoints().allMatch(this::has)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            String grapheme = text.substring(start, end);
            out.append(grapheme.codePoints().allMatch(this::has) ? grapheme : mark);
        }
        return out.toString();
    }

    /** Whether the text prints as it is. */
    boolean fits(String text) {
        return text.codePoints().allMatch(this::has);
    }

    /** The code points of the graphemes {@link #printable} replaces, in order ("U+738B U+82B3"); empty when none. */
    String hidden(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            String grapheme = text.substring(start, end);
            if (!grapheme.codePoints().allMatch(this::has)) {
                grapheme.codePoints().mapToObj(cp -> String.format(Locale.ROOT, "U+%04X", cp)).forEach(out::add);
            }
        }
        return String.join(" ", out);
    }

    private boolean has(int codePoint) {
        if (Character.isISOControl(codePoint) || !Scripts.printsInOrder(codePoint)) {
            return false;
        }
        return known.computeIfAbsent(codePoint, cp -> {
            try {
                return font.encode(new String(Character.toChars(cp))).length > 0;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
