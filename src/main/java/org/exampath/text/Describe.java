package org.exampath.text;

import java.util.Locale;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;

/** Plain words for ids and values, as a clinician would read them. */
public final class Describe {
    /** The parts of an exam in the order a record lists them: finding step id to its heading. */
    public static final java.util.Map<String, String> SECTIONS = sections();

    private static java.util.Map<String, String> sections() {
        java.util.Map<String, String> s = new java.util.LinkedHashMap<>();
        s.put("history", "History");
        s.put("redflag", "Red-flag screen");
        s.put("observation", "Observation");
        s.put("palpation", "Palpation");
        s.put("strength", "Resisted tests");
        s.put("neuro", "Neuro screen");
        s.put("nerve", "Nerve-bias tests");
        s.put("provocation", "Provocation tests");
        return java.util.Collections.unmodifiableMap(s);
    }

    private Describe() {
    }

    public static String value(String raw) {
        return switch (raw) {
            case "not_tested" -> "not tested";
            case "non_tender" -> "non-tender";
            case "familiar" -> "familiar pain";
            case "worse_with_spread" -> "worse, with spread";
            case "no_change" -> "no change";
            case "sudden_injury" -> "sudden injury";
            case "load_increase" -> "after a load increase";
            case "gradual_no_cause" -> "gradual, no cause";
            case "no_effect" -> "no effect";
            default -> raw.replace('_', ' ');
        };
    }

    public static String finding(KnowledgeBase kb, String id, FindingValue value) {
        String label = kb.finding(id).map(FindingDefinition::label).orElse(id);
        if (value == null) {
            return label;
        }
        if (value instanceof FindingValue.Flag flag) {
            return label + ": " + (flag.value() ? "yes" : "no");
        }
        if (value instanceof FindingValue.Choice choice) {
            return label + ": " + value(choice.value());
        }
        if (value instanceof FindingValue.Count count && label.endsWith(WEEKS)) {
            return label.substring(0, label.length() - WEEKS.length()) + ": " + weeks(count.value());
        }
        return label + ": " + value.display();
    }

    /** A label that names its unit in weeks ("Duration (weeks)"): its value reads as a span, "under a week" for 0. */
    private static final String WEEKS = " (weeks)";

    /** A span of whole weeks in words, one wording for the note and the summary: "under a week", "1 week", "N weeks". */
    public static String weeks(int n) {
        return n == 0 ? "under a week" : n == 1 ? "1 week" : n + " weeks";
    }

    /**
     * What a contribution rests on: its finding and value, or, for a validated cluster, each recorded
     * member with its value ("Thigh thrust: positive and SIJ distraction test: positive, together").
     */
    public static String evidence(KnowledgeBase kb, org.exampath.reasoning.RestsOn e) {
        if (e.namedByItsFinding()) {
            return finding(kb, e.finding(), e.valueOf(e.finding()));
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < e.findings().size(); i++) {
            parts.add(finding(kb, e.findings().get(i), e.values().get(i)));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1) + ", together";
    }

