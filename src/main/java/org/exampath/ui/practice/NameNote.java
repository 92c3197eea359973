package org.exampath.ui.practice;

import java.util.List;
import java.util.Optional;
import org.exampath.store.PracticeRecords;

/**
 * The line under the practice screen's name field: what the name is for, or, once progress under it is read, how much
 * there is, so a student who shares a name with another on this computer notices that the progress is not all theirs.
 * On a class's server the login is the student, whatever name is typed, so the line names the login instead.
 */
final class NameNote {
    private NameNote() {
    }

    static String of(Optional<String> login, List<PracticeRecords.Attempt> attempts) {
        long cases = attempts.stream().map(PracticeRecords.Attempt::caseName).distinct().count();
        String progress = attempts.size() + (attempts.size() == 1 ? " attempt" : " attempts") + " on " + cases
                + (cases == 1 ? " case" : " cases");
        if (login.isPresent()) {
            return "On this class server your attempts are kept under your login \u201c" + login.get() + "\u201d"
                    + (attempts.isEmpty() ? "." : ": " + progress + " so far.");
        }
        return attempts.isEmpty() ? "Your name keeps your progress between sessions."
                : "Progress found for this name: " + progress + ". Not all yours? Add an initial.";
    }
}
