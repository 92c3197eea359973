package org.exampath.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.reasoning.FollowUp;
import org.exampath.text.UndatedVisitWords;

/**
 * A follow-up's findings carried over from the last visit and not examined again at this one ({@code ids}), each with
 * the visit it was recorded at and who entered it there ({@code origins}; see {@link FindingOrigins}). A note lists them
 * apart from what was found today, saying where each came from, so nothing carried over reads as observed at this
 * visit by whoever signs, nor as entered at the last visit by someone who only carried it over too.
 */
public record CarriedFindings(Set<String> ids, Map<String, Origin> origins) {
    /** Nothing carried over: a first visit, or a follow-up whose findings were all examined again. */
    public static final CarriedFindings NONE = new CarriedFindings(Set.of(), Map.of());

    /**
     * Where a finding was recorded: that visit's date and who entered it there (either null when not known). For an
     * import whose file recorded no visit date, {@code date} is null and {@code imported} is the day of the import,
     * which is never given as the visit's; otherwise {@code imported} is null.
     */
    public record Origin(String date, String by, String imported) {
        public Origin {
            by = by == null || by.isBlank() ? null : by.strip();
        }

        /** A visit whose date is known (or not known at all: both null). */
        public Origin(String date, String by) {
            this(date, by, null);
        }

        /**
         * "from the visit of 2026-10-01, by Dr Kemi Adeyemi", "from an earlier visit (date not recorded, imported
         * 2026-11-29), by Dr Kemi Adeyemi" (the parts not known left out).
         */
        public String words() {
            String visit = date != null ? "the visit of " + date
                    : "an earlier visit" + (imported == null ? "" : " " + UndatedVisitWords.beside(imported));
            return "from " + visit + (by == null ? "" : ", by " + by);
        }
    }

    public CarriedFindings {
        ids = Set.copyOf(ids);
        origins = Map.copyOf(origins);
    }

    /** Every one of {@code ids} recorded at the same visit ({@code date}) by the same clinician ({@code by}). */
    public CarriedFindings(Set<String> ids, String date, String by) {
        this(ids, everyOne(ids, new Origin(date, by)));
    }

    private static Map<String, Origin> everyOne(Set<String> ids, Origin origin) {
        Map<String, Origin> out = new HashMap<>();
        ids.forEach(id -> out.put(id, origin));
        return out;
    }

    /**
     * The findings of {@code now} that stand as the last visit ({@code last}) left them (the same, or a duration moved
     * forward since: {@link FollowUp#carries}) and are not among {@code examined}, the findings entered, changed or
     * confirmed at this visit; the red-flag screen is never carried over. The window's marks and the {@code report}
     * command read a follow-up by this one rule.
     */
    public static Set<String> idsOf(Exam last, Exam now, Set<String> examined) {
        Set<String> out = new java.util.HashSet<>();
        for (String id : now.findings().keySet()) {
            if (!id.startsWith("redflag.") && !examined.contains(id) && FollowUp.carries(id, last.value(id), now.value(id))) {
                out.add(id);
            }
        }
        return Set.copyOf(out);
    }

    /** Whether the finding was carried over and not examined again today. */
    public boolean has(String id) {
        return ids.contains(id);
    }

    /** Where a carried finding came from (not known: "from an earlier visit"). */
    public Origin origin(String id) {
        return origins.getOrDefault(id, new Origin(null, null));
    }

    /** The mark beside one carried finding: "carried over from the visit of 2026-10-01, by Dr Kemi Adeyemi; not re-examined". */
    public String mark(String id) {
        return "carried over " + origin(id).words() + "; not re-examined";
    }

    /**
     * One finding as a note lists it ({@code described}), marked when it is carried over; a value moved forward since
     * the last visit ({@code then} differs from {@code now}: the pain's duration) also says what it was then.
     */
    public String line(String id, String described, FindingValue then, FindingValue now) {
        if (!has(id)) {
            return described;
        }
        String moved = then != null && !then.equals(now) ? "; " + then.display() + " at that visit, moved forward by the time since" : "";
        return described + " (" + mark(id) + moved + ")";
    }
}
