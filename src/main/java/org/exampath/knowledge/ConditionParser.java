package org.exampath.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.domain.FindingValue;

/**
 * Reads the closed condition vocabulary. Every argument is required and typed, every id and value is
 * checked against the catalogue, and the conditions that look at the assessment rather than the
 * exam ({@code flagRaised}, {@code flag}, {@code flagAt}, {@code leadingBelow}, {@code testedAtLeast}) are refused outside the
 * imaging gate.
 */
final class ConditionParser {
    /** Where a condition is read: the imaging gate may also ask about the rest of the assessment. */
    enum Scope { EXAM, IMAGING }

    private final Map<String, FindingDefinition> findings;
    private final Scope scope;
    private final String file;
    private final Set<String> flags;

    ConditionParser(Map<String, FindingDefinition> findings, Scope scope, String file) {
        this(findings, scope, file, Set.of());
    }

    /** A parser that also knows the red-flag ids an imaging rule may name. */
    ConditionParser(Map<String, FindingDefinition> findings, Scope scope, String file, Set<String> flags) {
        this.findings = findings;
        this.scope = scope;
        this.file = file;
        this.flags = flags;
    }

    private KnowledgeException fail(String where, String message) {
        return Entry.failAt(file, where + ": " + message);
    }

    Condition read(JsonNode node, String where) {
        if (node == null || !node.isObject() || node.size() != 1) {
            throw fail(where, "a condition is an object with exactly one key");
        }
        String kind = node.fieldNames().next();
        JsonNode arg = node.get(kind);
        return switch (kind) {
            case "is" -> {
                FindingDefinition d = finding(args(arg, 2, kind, where).get(0), kind, where);
                yield new Condition.Is(d.id(), value(d, arg.get(1), where));
            }
            case "in" -> choices(finding(args(arg, 2, kind, where).get(0), kind, where), arg.get(1), where);
            case "atLeast" -> between(finding(args(arg, 2, kind, where).get(0), kind, where),
                    whole(arg.get(1), kind, where), Integer.MAX_VALUE, where);
            case "atMost" -> between(finding(args(arg, 2, kind, where).get(0), kind, where),
                    Integer.MIN_VALUE, whole(arg.get(1), kind, where), where);
            case "tested" -> new Condition.Tested(finding(arg, kind, where).id());
            case "grade" -> grade(args(arg, 3, kind, where), where);
            case "pain" -> pain(finding(args(arg, 2, kind, where).get(0), kind, where), arg.get(1), where);
            case "all" -> new Condition.All(list(arg, kind, where));
            case "any" -> new Condition.Any(list(arg, kind, where));
            case "not" -> new Condition.Not(read(arg, where));
            case "countAtLeast" -> countAtLeast(args(arg, 2, kind, where), where);
            case "flagRaised" -> flagRaised(imagingOnly(arg, kind, where), where);
            case "flag" -> {
                JsonNode id = imagingOnly(arg, kind, where);
                if (!id.isTextual() || !flags.contains(id.asText())) {
                    throw fail(where, "flag takes a red-flag id, was " + id);
                }
                yield new Condition.FlagIs(id.asText());
            }
            case "flagAt" -> flagAt(args(imagingOnly(arg, kind, where), 2, kind, where), where);
            case "leadingBelow" -> leadingBelow(imagingOnly(arg, kind, where), where);
            case "testedAtLeast" -> new Condition.PhysicalTestsAtLeast(whole(imagingOnly(arg, kind, where), kind, where));
            case "always" -> {
                if (!arg.isBoolean() || !arg.asBoolean()) {
                    throw fail(where, "always takes true");
                }
                yield new Condition.Always();
            }
            default -> throw fail(where, "unknown condition \"" + kind + "\"");
        };
    }

    private JsonNode imagingOnly(JsonNode arg, String kind, String where) {
        if (scope != Scope.IMAGING) {
            throw fail(where, kind + " asks about the assessment and is allowed only in imaging rules");
        }
        return arg;
    }

    private JsonNode args(JsonNode arg, int count, String kind, String where) {
        if (!arg.isArray() || arg.size() != count) {
            throw fail(where, kind + " takes " + count + " arguments " + shape(kind) + ", was " + arg);
        }
        return arg;
    }

    private static String shape(String kind) {
        return switch (kind) {
            case "is" -> "[finding, value]";
            case "in" -> "[finding, [values]]";
            case "atLeast", "atMost" -> "[finding, whole number]";
            case "grade" -> "[finding, lowest grade, highest grade]";
            case "pain" -> "[finding, [none|pain|familiar]]";
            case "countAtLeast" -> "[count, [conditions]]";
            case "flagAt" -> "[red-flag id, [urgencies]]";
            default -> "";
        };
    }

    private int whole(JsonNode number, String kind, String where) {
        if (number == null || !number.isIntegralNumber() || !number.canConvertToInt()) {
            throw fail(where, kind + " needs a whole number, was " + number);
        }
        return number.asInt();
    }

    private FindingDefinition finding(JsonNode id, String kind, String where) {
        if (id == null || !id.isTextual()) {
            throw fail(where, kind + " needs a finding id, was " + id);
        }
        return require(id.asText(), where);
    }

