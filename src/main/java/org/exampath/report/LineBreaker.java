package org.exampath.report;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Splits printable text into lines no wider than a width: at spaces where it can, and inside a word
 * (between graphemes) when one word alone is too wide, so nothing runs off the page.
 */
final class LineBreaker {
    private final PDFont font;
    private final float size;

    LineBreaker(PDFont font, float size) {
        this.font = font;
        this.size = size;
    }

    float width(String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate) <= width) {
                current = candidate;
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current);
            }
            current = word;
            while (width(current) > width) {
                int cut = fitting(current, width);
                lines.add(current.substring(0, cut));
                current = current.substring(cut);
            }
        }
        lines.add(current);
        return lines;
    }

    /** The text cut to the width, with an ellipsis when anything was dropped. */
    String clip(String text, float width) throws IOException {
        if (width(text) <= width) {
            return text;
        }
        return text.substring(0, fitting(text, width - width("…"))) + "…";
    }

    /** How many chars of the text fit in the width, at a grapheme boundary and at least one grapheme. */
    private int fitting(String text, float width) throws IOException {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int fits = graphemes.next();
        for (int end = graphemes.next(); end != BreakIterator.DONE && width(text.substring(0, end)) <= width; end = graphemes.next()) {
            fits = end;
        }
        return fits;
    }
}
