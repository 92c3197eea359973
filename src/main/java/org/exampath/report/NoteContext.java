package org.exampath.report;

import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.knowledge.Keyed;
import org.exampath.knowledge.Urgency;

/**
 * What a note needs besides the exam and its assessment: who and when, the knowledge version, the
 * actions recorded for red flags ("flag: action"), and for a follow-up the exam of the last visit
 * ({@code previous}; null for a first visit), against which a derived flag's reason is told, and the encounter's
 * moves from another patient as the audit words them ({@code moves}: "Moved here from another patient's record by anna at …").
 * {@code date} is the visit's date; when the visit records none ({@code undated}: an import of a file without one) it is
 * the day the note is made, which the note never gives as the visit's nor as the red-flag screen's. {@code carried}: a
 * follow-up's findings carried over from the last visit and not examined again ({@link CarriedFindings#NONE} for none).
 */
public record NoteContext(String patientLabel, String date, String clinician, String knowledgeVersion,
                          List<FlagAction> actions, Exam previous, List<String> moves, boolean undated, CarriedFindings carried) {
    /**
     * What was done about a red flag, when, and who recorded it ({@code by}: blank when no name was set, null when
     * not known), so an action a colleague recorded never reads as the signing clinician's; and the urgency the flag
     * stood at when it was recorded ({@code urgency}: "urgent"; null when the store did not keep it).
     */
    public record FlagAction(String flag, String action, String at, String by, String urgency) {
        public FlagAction(String flag, String action, String at, String by) {
            this(flag, action, at, by, null);
        }

        public FlagAction(String flag, String action, String at) {
            this(flag, action, at, null);
        }

        /**
         * It was recorded with the flag at {@code now} or a more pressing urgency; one whose urgency was not kept counts
         * only for a flag at soon, the lowest an action is recorded at (it may have been recorded before the flag rose).
         */
        public boolean covers(Urgency now) {
            Urgency at = urgency == null ? Urgency.SOON : Keyed.find(Urgency.class, urgency);
            return at != null && at.compareTo(now) <= 0;
        }

        /**
         * As {@link #when()}, then, for an action that does not cover the flag at {@code now}, the level it was recorded
         * at ("10:15, recorded by anna, when the flag was urgent"; "…, level not known"); nothing more when it does.
         */
        public String when(Urgency now) {
            if (covers(now)) {
                return when();
            }
            return when() + (urgency == null ? ", level not known" : ", when the flag was " + urgency);
        }

        /** "TIME, recorded by NAME" (the recorder left out when not known). */
        public String when() {
            if (by == null) {
                return at;
            }
            return at + ", recorded by " + (by.isBlank() ? "a user not named in Settings" : by);
        }
    }

    public NoteContext {
        actions = List.copyOf(actions);
        moves = moves == null ? List.of() : List.copyOf(moves);
        patientLabel = patientLabel == null || patientLabel.isBlank() ? "(no label)" : patientLabel;
        clinician = clinician == null ? "" : clinician;
        carried = carried == null ? CarriedFindings.NONE : carried;
    }

    /** A note with nothing carried over from a last visit (or whose carried findings are not known). */
    public NoteContext(String patientLabel, String date, String clinician, String knowledgeVersion, List<FlagAction> actions,
                       Exam previous, List<String> moves, boolean undated) {
        this(patientLabel, date, clinician, knowledgeVersion, actions, previous, moves, undated, CarriedFindings.NONE);
    }

    /** A note of a visit whose date is recorded. */
    public NoteContext(String patientLabel, String date, String clinician, String knowledgeVersion, List<FlagAction> actions,
                       Exam previous, List<String> moves) {
        this(patientLabel, date, clinician, knowledgeVersion, actions, previous, moves, false);
    }

    /** The note's date line: "Date 2026-11-27", or "Visit date not recorded (note made 2026-11-29)". */
    public String dateLine() {
        return undated ? "Visit date not recorded (note made " + date + ")" : "Date " + date;
    }

    /**
     * The visit's date where the note or summary names it in passing (title, footer, the summary's first line):
     * "2026-11-27", or "visit undated, note made 2026-11-29".
     */
    public String headingDate() {
        return undated ? "visit undated, note made " + date : date;
    }

    /** The date the red-flag screen was asked on: the visit's, or null when the visit records none. */
    public String screenDate() {
        return undated ? null : date;
    }

    /** A note of an encounter never moved between patients. */
    public NoteContext(String patientLabel, String date, String clinician, String knowledgeVersion, List<FlagAction> actions,
                       Exam previous) {
        this(patientLabel, date, clinician, knowledgeVersion, actions, previous, List.of());
    }

    /** The context of a first visit (no last visit to compare with). */
    public NoteContext(String patientLabel, String date, String clinician, String knowledgeVersion, List<FlagAction> actions) {
        this(patientLabel, date, clinician, knowledgeVersion, actions, null);
    }
}
