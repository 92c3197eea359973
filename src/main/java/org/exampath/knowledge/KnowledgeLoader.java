package org.exampath.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.domain.FindingValue;

/**
 * Reads {@code knowledge/*.json} and refuses, with a message naming file, entry and fault, anything
 * the engine could not trust: unknown ids, LR &le; 0, priors outside (0, 1), numbers without a source
 * or without a reason for being an estimate.
 */
public final class KnowledgeLoader {
    private static final Set<String> TAGS = Set.of("V-P", "V-S", "C", "M", "estimate");
    private static final Set<String> URGENCIES = Set.of("emergency", "urgent", "soon");
    private static final Set<String> RECOMMENDATIONS = Set.of("not_indicated", "if_no_progress", "urgent");

    /** Where the files come from: the jar's resources, or a folder in tests. */
    @FunctionalInterface
    public interface Source {
        InputStream open(String name) throws IOException;
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final Source source;
    private final Map<String, Citation> citations = new LinkedHashMap<>();
    private final Map<String, FindingDefinition> findings = new LinkedHashMap<>();
    private ConditionReader conditions;
    private String file;

    private KnowledgeLoader(Source source) {
        this.source = source;
    }

    public static KnowledgeBase fromClasspath() {
        return new KnowledgeLoader(name -> KnowledgeLoader.class.getResourceAsStream("/knowledge/" + name)).load();
    }

    public static KnowledgeBase fromDirectory(Path directory) {
        return new KnowledgeLoader(name -> Files.newInputStream(directory.resolve(name))).load();
    }

    public static KnowledgeBase from(Source source) {
        return new KnowledgeLoader(source).load();
    }

    private KnowledgeBase load() {
        JsonNode manifest = read("manifest.json");
        String version = text(manifest, "version", "manifest");
        readCitations(read("citations.json"));
        readFindings(read("findings.json"));
        conditions = new ConditionReader();
        Map<String, Driver> drivers = new LinkedHashMap<>();
        List<Hypothesis> hypotheses = readHypotheses(read("hypotheses.json"), drivers);
        Policy policy = readPolicy(read("policy.json"));
        Map<String, Family> families = readFamilies(read("families.json"));
        List<LikelihoodRow> rows = readRows(read("likelihood-ratios.json"), hypotheses, families);
        List<RedFlagRule> redFlags = readRedFlags(read("red-flags.json"));
        List<InconsistencyRule> inconsistencies = readInconsistencies(read("inconsistencies.json"));
        List<ImagingRule> imaging = readImaging(read("imaging.json"));
        List<ProgressionRule> progression = readProgression(read("follow-up.json"));
        return new KnowledgeBase(version, findings, hypotheses, drivers, rows, families, redFlags,
                inconsistencies, imaging, citations, policy, progression);
    }

