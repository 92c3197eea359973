package org.exampath.ui.common;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A line of text laid out on lines no wider than a width, broken only where a reader expects it: at a space, or,
 * in a word too wide for a whole line, after one of its hyphens. A word that still does not fit (an identifier
 * typed as one token) is cut at a character and ends in an ellipsis, as is the last line when there are more
 * than the lines allowed; the caller keeps the whole text to offer elsewhere (a tooltip, the accessible text).
 * Pure: the width of a piece of text is asked of {@code measure}, so it is tested without a toolkit.
 */
public final class WordLines {
    public static final String ELLIPSIS = "\u2026";

    /** The lines to draw, and whether anything of the text was left out of them. */
    public record Laid(List<String> lines, boolean cut) {
        public String text() {
            return String.join("\n", lines);
        }
    }

    private final double width;
    private final ToDoubleFunction<String> measure;
    private final List<String> lines = new ArrayList<>();
    private String line = "";
    private boolean cut;

    private WordLines(double width, ToDoubleFunction<String> measure) {
        this.width = width;
        this.measure = measure;
    }

    /** {@code text} on at most {@code maxLines} lines of at most {@code width}, as {@code measure} measures text. */
    public static Laid lay(String text, double width, int maxLines, ToDoubleFunction<String> measure) {
        if (text == null || text.isBlank()) {
            return new Laid(List.of(), false);
        }
        WordLines laying = new WordLines(width, measure);
        for (String word : text.strip().split(" +")) {
            laying.add(word);
        }
        laying.endLine();
        return laying.limit(Math.max(1, maxLines));
    }

    private boolean fits(String s) {
        return measure.applyAsDouble(s) <= width;
    }

    private void add(String word) {
        String joined = line.isEmpty() ? word : line + " " + word;
        if (fits(joined)) {
            line = joined;
            return;
        }
        endLine();
        if (fits(word)) {
            line = word;
            return;
        }
        // too wide for a line of its own: break after its hyphens, and cut a piece that is still too wide
        for (String piece : word.split("(?<=-)(?=.)")) {
            if (fits(line + piece)) {
                line = line + piece;
            } else {
                endLine();
                if (fits(piece)) {
                    line = piece;
                } else {
                    lines.add(shortened(piece));
                    cut = true;
                    return;
                }
            }
        }
    }

    private void endLine() {
        if (!line.isEmpty()) {
            lines.add(line);
            line = "";
        }
    }

    private Laid limit(int maxLines) {
        if (lines.size() <= maxLines) {
            return new Laid(List.copyOf(lines), cut);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        String stem = last.endsWith(ELLIPSIS) ? last.substring(0, last.length() - ELLIPSIS.length()) : last;
        kept.set(maxLines - 1, endedAtAWord(stem));
        return new Laid(List.copyOf(kept), true);
    }

    /** {@code stem} and an ellipsis, giving up its last words (or, with one word left, characters) until it fits. */
    private String endedAtAWord(String stem) {
        String s = stem;
        while (!fits(s + ELLIPSIS)) {
            int space = s.lastIndexOf(' ');
            if (space <= 0) {
                return shortened(s);
            }
            s = s.substring(0, space);
        }
        return s + ELLIPSIS;
    }

    /** The longest start of {@code s} that fits with an ellipsis after it, cut between characters as a reader sees them. */
    private String shortened(String s) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(s);
        String best = ELLIPSIS;
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            String candidate = s.substring(0, end) + ELLIPSIS;
            if (!fits(candidate)) {
                break;
            }
            best = candidate;
        }
        return best;
    }
}