    /** A label inside a sentence: first letter lower case, abbreviations kept ("hip joint (FAI, OA)"). */
    public static String inSentence(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    public static String percent(double probability) {
        return String.format(Locale.ROOT, "%.0f%%", probability * 100);
    }

    public static String lr(double lr) {
        return lr >= 10 ? String.format(Locale.ROOT, "%.0f", lr) : String.format(Locale.ROOT, "%.2f", lr).replaceAll("0$", "");
    }

    public static String urgency(String urgency) {
        return switch (urgency) {
            case "emergency" -> "EMERGENCY";
            case "urgent" -> "URGENT";
            case "noted" -> "NOTED";
            default -> "SOON";
        };
    }

    public static String imaging(String recommendation) {
        return switch (recommendation) {
            case "urgent" -> "Imaging: urgent";
            case "if_no_progress" -> "Imaging: only if no progress";
            default -> "Imaging: not indicated";
        };
    }

    /**
     * A citation in short: first author (with "et al") and year, e.g. "Martin HD et al 2014". A title
     * cited by its first words keeps a bracket it opens whole ("a pilot study (Kigali, Rwanda) 2015"),
     * so the short form never leaves one open inside the "(LR …; source, tag)" it is written in.
     */
    public static String shortCitation(org.exampath.knowledge.Citation c) {
        if (c == null) {
            return "?";
        }
        String first = firstPart(c.text());
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("(19|20)\\d\\d").matcher(c.text());
        return first + (year.find() ? " " + year.group() : "");
    }

    /** The text up to its first "." or "," outside brackets; an unclosed bracket and what follows it are left out. */
    private static String firstPart(String text) {
        int depth = 0;
        int open = -1;
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                open = depth == 0 ? i : open;
                depth++;
            } else if (ch == ')' && depth > 0) {
                depth--;
            } else if ((ch == '.' || ch == ',') && depth == 0) {
                end = i;
                break;
            }
        }
        String first = depth > 0 ? text.substring(0, open) : text.substring(0, end);
        return first.strip();
    }

    /**
     * The working diagnosis in plain words: "Most likely X (78%), a load problem. Also consider Y (27%);
     * sources can co-exist." A standing red flag is said first. While two or more leaders are close (each at least
     * {@code closeShare} of the leader, see {@link CloseCall}) none is called most likely: "No clear leader yet: X (38%)
     * and Y (35%); sources can co-exist." Nothing leads while only age and sex have moved the figures.
     */
    public static String workingDiagnosis(org.exampath.reasoning.Assessment assessment, double closeShare) {
        org.exampath.reasoning.HypothesisResult lead = assessment.leading();
        String first = assessment.hasSeriousFlag() ? "A red flag stands: act on it first, whatever the probabilities say. " : "";
        if (lead.contributions().isEmpty()) {
            return first + "Not enough recorded to lean towards any hypothesis.";
        }
        if (StartingEstimates.only(assessment)) {
            return first + "Not enough recorded to lean towards any hypothesis: only age and sex so far, so the figures are"
                    + " starting estimates.";
        }
        CloseCall close = CloseCall.of(assessment, closeShare).orElse(null);
        boolean unclear = assessment.driver().id().equals(org.exampath.knowledge.Driver.UNCLEAR);
        StringBuilder s = new StringBuilder(first);
        if (close == null) {
            s.append("Most likely ").append(inSentence(lead.label())).append(" (").append(percent(lead.probability()))
                    .append(")").append(unclear ? "; the pain driver is not yet clear." : ", a " + lead.driver() + " problem.");
        } else {
            String all = close.close().size() == 2 ? "both " : "all ";
            s.append(close.sentence(Describe::inSentence)).append(unclear ? "; the pain driver is not yet clear"
                    : close.allOfDriver(lead.driver()) ? ", " + all + lead.driver() + " problems" : "")
                    .append("; sources can co-exist.");
        }
        java.util.List<String> others = new java.util.ArrayList<>();
        int from = close == null ? 1 : close.close().size();
        for (org.exampath.reasoning.HypothesisResult h : assessment.hypotheses().subList(from, assessment.hypotheses().size())) {
            if (h.probability() >= 0.2) {
                others.add(inSentence(h.label()) + " (" + percent(h.probability()) + ")");
            }
        }
        if (!others.isEmpty()) {
            s.append(" Also consider ").append(String.join(", ", others)).append(close == null ? "; sources can co-exist." : ".");
        }
        return s.toString();
    }

    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    /**
     * A stored instant as the clinic's date and minute, in the computer's zone: "2026-11-28T02:30:00Z" read in
     * New York -> "2026-11-27 21:30". Text that is not an instant is cut to the minute as it stands.
     */
    public static String minute(String isoInstant) {
        try {
            return java.time.LocalDateTime.ofInstant(java.time.Instant.parse(isoInstant), java.time.ZoneId.systemDefault())
                    .format(MINUTE);
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return isoInstant.length() < 16 ? isoInstant : isoInstant.substring(0, 16).replace('T', ' ');
        }
    }

    /**
     * The zone {@link #minute} gives times in, for a record read elsewhere: "Eastern Time (America/New_York)",
     * "GMT-12:00", "Coordinated Universal Time".
     */
    public static String localZone() {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        String name = zone.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        boolean region = zone.getId().contains("/") && !zone.getId().startsWith("Etc/");
        return region ? name + " (" + zone.getId() + ")" : name;
    }

    /** A CSS id for a finding: dots become dashes ("nerve.slump" -> "f-nerve-slump"). */
    public static String nodeId(String findingId) {
        return "f-" + findingId.replace('.', '-');
    }
}
