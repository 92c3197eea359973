package org.exampath.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads citations.json and findings.json: the sources every number names, and the finding catalogue. */
final class CatalogueReader {
    private static final Set<String> CITATION_KEYS = Set.of("id", "text", "tag");
    private static final Set<String> FINDING_KEYS = Set.of("id", "label", "step", "group", "kind", "values", "min",
            "max", "probes", "howTo", "pseudo", "alternatives", "onlyForSex", "reask", "of");

    private final Map<String, Citation> citations = new LinkedHashMap<>();
    private final Map<String, FindingDefinition> findings = new LinkedHashMap<>();

    Map<String, Citation> citations() {
        return citations;
    }

    Map<String, FindingDefinition> findings() {
        return findings;
    }

    void readCitations(Entry root) {
        root.keys(Set.of("citations", "note"));
        for (Entry e : root.objects("citations", "citation")) {
            e.keys(CITATION_KEYS);
            String id = e.text("id");
            Tag tag = e.choice("tag", Tag.class, "tag");
            if (citations.put(id, new Citation(id, e.text("text"), tag.key())) != null) {
                throw e.fail("defined twice");
            }
        }
    }

    /** A source id must name a citation. */
    void checkSource(Entry e, String id, String what) {
        if (id == null) {
            throw e.fail((what.isEmpty() ? "" : what + " ") + "has no source");
        }
        if (!citations.containsKey(id)) {
            throw e.fail((what.isEmpty() ? "" : what + " ") + "unknown source \"" + id + "\"");
        }
    }

    /** The non-empty, known sources of a rule. */
    List<String> sources(Entry e) {
        List<String> sources = e.strings("sources");
        if (sources.isEmpty()) {
            throw e.fail("has no source");
        }
        sources.forEach(s -> checkSource(e, s, ""));
        return sources;
    }

    void readFindings(Entry root) {
        root.keys(Set.of("findings", "note"));
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Entry e : root.objects("findings", "finding")) {
            e.keys(FINDING_KEYS);
            FindingDefinition definition = finding(e);
            if (findings.put(definition.id(), definition) != null) {
                throw e.fail("defined twice");
            }
            entries.put(definition.id(), e);
        }
        for (FindingDefinition definition : findings.values()) {
            Entry e = entries.get(definition.id());
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String other : definition.alternatives()) {
                if (other.equals(definition.id()) || !findings.containsKey(other)) {
                    throw e.fail("alternative \"" + other + "\" is not another finding of the catalogue");
                }
                if (findings.get(other).pseudo() || definition.pseudo()) {
                    throw e.fail("alternative \"" + other + "\": age, sex and side are not recorded findings and have no alternatives");
                }
                if (!seen.add(other)) {
                    throw e.fail("alternative \"" + other + "\" is listed twice");
                }
            }
            String parent = definition.of();
            if (parent != null && (parent.equals(definition.id()) || !findings.containsKey(parent) || findings.get(parent).pseudo()
                    || findings.get(parent).of() != null)) {
                throw e.fail("\"of\" names \"" + parent + "\", which is not another recorded test of the catalogue standing on its own");
            }
        }
    }

    private static FindingDefinition finding(Entry e) {
        String id = e.text("id");
        FindingKind kind = kind(e);
        Step step = e.choice("step", Step.class, "step");
        Group group = e.choice("group", Group.class, "group");
        if (group.step() != step) {
            throw e.fail("group \"" + group.key() + "\" belongs to step \"" + group.step().key() + "\", not \""
                    + step.key() + "\"");
        }
        List<String> values = e.strings("values");
        if (kind == FindingKind.CHOICE && values.isEmpty()) {
            throw e.fail("a choice needs values");
        }
        if (kind != FindingKind.CHOICE && !values.isEmpty()) {
            throw e.fail("only a choice has values");
        }
        int min = e.has("min") ? e.integer("min") : 0;
        int max = e.has("max") ? e.integer("max") : 0;
        if (kind == FindingKind.INTEGER && min >= max) {
            throw e.fail("min must be below max");
        }
        List<Integer> probes = new ArrayList<>();
        if (e.has("probes")) {
            e.array("probes").forEach(p -> {
                if (!p.isIntegralNumber()) {
                    throw e.fail("\"probes\" must list whole numbers");
                }
                probes.add(p.asInt());
            });
        }
        String onlyForSex = e.optionalText("onlyForSex");
        if (onlyForSex != null && !onlyForSex.equals("female") && !onlyForSex.equals("male")) {
            throw e.fail("\"onlyForSex\" must be \"female\" or \"male\", was \"" + onlyForSex + "\"");
        }
        return new FindingDefinition(id, e.text("label"), step.key(), group.key(), kind, min, max, values, probes,
                e.optionalText("howTo"), e.flag("pseudo"), e.strings("alternatives"), onlyForSex, e.flag("reask"),
                e.optionalText("of"));
    }

    private static FindingKind kind(Entry e) {
        String kind = e.text("kind");
        for (FindingKind k : FindingKind.values()) {
            if (k.name().toLowerCase(java.util.Locale.ROOT).equals(kind)) {
                return k;
            }
        }
        throw e.fail("unknown kind \"" + kind + "\"");
    }
}
