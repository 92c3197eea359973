package org.exampath.report;

import java.util.Set;

/**
 * A follow-up's findings carried over from the last visit and not examined again at this one ({@code ids}), with that
 * visit's date and clinician ({@code date}, {@code by}: null when not known). A note lists them apart from what was
 * found today, saying where they came from, so nothing carried over reads as observed at this visit by whoever signs.
 */
public record CarriedFindings(Set<String> ids, String date, String by) {
    /** Nothing carried over: a first visit, or a follow-up whose findings were all examined again. */
    public static final CarriedFindings NONE = new CarriedFindings(Set.of(), null, null);

    public CarriedFindings {
        ids = Set.copyOf(ids);
        by = by == null || by.isBlank() ? null : by.strip();
    }

    /**
     * The findings of {@code now} that stand as the last visit ({@code last}) left them (the same, or a duration moved
     * forward since: {@link org.exampath.reasoning.FollowUp#carries}) and are not among {@code examined}, the findings
     * entered, changed or confirmed at this visit; the red-flag screen is never carried over. The window's marks and
     * the {@code report} command read a follow-up by this one rule.
     */
    public static Set<String> idsOf(org.exampath.domain.Exam last, org.exampath.domain.Exam now, Set<String> examined) {
        Set<String> out = new java.util.HashSet<>();
        for (String id : now.findings().keySet()) {
            if (!id.startsWith("redflag.") && !examined.contains(id)
                    && org.exampath.reasoning.FollowUp.carries(id, last.value(id), now.value(id))) {
                out.add(id);
            }
        }
        return Set.copyOf(out);
    }

    /** Whether the finding was carried over and not examined again today. */
    public boolean has(String id) {
        return ids.contains(id);
    }

    /** "from the visit of 2026-10-01, by Dr Kemi Adeyemi" (the parts not known left out). */
    public String origin() {
        return "from " + (date == null ? "the last visit" : "the visit of " + date) + (by == null ? "" : ", by " + by);
    }

    /**
     * One finding as a note lists it ({@code described}), marked when it is carried over; a value moved forward since
     * the last visit ({@code then} differs from {@code now}: the pain's duration) also says what it was then.
     */
    public String line(String id, String described, org.exampath.domain.FindingValue then, org.exampath.domain.FindingValue now) {
        if (!has(id)) {
            return described;
        }
        String moved = then != null && !then.equals(now) ? "; " + then.display() + " at that visit, moved forward by the time since" : "";
        return described + " (" + mark() + moved + ")";
    }

    /** The mark beside one carried finding: "carried over from the visit of 2026-10-01, by Dr Kemi Adeyemi; not re-examined". */
    public String mark() {
        return "carried over " + origin() + "; not re-examined";
    }
}
