package org.exampath.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads likelihood-ratios.json: per finding, rows of hypothesis, LR, source and provenance. A
 * case-control LR is shrunk to its square root; a memory or estimate figure must say why.
 */
final class LikelihoodReader {
    private static final Set<String> ROW_KEYS = Set.of("hypothesis", "lr", "source", "tag", "design", "estimate",
            "basis", "family", "cluster", "supersedes", "value", "values", "range", "pain", "when", "note");
    private static final List<String> CONDITION_KEYS = List.of("value", "values", "range", "pain", "when");

    private final CatalogueReader catalogue;
    private final ConditionParser conditions;
    private final Set<String> hypotheses = new TreeSet<>();
    private final Map<String, String> familyOf = new LinkedHashMap<>();
    /** Families named on rows but not declared in families.json: where each was first named, and how often. */
    private final Map<String, String> rowFamilyWhere = new LinkedHashMap<>();
    private final Map<String, Integer> rowFamilyCount = new LinkedHashMap<>();

    LikelihoodReader(CatalogueReader catalogue, List<Hypothesis> hypotheses, Map<String, Family> families, String file) {
        this.catalogue = catalogue;
        this.conditions = new ConditionParser(catalogue.findings(), ConditionParser.Scope.EXAM, file);
        hypotheses.forEach(h -> this.hypotheses.add(h.id()));
        families.values().forEach(f -> f.findings().forEach(id -> familyOf.put(id, f.id())));
    }

    List<LikelihoodRow> read(Entry root) {
        root.keys(Set.of("groups", "note"));
        List<LikelihoodRow> out = new ArrayList<>();
        int group = 0;
        for (JsonNode node : root.array("groups")) {
            group++;
            Entry g = new Entry(root.file(), "group " + group, node).keys(Set.of("finding", "rows", "note"));
            String finding = g.text("finding");
            conditions.require(finding, g.where());
            int index = 0;
            for (JsonNode row : g.array("rows")) {
                index++;
                out.add(row(new Entry(root.file(), "group " + group + " (" + finding + ") row " + index, row), finding));
            }
        }
        // a family named on one row only, and declared nowhere, joins nothing: most likely a misspelt id
        rowFamilyCount.forEach((family, count) -> {
            if (count < 2) {
                throw Entry.failAt(root.file(), rowFamilyWhere.get(family) + ": family \"" + family
                        + "\" is named on no other row and not declared in families.json");
            }
        });
        return out;
    }

    private LikelihoodRow row(Entry e, String finding) {
        e.keys(ROW_KEYS);
        String hypothesis = e.text("hypothesis");
        if (!hypotheses.contains(hypothesis)) {
            throw e.fail("unknown hypothesis \"" + hypothesis + "\"");
        }
        double published = e.number("lr");
        if (published <= 0) {
            throw e.fail("lr must be greater than 0, was " + published);
        }
        String source = e.optionalText("source");
        catalogue.checkSource(e, source, "");
        if (!e.has("tag")) {
            throw e.fail("needs a provenance tag (" + Keyed.keys(Tag.class) + ")");
        }
        Tag tag = e.choice("tag", Tag.class, "tag");
        String estimate = e.optionalText("estimate");
        if (tag.needsReason() && estimate == null) {
            throw e.fail("an estimate must say why (\"estimate\": \"...\")");
        }
        Design design = e.optionalChoice("design", Design.class, "design");
        double lr = design != null && design.shrunk() ? Math.sqrt(published) : published;
        Condition when = condition(e, finding);
        Set<String> references = new TreeSet<>();
        when.references(references);
        List<String> supersedes = e.strings("supersedes");
        supersedes.forEach(id -> conditions.require(id, e.where() + " supersedes"));
        String family = e.optionalText("family");
        if (family == null) {
            family = familyOf.getOrDefault(finding, finding);
        } else if (!familyOf.containsValue(family)) {
            rowFamilyWhere.putIfAbsent(family, e.where());
            rowFamilyCount.merge(family, 1, Integer::sum);
        }
        return new LikelihoodRow(hypothesis, finding, when, outcome(e), lr, published, source, tag.key(),
                design == null ? null : design.key(), estimate, e.optionalText("basis"), family, e.flag("cluster"),
                supersedes, references);
    }

    /** A row's condition: "when", or one shorthand on the row's own finding; exactly one of them. */
    private Condition condition(Entry e, String finding) {
        List<String> given = CONDITION_KEYS.stream().filter(e::has).toList();
        if (given.size() != 1) {
            throw e.fail("needs exactly one condition (value, values, range, pain or when), had " + given.size());
        }
        JsonNode arg = e.node().get(given.get(0));
        FindingDefinition definition = catalogue.findings().get(finding);
        return switch (given.get(0)) {
            case "when" -> conditions.read(arg, e.where());
            case "value" -> new Condition.Is(finding, conditions.value(definition, arg, e.where()));
            case "values" -> conditions.choices(definition, arg, e.where());
            case "range" -> {
                if (!arg.isArray() || arg.size() != 2 || !arg.get(0).isIntegralNumber() || !arg.get(1).isIntegralNumber()) {
                    throw e.fail("\"range\" must be [lowest, highest] whole numbers");
                }
                yield conditions.between(definition, arg.get(0).asInt(), arg.get(1).asInt(), e.where());
            }
            default -> conditions.pain(definition, arg, e.where());
        };
    }

    private static String outcome(Entry e) {
        JsonNode row = e.node();
        if (row.has("when")) {
            return "combination";
        }
        if (row.has("value")) {
            return row.get("value").asText();
        }
        if (row.has("range")) {
            return row.get("range").get(0).asInt() + ".." + row.get("range").get(1).asInt();
        }
        List<String> parts = new ArrayList<>();
        row.path(row.has("values") ? "values" : "pain").forEach(v -> parts.add(v.asText()));
        return (row.has("pain") ? "pain: " : "") + String.join(", ", parts);
    }
}
