package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every colour token the stylesheet reads is one it defines in {@code .root}. JavaFX only logs a warning for
 * an unresolved lookup and leaves the property unset, so a misspelt token shows as text in the wrong colour
 * (the encounter list's "action recorded" line on a selected row read a token nobody defined).
 */
class StylesheetTokensTest {
    private static final Pattern DEFINED = Pattern.compile("(-color-[a-z-]+)\\s*:");

    @Test
    void everyTokenReadIsDefinedAtTheRoot() throws IOException {
        String css = stylesheet();
        String root = css.substring(css.indexOf(".root {"), css.indexOf('}', css.indexOf(".root {")));
        Set<String> defined = matches(DEFINED, root);
        assertFalse(defined.isEmpty(), "the root defines the colour tokens");
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("-color-[a-z-]++(?!\\s*:)").matcher(css.replaceAll("/\\*.*?\\*/", ""));
        while (m.find()) {
            used.add(m.group());
        }
        used.removeAll(defined);
        assertEquals(Set.of(), used, "tokens read but never defined in .root");
    }

    private static Set<String> matches(Pattern p, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = StylesheetTokensTest.class.getResourceAsStream("/org/exampath/ui/app.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
