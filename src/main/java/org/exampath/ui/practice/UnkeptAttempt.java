package org.exampath.ui.practice;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.exampath.practice.PracticeSession;
import org.exampath.store.PracticeRecords;

/**
 * A committed practice attempt on its way to the store, or held in the window because it is not kept yet: for want of
 * a name (its student blank), or because the store did not take it (a class's server gone at the commit, say). The
 * attempt held is kept under the next name settled; Enter in the name field tries one the store refused again. One
 * attempt goes to the store at a time, so a second Enter (or leaving the name field) does not store it twice. While
 * one is held, the leave question names why it is not kept ({@link #why()}).
 */
final class UnkeptAttempt {
    private final PracticeRecords store;
    private final Supplier<PracticeSession> session;
    private final Consumer<String> follow;
    private final BiConsumer<String, List<PracticeRecords.Attempt>> stored;
    private final Consumer<String> say;
    /** The attempt held in the window, or null. */
    private PracticeRecords.NewAttempt held;
    /** Why {@code held} is not kept, in the words of the leave question. */
    private String why = WorkAtStake.NO_NAME;
    /** An attempt is on its way to the store. */
    private boolean storing;

    /**
     * @param session the case open in the window now (or null)
     * @param follow  told that the scores on screen are this student's from now on
     * @param stored  given a student's attempts as the store holds them once it took one
     * @param say     shows a message in the window
     */
    UnkeptAttempt(PracticeRecords store, Supplier<PracticeSession> session, Consumer<String> follow,
            BiConsumer<String, List<PracticeRecords.Attempt>> stored, Consumer<String> say) {
        this.store = store;
        this.session = session;
        this.follow = follow;
        this.stored = stored;
        this.say = say;
    }

    /** Why the attempt held is not kept, in the words of the leave question, or null when none is held. */
    String why() {
        return held == null ? null : why;
    }

    /** A case starts afresh: the attempt held goes (the window asked first). */
    void drop() {
        held = null;
    }

    /** A just-committed attempt: stored under its student, or held until a name is given when the student is blank. */
    void committed(PracticeRecords.NewAttempt attempt) {
        if (!attempt.student().isEmpty()) {
            keep(attempt, null);
        } else {
            held = attempt;
            why = WorkAtStake.NO_NAME;
            say.accept("Enter your name to keep your progress.");
        }
    }

    /**
     * The name is typed in full: the attempt held (one committed before any name was given, or one the store refused)
     * is stored under it now, and the window says so once it is kept.
     */
    void nameSettled(String name) {
        if (held == null || name.isEmpty() || storing) {
            return;
        }
        PracticeRecords.NewAttempt attempt = new PracticeRecords.NewAttempt(name, held.caseName(), held.score(),
                held.leadingCorrect(), held.missedFlags(), held.testsUsed(), held.brier());
        if (WorkAtStake.NO_NAME.equals(why)) {
            held = null; // one the store refused stays at stake (leaving asks) until the store takes it
        }
        follow.accept(name);
        keep(attempt, "Your attempt on \u201c" + session.get().practiceCase().title() + "\u201d is kept under \u201c" + name + "\u201d.");
    }

    /**
     * Stores the attempt; once stored, the student's progress shows it and {@code done} (if any) is said. One the store
     * refuses is held in the window as not kept: leaving asks, and Enter in the name field tries again.
     */
    private void keep(PracticeRecords.NewAttempt attempt, String done) {
        storing = true;
        store.record(attempt).whenComplete((list, failure) -> Platform.runLater(() -> {
            storing = false;
            PracticeSession open = session.get();
            boolean itsCase = open != null && attempt.caseName().equals(open.practiceCase().name());
            if (failure != null) {
                if (held == null && itsCase) {
                    held = attempt;
                    why = "the store did not take it (" + PracticeViewModel.rootMessage(failure) + ")";
                }
                say.accept("The attempt was not saved: " + PracticeViewModel.rootMessage(failure) + ". It is kept in this window:"
                        + " press Enter in your name field to try again.");
                return;
            }
            if (itsCase && !WorkAtStake.NO_NAME.equals(why)) {
                held = null;
            }
            stored.accept(attempt.student(), list);
            if (done != null) {
                say.accept(done);
            }
        }));
    }
}
