package org.exampath.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * The knowledge audit's table of every shipped LR row is generated from the JSON, so it cannot drift:
 * this test fails when the section in the document differs from what {@link ShippedRowsTable} writes.
 * With -Dexampath.audit.write=true it rewrites the section instead (and still checks the result).
 */
class ShippedRowsTableTest {
    private static final Path AUDIT = Path.of("src", "site", "markdown", "knowledge-audit.md");

    @Test
    void theAuditsTableOfShippedRowsMatchesTheKnowledge() throws IOException {
        String expected = ShippedRowsTable.section(TestKnowledge.SHIPPED);
        String doc = Files.readString(AUDIT, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("exampath.audit.write")) {
            doc = replaceSection(doc, expected);
            Files.writeString(AUDIT, doc, StandardCharsets.UTF_8);
        }
        assertEquals(expected.strip(), section(doc).strip(), "knowledge-audit.md \"" + ShippedRowsTable.HEADING
                + "\" is out of date; regenerate it with -Dexampath.audit.write=true");
    }

    @Test
    void everyShippedRowHasALineInTheTable() {
        String table = ShippedRowsTable.section(TestKnowledge.SHIPPED);
        long lines = table.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count();
        assertEquals(TestKnowledge.SHIPPED.rows().size(), lines);
        assertTrue(table.contains("| nerve.slr = negative | lumbar_radicular | 0.5 | estimate | vanderwindt2010 | sciatic_tension |"),
                "a row is written as finding = value, hypothesis, LR, tag, source, family");
    }

    /** The section from its heading to the next level-2 heading (or the end of the document). */
    static String section(String doc) {
        int start = doc.indexOf(ShippedRowsTable.HEADING + "\n");
        if (start < 0) {
            return "";
        }
        int next = doc.indexOf("\n## ", start + 1);
        return next < 0 ? doc.substring(start) : doc.substring(start, next + 1);
    }

    private static String replaceSection(String doc, String section) {
        String old = section(doc);
        if (old.isEmpty()) {
            return doc.endsWith("\n\n") ? doc + section : (doc.endsWith("\n") ? doc + "\n" + section : doc + "\n\n" + section);
        }
        int start = doc.indexOf(old);
        String kept = old.stripTrailing();
        return doc.substring(0, start) + section.stripTrailing() + doc.substring(start + kept.length());
    }
}
