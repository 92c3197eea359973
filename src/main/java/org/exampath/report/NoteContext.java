package org.exampath.report;

import java.util.List;
import org.exampath.domain.Exam;

/**
 * What a note needs besides the exam and its assessment: who and when, the knowledge version, the
 * actions recorded for red flags ("flag: action"), and for a follow-up the exam of the last visit
 * ({@code previous}; null for a first visit), against which a derived flag's reason is told.
 */
public record NoteContext(String patientLabel, String date, String clinician, String knowledgeVersion,
                          List<FlagAction> actions, Exam previous) {
    public record FlagAction(String flag, String action, String at) {
    }

    public NoteContext {
        actions = List.copyOf(actions);
        patientLabel = patientLabel == null || patientLabel.isBlank() ? "(no label)" : patientLabel;
        clinician = clinician == null ? "" : clinician;
    }

    /** The context of a first visit (no last visit to compare with). */
    public NoteContext(String patientLabel, String date, String clinician, String knowledgeVersion, List<FlagAction> actions) {
        this(patientLabel, date, clinician, knowledgeVersion, actions, null);
    }
}