    FindingDefinition require(String id, String where) {
        FindingDefinition definition = findings.get(id);
        if (definition == null) {
            throw fail(where, "unknown finding \"" + id + "\"");
        }
        return definition;
    }

    private List<Condition> list(JsonNode node, String kind, String where) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw fail(where, kind + " takes a non-empty list of conditions");
        }
        List<Condition> out = new ArrayList<>();
        node.forEach(item -> out.add(read(item, where)));
        return out;
    }

    private Condition countAtLeast(JsonNode arg, String where) {
        int count = whole(arg.get(0), "countAtLeast", where);
        List<Condition> parts = list(arg.get(1), "countAtLeast", where);
        if (count < 1 || count > parts.size()) {
            throw fail(where, "countAtLeast needs a count between 1 and " + parts.size() + ", was " + count);
        }
        return new Condition.CountAtLeast(count, parts);
    }

    private Condition grade(JsonNode arg, String where) {
        FindingDefinition d = kind(finding(arg.get(0), "grade", where), FindingKind.STRENGTH, where);
        int min = whole(arg.get(1), "grade", where);
        int max = whole(arg.get(2), "grade", where);
        if (min < 0 || max > 5 || min > max) {
            throw fail(where, "grade needs 0 <= lowest <= highest <= 5, was " + min + ".." + max);
        }
        return new Condition.Grade(d.id(), min, max);
    }

    private Condition flagAt(JsonNode arg, String where) {
        JsonNode id = arg.get(0);
        if (!id.isTextual() || !flags.contains(id.asText())) {
            throw fail(where, "flagAt takes a red-flag id first, was " + id);
        }
        return new Condition.FlagAt(id.asText(), urgencies(arg.get(1), "flagAt", where));
    }

    private Condition flagRaised(JsonNode arg, String where) {
        return new Condition.FlagRaised(urgencies(arg, "flagRaised", where));
    }

    private Set<String> urgencies(JsonNode arg, String kind, String where) {
        Set<String> urgencies = new TreeSet<>();
        if (arg.isArray()) {
            for (JsonNode u : arg) {
                Urgency urgency = u.isTextual() ? Keyed.find(Urgency.class, u.asText()) : null;
                if (urgency == null) {
                    throw fail(where, "unknown urgency " + u + " (expected one of " + Keyed.keys(Urgency.class) + ")");
                }
                urgencies.add(urgency.key());
            }
        }
        if (urgencies.isEmpty()) {
            throw fail(where, kind + " takes a non-empty list of urgencies");
        }
        return urgencies;
    }

    private Condition leadingBelow(JsonNode arg, String where) {
        if (!arg.isNumber() || !(arg.asDouble() > 0 && arg.asDouble() <= 1)) {
            throw fail(where, "leadingBelow takes a probability above 0 and at most 1, was " + arg);
        }
        return new Condition.LeadingBelow(arg.asDouble());
    }

    private FindingDefinition kind(FindingDefinition d, FindingKind kind, String where) {
        if (d.kind() != kind) {
            throw fail(where, d.id() + " is not a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " finding");
        }
        return d;
    }

    FindingValue value(FindingDefinition d, JsonNode value, String where) {
        if (d.kind() == FindingKind.BOOLEAN && value != null && value.isBoolean()) {
            return FindingValue.Flag.of(value.asBoolean());
        }
        if (d.kind() == FindingKind.CHOICE && value != null && value.isTextual() && d.values().contains(value.asText())) {
            return new FindingValue.Choice(value.asText());
        }
        throw fail(where, value + " is not a value of " + d.id());
    }

    Condition choices(FindingDefinition d, JsonNode values, String where) {
        kind(d, FindingKind.CHOICE, where);
        if (values == null || !values.isArray() || values.isEmpty()) {
            throw fail(where, "expected a non-empty list of values of " + d.id());
        }
        Set<String> set = new TreeSet<>();
        for (JsonNode v : values) {
            set.add(((FindingValue.Choice) value(d, v, where)).value());
        }
        return new Condition.In(d.id(), set);
    }

    Condition between(FindingDefinition d, int min, int max, String where) {
        kind(d, FindingKind.INTEGER, where);
        if (min > max) {
            throw fail(where, "empty range for " + d.id());
        }
        return new Condition.Between(d.id(), min, max);
    }

    Condition pain(FindingDefinition d, JsonNode values, String where) {
        kind(d, FindingKind.STRENGTH, where);
        Set<String> set = new TreeSet<>();
        if (values != null && values.isArray()) {
            for (JsonNode v : values) {
                Pain pain = v.isTextual() ? Keyed.find(Pain.class, v.asText()) : null;
                if (pain == null) {
                    throw fail(where, "unknown pain " + v + " (expected one of " + Keyed.keys(Pain.class) + ")");
                }
                set.add(pain.key());
            }
        }
        if (set.isEmpty()) {
            throw fail(where, "pain takes a non-empty list of none, pain or familiar");
        }
        return new Condition.Pain(d.id(), set);
    }
}
