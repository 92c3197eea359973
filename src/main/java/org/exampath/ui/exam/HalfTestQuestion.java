package org.exampath.ui.exam;

import java.util.List;
import javafx.stage.Window;

/**
 * The question asked about a resisted test half entered (a grade chosen and not its pain, or the other way round),
 * which is recorded nowhere until both halves are chosen: before the window leaves the exam or quits, and before a
 * note is exported or the summary copied, which would otherwise leave it out without a word. Staying is the default.
 */
final class HalfTestQuestion {
    static final String HEADER = "A resisted test is half entered";

    private HalfTestQuestion() {
    }

    /** Before leaving or quitting: true when nothing is half entered, or the user chose to go without it. */
    static boolean mayGo(Window owner, List<String> halves, boolean quitting) {
        if (halves.isEmpty()) {
            return true;
        }
        return StayOrGo.ask(owner, HEADER, lines(halves) + "\nNothing is recorded until both the grade and the pain are chosen."
                        + " Choose the other half to keep it; if you " + (quitting ? "quit" : "leave this exam") + " now, it is not kept.",
                quitting ? "Keep the window open" : "Stay with this exam", "keep-half-test",
                quitting ? "Quit; it is not kept" : "Leave; it is not kept", "lose-half-test");
    }

    /**
     * Before a note or summary is made ({@code what}: "the note", "the summary"): true when nothing is half entered, or
     * the user chose to make it without the half test; false to go back and finish it.
     */
    static boolean mayLeaveOut(Window owner, List<String> halves, String what) {
        if (halves.isEmpty()) {
            return true;
        }
        return StayOrGo.ask(owner, HEADER, lines(halves) + "\nNothing is recorded until both the grade and the pain are chosen,"
                        + " so " + what + " would say nothing of it. Choose the other half first to have it there.",
                "Go back and finish it", "keep-half-test", "Make " + what + " without it", "leave-out-half-test");
    }

    private static String lines(List<String> halves) {
        return String.join("\n", halves);
    }
}
