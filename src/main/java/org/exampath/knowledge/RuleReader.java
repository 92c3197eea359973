package org.exampath.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads the rule files: red flags, inconsistencies, the imaging gate and the follow-up rules. */
final class RuleReader {
    private static final Set<String> FLAG_KEYS = Set.of("id", "label", "action", "sources", "rationale", "levels",
            "urgency", "when", "reason", "judgement");
    private static final Set<String> LEVEL_KEYS = Set.of("urgency", "when", "reason", "action", "judgement", "unsafeTests",
            "actionChecks");

    private final CatalogueReader catalogue;
    private final Map<String, FindingDefinition> findings;

    RuleReader(CatalogueReader catalogue) {
        this.catalogue = catalogue;
        this.findings = catalogue.findings();
    }

    private ConditionParser exam(Entry root) {
        return new ConditionParser(findings, ConditionParser.Scope.EXAM, root.file());
    }

    List<RedFlagRule> readRedFlags(Entry root) {
        root.keys(Set.of("redFlags", "note"));
        ConditionParser conditions = exam(root);
        List<RedFlagRule> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Entry e : root.objects("redFlags", "red flag")) {
            e.keys(FLAG_KEYS);
            String id = e.text("id");
            if (!seen.add(id)) {
                throw e.fail("defined twice");
            }
            out.add(new RedFlagRule(id, e.text("label"), e.text("action"), catalogue.sources(e),
                    e.optionalText("rationale"), levels(e, conditions)));
        }
        return out;
    }

    /** Either "levels" (most pressing first) or one level written inline as "urgency" and "when". */
    private List<RedFlagLevel> levels(Entry e, ConditionParser conditions) {
        List<RedFlagLevel> levels = new ArrayList<>();
        if (!e.has("levels")) {
            levels.add(level(e, conditions, true));
            return levels;
        }
        for (String inline : List.of("urgency", "when", "reason", "judgement")) {
            if (e.has(inline)) {
                throw e.fail("\"" + inline + "\" belongs inside \"levels\" when levels are given");
            }
        }
        int index = 0;
        for (com.fasterxml.jackson.databind.JsonNode node : e.array("levels")) {
            index++;
            Entry level = new Entry(e.file(), e.where() + " level " + index, node).keys(LEVEL_KEYS);
            RedFlagLevel read = level(level, conditions, false);
            for (String id : read.unsafeTests()) {
                if (!findings.containsKey(id)) {
                    throw level.fail("unsafeTests names \"" + id + "\", which is no finding in the catalogue");
                }
            }
            for (String id : read.actionChecks()) {
                if (!findings.containsKey(id)) {
                    throw level.fail("actionChecks names \"" + id + "\", which is no finding in the catalogue");
                }
                if (read.unsafeTests().contains(id)) {
                    throw level.fail("actionChecks names \"" + id + "\", which this level makes unsafe");
                }
            }
            if (read.urgency() == Urgency.EMERGENCY && !read.actionChecks().isEmpty()) {
                throw level.fail("an emergency level has no actionChecks: it is acted on, not checked further");
            }
            if (!levels.isEmpty() && read.urgency().compareTo(levels.get(levels.size() - 1).urgency()) < 0) {
                throw level.fail("levels must run from most to least pressing");
            }
            levels.add(read);
        }
        if (levels.isEmpty()) {
            throw e.fail("\"levels\" must not be empty");
        }
        return levels;
    }

    private static RedFlagLevel level(Entry e, ConditionParser conditions, boolean inline) {
        Urgency urgency = e.choice("urgency", Urgency.class, "urgency");
        Condition when = conditions.read(e.node().get("when"), e.where());
        return new RedFlagLevel(urgency, when, e.text("reason"), inline ? null : e.optionalText("action"),
                e.optionalText("judgement"), e.strings("unsafeTests"), inline ? List.of() : e.strings("actionChecks"));
    }

    /**
     * The inconsistency rules; {@code redFlags} are read first, so that a rule resting on a test some red-flag level
     * can withhold is made to list it under {@code tests} (with its wording for while it is withheld): the rules'
     * advice re-checks what they read, and must never ask for a test a raised flag holds back.
     */
    List<InconsistencyRule> readInconsistencies(Entry root, List<RedFlagRule> redFlags) {
        Set<String> withholdable = new TreeSet<>();
        redFlags.forEach(f -> f.levels().forEach(level -> withholdable.addAll(level.unsafeTests())));
        root.keys(Set.of("inconsistencies", "note"));
        ConditionParser conditions = exam(root);
        List<InconsistencyRule> out = new ArrayList<>();
        for (Entry e : root.objects("inconsistencies", "inconsistency")) {
            e.keys(Set.of("id", "label", "when", "message", "suggestion", "sources", "setAside", "tests",
                    "suggestionWhileUnsafe"));
            String id = e.text("id");
            List<String> setAside = e.strings("setAside");
            List<String> tests = e.strings("tests");
            for (String test : tests) {
                if (!findings.containsKey(test)) {
                    throw e.fail("tests names \"" + test + "\", which is no finding in the catalogue");
                }
            }
            String whileUnsafe = tests.isEmpty() ? e.optionalText("suggestionWhileUnsafe") : e.text("suggestionWhileUnsafe");
            for (String prefix : setAside) {
                boolean matches = findings.keySet().stream().anyMatch(f -> f.equals(prefix) || f.startsWith(prefix + "."));
                if (!matches) {
                    throw e.fail("setAside \"" + prefix + "\" is no finding id or id prefix");
                }
            }
            Condition when = conditions.read(e.node().get("when"), e.where());
            requireWithholdableListed(e, when, tests, withholdable);
            out.add(new InconsistencyRule(id, e.text("label"), when,
                    e.text("message"), e.text("suggestion"), catalogue.sources(e), setAside, tests, whileUnsafe));
        }
        return out;
    }

    /** Refuses a rule that reads a test some red-flag level can withhold without listing it under {@code tests}. */
    private static void requireWithholdableListed(Entry e, Condition when, List<String> tests, Set<String> withholdable) {
        Set<String> read = new TreeSet<>();
        when.references(read);
        read.retainAll(withholdable);
        read.removeAll(tests);
        if (!read.isEmpty()) {
            throw e.fail("reads " + String.join(", ", read) + ", which a red-flag level can withhold, but does not list"
                    + " it under tests: list it there, with a suggestionWhileUnsafe that does not ask for it");
        }
    }

    List<ImagingRule> readImaging(Entry root, List<RedFlagRule> redFlags) {
        root.keys(Set.of("rules", "note"));
        Set<String> flagIds = new TreeSet<>();
        redFlags.forEach(f -> flagIds.add(f.id()));
        ConditionParser conditions = new ConditionParser(findings, ConditionParser.Scope.IMAGING, root.file(), flagIds);
        List<ImagingRule> out = new ArrayList<>();
        int index = 0;
        for (com.fasterxml.jackson.databind.JsonNode node : root.array("rules")) {
            Entry e = new Entry(root.file(), "imaging rule " + (++index), node)
                    .keys(Set.of("recommendation", "when", "reason", "sources"));
            ImagingAdvice advice = e.choice("recommendation", ImagingAdvice.class, "recommendation");
            out.add(new ImagingRule(advice.key(), conditions.read(e.node().get("when"), e.where()), e.text("reason"),
                    catalogue.sources(e)));
        }
        if (out.isEmpty() || !(out.get(out.size() - 1).when() instanceof Condition.Always)) {
            throw Entry.failAt(root.file(), "the last imaging rule must hold always, so every exam gets a decision");
        }
        return out;
    }

    List<ProgressionRule> readProgression(Entry root) {
        root.keys(Set.of("rules", "sources", "note"));
        catalogue.sources(root);
        ConditionParser conditions = exam(root);
        List<ProgressionRule> out = new ArrayList<>();
        for (Entry e : root.objects("rules", "follow-up rule")) {
            e.keys(Set.of("flag", "findings"));
            String flag = e.text("flag");
            FindingDefinition d = conditions.require(flag, e.where());
            if (!d.step().equals(Step.REDFLAG.key()) || d.kind() != FindingKind.BOOLEAN) {
                throw e.fail(flag + " must be a yes/no red-flag question");
            }
            List<String> members = e.strings("findings");
            members.forEach(id -> conditions.require(id, e.where() + " " + flag));
            out.add(new ProgressionRule(flag, members));
        }
        return out;
    }
}
