package org.exampath.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.exampath.domain.FindingValue;

/**
 * Writes the "Every row as shipped" section of src/site/markdown/knowledge-audit.md from the loaded
 * likelihood-ratio rows, in file order: what the finding must be, the hypothesis, the LR that counts
 * (and the published one when the loader shrank it), the provenance tag, the source, the dependence
 * family and the row's reason, shortened. {@link ShippedRowsTableTest} keeps the document in step.
 */
final class ShippedRowsTable {
    static final String HEADING = "## Every row as shipped";
    private static final int REASON_LENGTH = 160;

    private ShippedRowsTable() {
    }

    static String section(KnowledgeBase kb) {
        StringBuilder out = new StringBuilder();
        out.append(HEADING).append("\n\n");
        out.append("Generated from `assets/knowledge/likelihood-ratios.json` (knowledge ").append(kb.version())
                .append(") by `ShippedRowsTable` in the\n")
                .append("test sources; `ShippedRowsTableTest` fails when this section differs from what the generator\n")
                .append("writes. Regenerate with `mvn -o -q test -Dtest=ShippedRowsTableTest -Dexampath.audit.write=true`.\n")
                .append("LR is the figure that counts (a case-control figure shrunk to its square root shows the published\n")
                .append("one in brackets). Family \"—\" means the row is its own family. A finding value with no row is\n")
                .append("neutral (LR 1). Reasons are cut at about 160 characters; the JSON holds them in full.\n\n");
        out.append("| # | finding = value | hypothesis | LR | tag | source | family | reason |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        int n = 0;
        for (LikelihoodRow row : kb.rows()) {
            n++;
            out.append("| ").append(n)
                    .append(" | ").append(cell(condition(row)))
                    .append(" | ").append(row.hypothesis())
                    .append(" | ").append(lr(row))
                    .append(" | ").append(row.tag())
                    .append(" | ").append(row.source() == null ? "—" : row.source())
                    .append(" | ").append(row.family().equals(row.finding()) ? "—" : row.family())
                    .append(" | ").append(cell(reason(row)))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String lr(LikelihoodRow row) {
        List<String> notes = new ArrayList<>();
        if (row.shrunk()) {
            notes.add(number(row.publishedLr()) + " shrunk");
        }
        if (row.cluster()) {
            notes.add("cluster");
        }
        return number(row.lr()) + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /** The estimate's reason, or the basis of a sourced row, cut at a word near the limit. */
    private static String reason(LikelihoodRow row) {
        String text = row.estimate() != null ? row.estimate() : row.basis();
        if (text == null) {
            return "—";
        }
        if (text.length() <= REASON_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', REASON_LENGTH);
        return text.substring(0, cut > REASON_LENGTH / 2 ? cut : REASON_LENGTH).replaceAll("[,;:.\\s]+$", "") + " …";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String condition(LikelihoodRow row) {
        return describe(row.when());
    }

    private static String describe(Condition c) {
        if (c instanceof Condition.Is is) {
            return is.id() + " = " + raw(is.expected());
        }
        if (c instanceof Condition.In in) {
            return in.id() + " = " + String.join(" or ", new TreeSet<>(in.values()));
        }
        if (c instanceof Condition.Between b) {
            return b.id() + " = " + b.min() + "–" + b.max();
        }
        if (c instanceof Condition.Tested t) {
            return t.id() + " recorded";
        }
        if (c instanceof Condition.Grade g) {
            return g.id() + " grade " + (g.min() == g.max() ? Integer.toString(g.min()) : g.min() + "–" + g.max());
        }
        if (c instanceof Condition.Pain p) {
            return p.id() + " pain = " + String.join(" or ", new TreeSet<>(p.values()));
        }
        if (c instanceof Condition.All all) {
            return join(all.parts(), " and ");
        }
        if (c instanceof Condition.Any any) {
            return "(" + join(any.parts(), " or ") + ")";
        }
        if (c instanceof Condition.Not not) {
            return "not " + describe(not.inner());
        }
        if (c instanceof Condition.CountAtLeast count) {
            return "at least " + count.count() + " of [" + join(count.parts(), ", ") + "]";
        }
        return c.toString();
    }

    private static String join(List<Condition> parts, String separator) {
        List<String> out = new ArrayList<>();
        parts.forEach(p -> out.add(describe(p)));
        return out.stream().collect(Collectors.joining(separator));
    }

    private static String raw(FindingValue value) {
        if (value instanceof FindingValue.Flag f) {
            return Boolean.toString(f.value());
        }
        if (value instanceof FindingValue.Choice ch) {
            return ch.value();
        }
        if (value instanceof FindingValue.Count n) {
            return Integer.toString(n.value());
        }
        return value.display();
    }
}
