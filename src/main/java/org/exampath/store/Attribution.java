package org.exampath.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who a stored encounter is signed by, by the window's rule (ADR 8): who examined as the store records it, and,
 * when anyone else entered something in it since (the store's audit names them), "EXAMINER; changes by …", so
 * nothing another person entered reads as the examiner's. The window, {@code export} and {@code report ID} all
 * sign a stored encounter this way.
 */
public final class Attribution {
    /** Stands for an entry whose audit row names no one: someone whose name was not set in Settings. */
    public static final String UNNAMED = "a user not named in Settings";
    /** Stands for the examiner when the store does not know who examined. */
    public static final String NO_EXAMINER = "not named in the store";

    private Attribution() {
    }

    /**
     * Everyone the audit names besides {@code examiner}, in the order of their first entry. With an examiner
     * named, a row naming no one is someone else's (a file's findings are audited in its examiner's name), listed
     * as {@link #UNNAMED}. Without one, the rows the encounter was made with (the first row's time and name: an
     * import's, audited in the importer's name or in none) name no one's changes; only later rows do.
     */
    public static List<String> others(String examiner, List<Encounters.AuditEntry> audit) {
        boolean named = examiner != null && !examiner.isBlank();
        Encounters.AuditEntry first = audit.isEmpty() ? null : audit.get(0);
        List<String> out = new ArrayList<>();
        for (Encounters.AuditEntry row : audit) {
            if (!named && Objects.equals(row.at(), first.at()) && Objects.equals(row.clinician(), first.clinician())) {
                continue;
            }
            String who = row.clinician() == null || row.clinician().isBlank() ? UNNAMED : row.clinician();
            if (!who.equals(examiner) && !out.contains(who)) {
                out.add(who);
            }
        }
        return out;
    }

    /**
     * "EXAMINER; changes by A, B", or the examiner alone (empty when not named) when no one else changed anything;
     * an examiner not named is said to be so when there are changes to name.
     */
    public static String signature(String examiner, List<String> others) {
        return signature(examiner, others, NO_EXAMINER);
    }

    /** As {@link #signature(String, List)}, {@code unnamed} saying where the examiner's name is missing. */
    public static String signature(String examiner, List<String> others, String unnamed) {
        boolean named = examiner != null && !examiner.isBlank();
        if (others.isEmpty()) {
            return named ? examiner : "";
        }
        return (named ? examiner : unnamed) + "; changes by " + String.join(", ", others);
    }

    /** {@link #signature} of a stored encounter, its changes read from its {@code audit}. */
    public static String of(Encounters.Encounter encounter, List<Encounters.AuditEntry> audit) {
        String examiner = encounter.recorded().clinician();
        return signature(examiner, others(examiner, audit));
    }

    /**
     * {@link #signature(String, List, String)} as exam/1's one clinician field holds it (200 characters): none when
     * blank; whole when it fits; else with the colleagues' list shortened, never the examiner dropped: "EXAMINER;
     * changes by A, B and 4 others (see the audit)", as many names as fit, in the audit's order. Only an examiner's
     * name too long to stand beside "changes by N others" (a store keeps none over 200) is cut, marked with "…".
     */
    public static String inFile(String examiner, List<String> others, String unnamed) {
        String whole = signature(examiner, others, unnamed);
        if (whole.isBlank() || fits(whole)) {
            return whole.isBlank() ? null : whole;
        }
        String head = examiner != null && !examiner.isBlank() ? examiner : unnamed;
        for (int shown = others.size() - 1; shown > 0; shown--) {
            String shorter = head + "; changes by " + String.join(", ", others.subList(0, shown)) + " and " + more(others.size() - shown);
            if (fits(shorter)) {
                return shorter;
            }
        }
        String tail = "; changes by " + more(others.size());
        int room = org.exampath.domain.ExamRecord.MAX_NAME - tail.length();
        return (fits(head + tail) ? head : head.substring(0, head.offsetByCodePoints(0, room - 1)) + "…") + tail;
    }

    /** {@link #inFile(String, List, String)} of a stored encounter, its changes read from its {@code audit}. */
    public static String inFile(Encounters.Encounter encounter, List<Encounters.AuditEntry> audit) {
        String examiner = encounter.recorded().clinician();
        return inFile(examiner, others(examiner, audit), NO_EXAMINER);
    }

    private static String more(int n) {
        return n + (n == 1 ? " other" : " others") + " (see the audit)";
    }

    private static boolean fits(String signature) {
        return signature.codePointCount(0, signature.length()) <= org.exampath.domain.ExamRecord.MAX_NAME;
    }

    /**
     * The move that brought the encounter to the patient whose note it is ({@code patientLabel}, as the store holds it
     * now), in words: "Moved here from another patient's record by anna at 2026-11-28 09:00" (the time in this
     * computer's zone, as {@link org.exampath.text.Describe#minute} gives it; a row naming no one as {@link #UNNAMED}).
     * That is the latest {@code encounter.patient} row of the audit that ends at this patient: a move away from this
     * patient is not one here, nor is a move to it that a later one took away again (A to B and back to A reads as the
     * one move back; A to B to C, seen from C, as the move from B). Rows that lead elsewhere after it (a rolling-backup
     * restore keeps rows written since the backup while the encounter goes back) undo nothing the encounter shows. So
     * there is one line or none. The note goes to this patient's file, so the other patient's label is not in it (the
     * audit keeps it). Naming an exam that had no label (a store's placeholder) is not a move between patients and
     * gives no line.
     */
    public static List<String> moves(String patientLabel, List<Encounters.AuditEntry> audit) {
        Encounters.AuditEntry arrival = null;
        for (Encounters.AuditEntry row : audit) {
            if ("encounter.patient".equals(row.finding()) && samePatient(row.newValue(), patientLabel)) {
                arrival = row;
            }
        }
        if (arrival == null || !fromAnotherPatient(arrival.oldValue())) {
            return List.of();
        }
        String who = arrival.clinician() == null || arrival.clinician().isBlank() ? UNNAMED : arrival.clinician();
        return List.of("Moved here from another patient's record by " + who + " at " + org.exampath.text.Describe.minute(arrival.at()));
    }

    /** Whether an audit row's label is {@code label}, both compared as the stores keep labels (stripped, NFC). */
    private static boolean samePatient(org.exampath.domain.FindingValue value, String label) {
        return label != null && value instanceof org.exampath.domain.FindingValue.Choice c && kept(c.value()).equals(kept(label));
    }

    private static String kept(String label) {
        return java.text.Normalizer.normalize(label.strip(), java.text.Normalizer.Form.NFC);
    }

    private static boolean fromAnotherPatient(org.exampath.domain.FindingValue old) {
        return old instanceof org.exampath.domain.FindingValue.Choice c && !org.exampath.domain.PatientLabel.isPlaceholder(c.value());
    }
}
