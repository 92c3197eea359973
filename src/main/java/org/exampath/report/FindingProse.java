package org.exampath.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.text.Describe;

/**
 * Recorded findings as clinical prose for the record: "Palpation: greater trochanter tender,
 * reproducing the familiar pain; piriformis non-tender." Only what was entered is written, each
 * finding once, in catalogue order; a question not asked is never mentioned. Phrases follow the
 * finding's kind and form group, never its id.
 */
final class FindingProse {
    private static final Pattern SCALE = Pattern.compile("^(.*) \\(0-(\\d+)\\)$");
    private static final Pattern UNIT = Pattern.compile("^(.*) \\(([a-z]+)\\)$");
    private static final Pattern PREPOSITION = Pattern.compile("^(below|above|behind|over) .*");

    private final KnowledgeBase kb;

    FindingProse(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * One step's findings as sentences (no heading): the history groups each get their lead ("pain
     * in …", "described as …", "worse with …"), the rest are listed in catalogue order. Empty when
     * none of them was recorded.
     */
    String sentences(List<String> findingIds, Map<String, FindingValue> values) {
        Map<String, List<String>> byLead = new LinkedHashMap<>();
        for (String id : findingIds) {
            FindingDefinition d = kb.finding(id).orElseThrow();
            FindingValue v = values.get(id);
            if (v == null) {
                continue;
            }
            String lead = lead(d, v);
            byLead.computeIfAbsent(lead, k -> new ArrayList<>()).add(phrase(d, v, !lead.isEmpty()));
        }
        // "pain in the low back and below the knee": a place that brings its own preposition goes last
        byLead.computeIfPresent("pain in ", (k, items) -> items.stream()
                .sorted(java.util.Comparator.comparing((String item) -> !item.startsWith("the "))).toList());
        List<String> out = new ArrayList<>();
        // the first follows its heading ("Palpation: greater trochanter …"), the others start sentences
        byLead.forEach((lead, items) -> out.add((out.isEmpty() ? lead + list(items) : capital(lead + list(items))) + "."));
        return String.join(" ", out);
    }

    /** One finding in words, on its own: "sciatic notch tender, reproducing the familiar pain". */
    String phrase(String id, FindingValue value) {
        return phrase(kb.finding(id).orElseThrow(), value, false);
    }

    /** A contribution in words: its finding, or every recorded member of a validated cluster, together. */
    String phrase(org.exampath.reasoning.RestsOn e) {
        if (e.namedByItsFinding()) {
            return phrase(e.finding(), e.valueOf(e.finding()));
        }
        if (e.findings().size() == 1) {
            return phrase(e.findings().get(0), e.values().get(0));
        }
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < e.findings().size(); i++) {
            parts.add(phrase(e.findings().get(i), e.values().get(i)));
        }
        return list(parts) + " together";
    }

    /** The words that open a group of yes answers: "pain ", "described as ", "worse with ", or none. */
    private static String lead(FindingDefinition d, FindingValue v) {
        if (!(v instanceof FindingValue.Flag flag) || !flag.value()) {
            return "";
        }
        return switch (d.group()) {
            case "region" -> "pain in ";
            case "quality" -> "described as ";
            case "aggravator" -> shortNoun(d.label()) ? "worse with " : "";
            default -> "";
        };
    }

    /** A label that reads after "worse with": a few words, no clause of its own. */
    private static boolean shortNoun(String label) {
        return label.split(" ").length <= 5 && !label.contains(",") && !label.contains(";") && !startsNegative(label);
    }

    private static boolean startsNegative(String label) {
        return label.startsWith("No ") || label.startsWith("Not ");
    }