    private JsonNode read(String name) {
        file = name;
        try (InputStream in = source.open(name)) {
            if (in == null) {
                throw fail("file is missing");
            }
            JsonNode node = mapper.readTree(in);
            if (node == null || !node.isObject()) {
                throw fail("expected a JSON object");
            }
            return node;
        } catch (NoSuchFileException e) {
            throw fail("file is missing");
        } catch (JsonProcessingException e) {
            throw fail("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private KnowledgeException fail(String message) {
        return new KnowledgeException("knowledge/" + file + ": " + message);
    }

    private String text(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw fail(where + ": \"" + key + "\" must be a non-empty string");
        }
        return value.asText();
    }

    private String optionalText(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private Iterable<JsonNode> array(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isArray()) {
            throw fail(where + ": \"" + key + "\" must be an array");
        }
        return value;
    }

    private List<String> strings(JsonNode node, String key, String where) {
        List<String> out = new ArrayList<>();
        if (node.get(key) == null) {
            return out;
        }
        for (JsonNode item : array(node, key, where)) {
            out.add(item.asText());
        }
        return out;
    }

    private void readCitations(JsonNode root) {
        for (JsonNode node : array(root, "citations", "top level")) {
            String id = text(node, "id", "citation");
            String where = "citation " + id;
            String tag = text(node, "tag", where);
            if (!TAGS.contains(tag)) {
                throw fail(where + ": unknown tag \"" + tag + "\"");
            }
            if (citations.put(id, new Citation(id, text(node, "text", where), tag)) != null) {
                throw fail(where + ": defined twice");
            }
        }
    }

    private void checkSource(String id, String where) {
        if (id == null) {
            throw fail(where + ": has no source");
        }
        if (!citations.containsKey(id)) {
            throw fail(where + ": unknown source \"" + id + "\"");
        }
    }

    private void readFindings(JsonNode root) {
        for (JsonNode node : array(root, "findings", "top level")) {
            String id = text(node, "id", "finding");
            String where = "finding " + id;
            FindingKind kind;
            try {
                kind = FindingKind.valueOf(text(node, "kind", where).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail(where + ": unknown kind \"" + node.get("kind").asText() + "\"");
            }
            List<String> values = strings(node, "values", where);
            if (kind == FindingKind.CHOICE && values.isEmpty()) {
                throw fail(where + ": a choice needs values");
            }
            int min = node.path("min").asInt(0);
            int max = node.path("max").asInt(0);
            if (kind == FindingKind.INTEGER && min >= max) {
                throw fail(where + ": min must be below max");
            }
            List<Integer> probes = new ArrayList<>();
            node.path("probes").forEach(p -> probes.add(p.asInt()));
            FindingDefinition definition = new FindingDefinition(id, text(node, "label", where), text(node, "step", where),
                    text(node, "group", where), kind, min, max, values, probes, optionalText(node, "howTo"),
                    node.path("pseudo").asBoolean(false));
            if (findings.put(id, definition) != null) {
                throw fail(where + ": defined twice");
            }
        }
    }

    private List<Hypothesis> readHypotheses(JsonNode root, Map<String, Driver> drivers) {
        for (JsonNode node : array(root, "drivers", "top level")) {
            String id = text(node, "id", "driver");
            drivers.put(id, new Driver(id, text(node, "label", "driver " + id), text(node, "management", "driver " + id),
                    text(node, "signs", "driver " + id)));
        }
        List<Hypothesis> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (JsonNode node : array(root, "hypotheses", "top level")) {
            String id = text(node, "id", "hypothesis");
            String where = "hypothesis " + id;
            if (!seen.add(id)) {
                throw fail(where + ": defined twice");
            }
            String driver = text(node, "driver", where);
            if (!drivers.containsKey(driver) || Driver.UNCLEAR.equals(driver)) {
                throw fail(where + ": unknown driver \"" + driver + "\"");
            }
            double prior = number(node, "prior", where);
            if (!(prior > 0 && prior < 1)) {
                throw fail(where + ": prior must lie strictly between 0 and 1, was " + prior);
            }
            String priorSource = optionalText(node, "priorSource");
            checkSource(priorSource, where + " prior");
            out.add(new Hypothesis(id, text(node, "label", where), driver, prior, priorSource,
                    text(node, "priorEstimate", where), optionalText(node, "management")));
        }
        return out;
    }

    private double number(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isNumber()) {
            throw fail(where + ": \"" + key + "\" must be a number");
        }
        double number = value.asDouble();
        if (!Double.isFinite(number)) {
            throw fail(where + ": \"" + key + "\" must be finite");
        }
        return number;
    }

    private Policy readPolicy(JsonNode root) {
        Policy policy = new Policy(number(root, "familyCap", "policy"), number(root, "familyFloor", "policy"),
                number(root, "totalCap", "policy"), number(root, "totalFloor", "policy"),
                optionalText(root, "source"), text(root, "estimate", "policy"));
        checkSource(policy.source(), "policy");
        if (!(policy.familyFloor() > 0 && policy.familyFloor() < 1 && policy.familyCap() > 1
                && policy.totalFloor() > 0 && policy.totalFloor() < 1 && policy.totalCap() > 1)) {
            throw fail("policy: caps must be above 1 and floors between 0 and 1");
        }
        return policy;
    }

    private Map<String, Family> readFamilies(JsonNode root) {
        checkSource(optionalText(root, "source"), "families");
        Map<String, Family> out = new LinkedHashMap<>();
        Set<String> claimed = new TreeSet<>();
        for (JsonNode node : array(root, "families", "top level")) {
            String id = text(node, "id", "family");
            List<String> members = strings(node, "findings", "family " + id);
            for (String member : members) {
                requireFinding(member, "family " + id);
                if (!claimed.add(member)) {
                    throw fail("family " + id + ": " + member + " already belongs to another family");
                }
            }
            out.put(id, new Family(id, text(node, "label", "family " + id), members));
        }
        return out;
    }

    private FindingDefinition requireFinding(String id, String where) {
        FindingDefinition definition = findings.get(id);
        if (definition == null) {
            throw fail(where + ": unknown finding \"" + id + "\"");
        }
        return definition;
    }

    private List<LikelihoodRow> readRows(JsonNode root, List<Hypothesis> hypotheses, Map<String, Family> families) {
        Set<String> hypothesisIds = new TreeSet<>();
        hypotheses.forEach(h -> hypothesisIds.add(h.id()));
        Map<String, String> familyOf = new LinkedHashMap<>();
        families.values().forEach(f -> f.findings().forEach(id -> familyOf.put(id, f.id())));
        List<LikelihoodRow> out = new ArrayList<>();
        int group = 0;
        for (JsonNode node : array(root, "groups", "top level")) {
            group++;
            String finding = text(node, "finding", "group " + group);
            requireFinding(finding, "group " + group);
            int index = 0;
            for (JsonNode row : array(node, "rows", "group " + group + " (" + finding + ")")) {
                index++;
                String where = "group " + group + " (" + finding + ") row " + index;
                out.add(readRow(row, finding, where, hypothesisIds, familyOf));
            }
        }
        return out;
    }

    private LikelihoodRow readRow(JsonNode row, String finding, String where, Set<String> hypothesisIds,
                                  Map<String, String> familyOf) {
        String hypothesis = text(row, "hypothesis", where);
        if (!hypothesisIds.contains(hypothesis)) {
            throw fail(where + ": unknown hypothesis \"" + hypothesis + "\"");
        }
        double published = number(row, "lr", where);
        if (published <= 0) {
            throw fail(where + ": lr must be greater than 0, was " + published);
        }
        String source = optionalText(row, "source");
        checkSource(source, where);
        String tag = optionalText(row, "tag");
        String estimate = optionalText(row, "estimate");
        if (tag == null || !TAGS.contains(tag)) {
            throw fail(where + ": needs a provenance tag (V-P, V-S, C, M or estimate)");
        }
        if (("estimate".equals(tag) || "M".equals(tag)) && (estimate == null || estimate.isBlank())) {
            throw fail(where + ": an estimate must say why (\"estimate\": \"...\")");
        }
        String design = optionalText(row, "design");
        double lr = "case_control".equals(design) ? Math.sqrt(published) : published;
        Condition when = rowCondition(row, finding, where);
        String outcome = outcome(row);
        Set<String> references = new TreeSet<>();
        when.references(references);
        List<String> supersedes = strings(row, "supersedes", where);
        supersedes.forEach(id -> requireFinding(id, where + " supersedes"));
        String family = optionalText(row, "family");
        if (family == null) {
            family = familyOf.getOrDefault(finding, finding);
        }
        return new LikelihoodRow(hypothesis, finding, when, outcome, lr, published, source, tag, design, estimate,
                optionalText(row, "basis"), family, row.path("cluster").asBoolean(false), supersedes, references);
    }

    private static String outcome(JsonNode row) {
        if (row.has("when")) {
            return "combination";
        }
        if (row.has("value")) {
            return row.get("value").asText();
        }
        if (row.has("range")) {
            return row.get("range").path(0).asInt() + ".." + row.get("range").path(1).asInt();
        }
        List<String> parts = new ArrayList<>();
        row.path(row.has("values") ? "values" : "pain").forEach(v -> parts.add(v.asText()));
        return (row.has("pain") ? "pain: " : "") + String.join(", ", parts);
    }

    /** A row's condition: "when", or one shorthand on the row's own finding. */
    private Condition rowCondition(JsonNode row, String finding, String where) {
        if (row.has("when")) {
            return conditions.read(row.get("when"), where);
        }
        FindingDefinition definition = findings.get(finding);
        if (row.has("value")) {
            return new Condition.Is(finding, conditions.value(definition, row.get("value"), where));
        }
        if (row.has("values")) {
            return conditions.choices(definition, row.get("values"), where);
        }
        if (row.has("range")) {
            JsonNode range = row.get("range");
            return conditions.between(definition, range.path(0).asInt(), range.path(1).asInt(), where);
        }
        if (row.has("pain")) {
            return conditions.pain(definition, row.get("pain"), where);
        }
        throw fail(where + ": needs a condition (value, values, range, pain or when)");
    }

    private List<RedFlagRule> readRedFlags(JsonNode root) {
        List<RedFlagRule> out = new ArrayList<>();
        for (JsonNode node : array(root, "redFlags", "top level")) {
            String id = text(node, "id", "red flag");
            String where = "red flag " + id;
            String urgency = text(node, "urgency", where);
            if (!URGENCIES.contains(urgency)) {
                throw fail(where + ": unknown urgency \"" + urgency + "\"");
            }
            List<String> sources = sources(node, where);
            out.add(new RedFlagRule(id, text(node, "label", where), urgency, conditions.read(node.get("when"), where),
                    text(node, "action", where), sources));
        }
        return out;
    }

    private List<String> sources(JsonNode node, String where) {
        List<String> sources = strings(node, "sources", where);
        if (sources.isEmpty()) {
            throw fail(where + ": has no source");
        }
        sources.forEach(s -> checkSource(s, where));
        return sources;
    }

    private List<InconsistencyRule> readInconsistencies(JsonNode root) {
        List<InconsistencyRule> out = new ArrayList<>();
        for (JsonNode node : array(root, "inconsistencies", "top level")) {
            String id = text(node, "id", "inconsistency");
            String where = "inconsistency " + id;
            out.add(new InconsistencyRule(id, text(node, "label", where), conditions.read(node.get("when"), where),
                    text(node, "message", where), text(node, "suggestion", where), sources(node, where),
                    strings(node, "setAside", where)));
        }
        return out;
    }

    private List<ImagingRule> readImaging(JsonNode root) {
        List<ImagingRule> out = new ArrayList<>();
        int index = 0;
        for (JsonNode node : array(root, "rules", "top level")) {
            String where = "imaging rule " + (++index);
            String recommendation = text(node, "recommendation", where);
            if (!RECOMMENDATIONS.contains(recommendation)) {
                throw fail(where + ": unknown recommendation \"" + recommendation + "\"");
            }
            out.add(new ImagingRule(recommendation, conditions.read(node.get("when"), where),
                    text(node, "reason", where), sources(node, where)));
        }
        if (out.isEmpty() || !(out.get(out.size() - 1).when() instanceof Condition.Always)) {
            throw fail("the last imaging rule must hold always, so every exam gets a decision");
        }
        return out;
    }

    private List<ProgressionRule> readProgression(JsonNode root) {
        sources(root, "follow-up rules");
        List<ProgressionRule> out = new ArrayList<>();
        for (JsonNode node : array(root, "rules", "top level")) {
            String flag = text(node, "flag", "follow-up rule");
            FindingDefinition d = requireFinding(flag, "follow-up rule");
            if (!d.step().equals("redflag") || d.kind() != FindingKind.BOOLEAN) {
                throw fail("follow-up rule: " + flag + " must be a yes/no red-flag question");
            }
            List<String> members = strings(node, "findings", "follow-up rule " + flag);
            members.forEach(id -> requireFinding(id, "follow-up rule " + flag));
            out.add(new ProgressionRule(flag, members));
        }
        return out;
    }

    /** Parses the condition vocabulary, checking every id and value against the catalogue. */
    private final class ConditionReader {

        Condition read(JsonNode node, String where) {
            if (node == null || !node.isObject() || node.size() != 1) {
                throw fail(where + ": a condition is an object with exactly one key");
            }
            Map.Entry<String, JsonNode> entry = node.fields().next();
            JsonNode arg = entry.getValue();
            switch (entry.getKey()) {
                case "is":
                    return new Condition.Is(arg.path(0).asText(), value(definition(arg.path(0), where), arg.path(1), where));
                case "in":
                    return choices(definition(arg.path(0), where), arg.path(1), where);
                case "atLeast":
                    return between(definition(arg.path(0), where), arg.path(1).asInt(), Integer.MAX_VALUE, where);
                case "atMost":
                    return between(definition(arg.path(0), where), Integer.MIN_VALUE, arg.path(1).asInt(), where);
                case "tested":
                    return new Condition.Tested(definition(arg, where).id());
                case "grade": {
                    FindingDefinition d = kind(definition(arg.path(0), where), FindingKind.STRENGTH, where);
                    return new Condition.Grade(d.id(), arg.path(1).asInt(), arg.path(2).asInt());
                }
                case "pain":
                    return pain(definition(arg.path(0), where), arg.path(1), where);
                case "all":
                    return new Condition.All(list(arg, where));
                case "any":
                    return new Condition.Any(list(arg, where));
                case "not":
                    return new Condition.Not(read(arg, where));
                case "countAtLeast":
                    return new Condition.CountAtLeast(arg.path(0).asInt(), list(arg.path(1), where));
                case "flagRaised": {
                    Set<String> urgencies = new TreeSet<>();
                    arg.forEach(u -> urgencies.add(u.asText()));
                    if (!URGENCIES.containsAll(urgencies) || urgencies.isEmpty()) {
                        throw fail(where + ": flagRaised takes urgencies " + URGENCIES);
                    }
                    return new Condition.FlagRaised(urgencies);
                }
                case "leadingBelow":
                    return new Condition.LeadingBelow(arg.asDouble());
                case "testedAtLeast":
                    return new Condition.PhysicalTestsAtLeast(arg.asInt());
                case "always":
                    return new Condition.Always();
                default:
                    throw fail(where + ": unknown condition \"" + entry.getKey() + "\"");
            }
        }

        private List<Condition> list(JsonNode node, String where) {
            if (!node.isArray() || node.isEmpty()) {
                throw fail(where + ": expected a non-empty list of conditions");
            }
            List<Condition> out = new ArrayList<>();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                out.add(read(it.next(), where));
            }
            return out;
        }

        private FindingDefinition definition(JsonNode idNode, String where) {
            return requireFinding(idNode.asText(), where);
        }

        private FindingDefinition kind(FindingDefinition d, FindingKind kind, String where) {
            if (d.kind() != kind) {
                throw fail(where + ": " + d.id() + " is not a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " finding");
            }
            return d;
        }

        FindingValue value(FindingDefinition d, JsonNode value, String where) {
            if (d.kind() == FindingKind.BOOLEAN && value.isBoolean()) {
                return FindingValue.Flag.of(value.asBoolean());
            }
            if (d.kind() == FindingKind.CHOICE && value.isTextual() && d.values().contains(value.asText())) {
                return new FindingValue.Choice(value.asText());
            }
            throw fail(where + ": " + value + " is not a value of " + d.id());
        }

        Condition choices(FindingDefinition d, JsonNode values, String where) {
            kind(d, FindingKind.CHOICE, where);
            Set<String> set = new TreeSet<>();
            for (JsonNode v : values) {
                set.add(((FindingValue.Choice) value(d, v, where)).value());
            }
            if (set.isEmpty()) {
                throw fail(where + ": expected a list of values of " + d.id());
            }
            return new Condition.In(d.id(), set);
        }

        Condition between(FindingDefinition d, int min, int max, String where) {
            kind(d, FindingKind.INTEGER, where);
            if (min > max) {
                throw fail(where + ": empty range for " + d.id());
            }
            return new Condition.Between(d.id(), min, max);
        }

        Condition pain(FindingDefinition d, JsonNode values, String where) {
            kind(d, FindingKind.STRENGTH, where);
            Set<String> set = new TreeSet<>();
            values.forEach(v -> set.add(v.asText()));
            if (set.isEmpty() || !Set.of("none", "pain", "familiar").containsAll(set)) {
                throw fail(where + ": pain takes none, pain or familiar");
            }
            return new Condition.Pain(d.id(), set);
        }
    }
}
