package org.exampath.report;

import java.util.List;

/**
 * What a note needs besides the exam and its assessment: who and when, the knowledge version, and
 * the actions recorded for red flags ("flag: action").
 */
public record NoteContext(String patientLabel, String date, String clinician, String knowledgeVersion,
                          List<FlagAction> actions) {
    public record FlagAction(String flag, String action, String at) {
    }

    public NoteContext {
        actions = List.copyOf(actions);
        patientLabel = patientLabel == null || patientLabel.isBlank() ? "(no label)" : patientLabel;
        clinician = clinician == null ? "" : clinician;
    }
}