    /** One finding in words; {@code underLead} leaves out what the group's lead already says. */
    private String phrase(FindingDefinition d, FindingValue v, boolean underLead) {
        String label = inSentence(d.label());
        if (v instanceof FindingValue.Flag flag) {
            return flag(d, label, flag.value(), underLead);
        }
        if (v instanceof FindingValue.Count count) {
            return count(label, count.value());
        }
        if (v instanceof FindingValue.Strength s) {
            return label + " MRC " + s.grade() + "/5 " + switch (s.pain()) {
                case "familiar" -> "reproducing the familiar pain";
                case "pain" -> "with pain";
                default -> "without pain";
            };
        }
        String value = ((FindingValue.Choice) v).value();
        if (d.pseudo()) {
            // what the patient is, not a question answered: "right side", "female sex"
            return choice(value) + " " + label;
        }
        if (label.startsWith("response to ")) {
            String what = label.substring("response to ".length());
            String response = switch (value) {
                case "eases" -> "eased by ";
                case "no_change" -> "unchanged by ";
                case "worse" -> "worse with ";
                case "worse_with_spread" -> "worse and spreading with ";
                default -> null;
            };
            if (response != null) {
                return "pain " + response + what;
            }
        }
        return label + " " + choice(value);
    }

    private static String flag(FindingDefinition d, String label, boolean yes, boolean underLead) {
        if ("region".equals(d.group())) {
            String where = PREPOSITION.matcher(label).matches() ? label : "the " + label;
            String in = where.startsWith("the ") ? "in " : "";
            return yes ? (underLead ? where : "pain " + in + where) : "no pain " + in + where;
        }
        if (yes) {
            return label;
        }
        if ("aggravator".equals(d.group()) && shortNoun(d.label())) {
            return "not worse with " + label;
        }
        // "No pain at all when seated: no" cannot be turned round safely: the answer is said as it was given
        return startsNegative(d.label()) ? label + ": answered no" : "no " + withoutArticle(label);
    }

    /** A label after "no" loses its own article: "no gap or step …", not "no a gap or step …". */
    static String withoutArticle(String label) {
        return label.replaceFirst("^(?i)(a|an) (?=\\S)", "");
    }

    private static String count(String label, int n) {
        Matcher scale = SCALE.matcher(label);
        if (scale.matches()) {
            return scale.group(1) + " " + n + "/" + scale.group(2);
        }
        Matcher unit = UNIT.matcher(label);
        if (unit.matches()) {
            // a span in weeks reads as the PDF gives it: "under a week", "1 week", "6 weeks"
            return unit.group(1) + " " + ("weeks".equals(unit.group(2)) ? Describe.weeks(n) : n + " " + unit.group(2));
        }
        return label + " " + n;
    }

    /** A choice in words that read inside a sentence (no commas of their own). */
    private static String choice(String raw) {
        return switch (raw) {
            case "familiar" -> "tender, reproducing the familiar pain";
            case "gradual_no_cause" -> "gradual with no clear cause";
            case "worse_with_spread" -> "worse with spread";
            case "reduced_or_absent" -> "reduced or absent";
            default -> Describe.value(raw);
        };
    }

    /**
     * A label inside a sentence: the first letter lower case unless the first word is an abbreviation
     * ("FAIR", "SLR angle", "SIJ provocation tests" keep theirs) or a person's name, in the possessive
     * ("Gaenslen's test") or one of the eponyms the catalogue's labels begin with ("Trendelenburg sign").
     */
    static String inSentence(String label) {
        String first = label.split("[ :(]")[0];
        boolean abbreviation = first.length() > 1 && first.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        boolean name = first.endsWith("'s") || EPONYMS.contains(first);
        return abbreviation || name ? label : Describe.inSentence(label);
    }

    /** Names of people that begin a catalogue label without a possessive. */
    private static final java.util.Set<String> EPONYMS = java.util.Set.of("Trendelenburg", "Romberg", "Puranen-Orava", "Stinchfield");

    /**
     * "a", "a and b", "a, b and c"; items that have commas of their own are set apart with
     * semicolons ("piriformis tender, reproducing the familiar pain; sciatic notch non-tender").
     */
    static String list(List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        if (items.stream().anyMatch(s -> s.contains(","))) {
            return String.join("; ", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
