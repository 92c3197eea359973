package org.exampath.clinic;

/** Server messages cut to their first line, as every ExamPath message is one line. */
public final class ClinicFailure {
    private ClinicFailure() {
    }

    public static String oneLine(String message) {
        if (message == null) {
            return "the server refused the request";
        }
        return message.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse(message);
    }
}
