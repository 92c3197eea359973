package org.exampath.ui.common;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.exampath.domain.Exam;
import org.exampath.reasoning.FollowUp;
import org.exampath.store.Encounters;

/**
 * Reading a stored encounter to show it (see {@link Autosave#load}, {@link Autosave#followUp} and {@link Autosave#resume}):
 * the store is read off the JavaFX thread, once the saves queued so far are tried where one of them may be the
 * encounter's own, and the exam put on screen on the JavaFX thread when it arrives, with a line saying what was opened.
 */
final class EncounterReads {
    /** The pain's duration, which a follow-up moves forward by the time since the last visit. */
    private static final String DURATION = "history.duration_weeks";
    /** What a read does to the window, on the JavaFX thread (the autosave's own steps and state). */
    interface Window {
        /** The generation of the exam shown: it changes whenever another exam is shown. */
        long generation();

        /** The encounter shown, or null for an exam not stored yet. */
        Long shownId();

        /** The red-flag actions of the exam shown, stored or on their way. */
        List<Encounters.Acknowledgement> acknowledgements();

        /** Shows a stored encounter as it was read. */
        void show(LoadedEncounter loaded);

        /**
         * Shows a follow-up not yet stored: {@code start}, the exam it starts from, under {@code label}; {@code last} and
         * {@code beforeLast}, the last visit's exam and the one before it; {@code earlier}, the last visit's actions;
         * {@code lastDate}, the last visit's date; {@code lastOrigins}, where each of its findings was recorded, by whom.
         */
        void showFollowUp(String label, Exam start, Exam last, Exam beforeLast, long previousId,
                          List<Encounters.Acknowledgement> earlier, String lastDate, java.util.Map<String, org.exampath.report.CarriedFindings.Origin> lastOrigins);
    }

    private final Encounters store;
    private final ExamSession session;
    private final StatusLine statusLine;
    private final RecoveryCopies recovery;
    private final FollowUp followUp;
    private final Clock clock;
    private final Supplier<CompletableFuture<Void>> savesTried;
    private final Window window;

    /** {@code savesTried}: done once the saves queued so far are tried; {@code followUp}: what a follow-up starts from. */
    EncounterReads(Encounters store, ExamSession session, StatusLine statusLine, RecoveryCopies recovery, FollowUp followUp,
                   Clock clock, Supplier<CompletableFuture<Void>> savesTried, Window window) {
        this.store = store;
        this.session = session;
        this.statusLine = statusLine;
        this.recovery = recovery;
        this.followUp = followUp;
        this.clock = clock;
        this.savesTried = savesTried;
        this.window = window;
    }

    /** See {@link Autosave#load}. */
    CompletableFuture<Void> load(long id) {
        return statusLine.read(savesTried.get(), () -> LoadedEncounter.read(store, id, recovery.actions()), loaded -> {
            window.show(loaded);
            statusLine.show("Opened encounter " + id + " of " + loaded.encounter().date() + ".");
        });
    }

    /** See {@link Autosave#followUp}. */
    CompletableFuture<Void> followUp(long previousId) {
        long asked = window.generation();
        boolean ofShown = Long.valueOf(previousId).equals(window.shownId());
        // another encounter is read once the saves queued so far are tried (one of its own may still be on its way)
        CompletableFuture<Void> after = ofShown ? CompletableFuture.completedFuture(null) : savesTried.get();
        return statusLine.read(after, () -> LastVisit.read(store, previousId), read -> {
            // where each carried finding was recorded was read with the last visit (off the JavaFX thread)
            LoadedEncounter loaded = read.loaded();
            Encounters.Encounter last = loaded.encounter();
            boolean asShown = ofShown && asked == window.generation();
            Exam lastExam = asShown ? session.exam() : last.exam();
            Exam start = StartingExams.durationMoved(followUp, StartingExams.agedSince(followUp.startFrom(lastExam), last.date(), clock),
                    DURATION, last, read.durationEntered(), clock);
            window.showFollowUp(asShown ? session.patientLabelProperty().get() : last.patientLabel(), start,
                    lastExam, asShown ? session.previousProperty().get() : loaded.last(), previousId,
                    asShown ? window.acknowledgements() : loaded.actions(), VisitDates.ofLastVisit(last), loaded.origins());
            // what was moved on stays on the line, after each save's report, while this follow-up is shown
            long shown = window.generation();
            statusLine.keep(carriedForward(lastExam, start), () -> window.generation() == shown);
            statusLine.show("Follow-up of " + VisitDates.followUpOf(last) + ": ask the red-flag screen again.");
        });
    }

    /** The last visit a follow-up is made of, as read, with the visit its pain's duration was entered at (null: not known). */
    private record LastVisit(LoadedEncounter loaded, Encounters.Encounter durationEntered) {
        static LastVisit read(Encounters store, long id) {
            LoadedEncounter loaded = LoadedEncounter.read(store, id, null);
            return new LastVisit(loaded, org.exampath.report.FindingOrigins.enteredAt(store, loaded.encounter(), DURATION));
        }
    }

    /** What the follow-up moved on since the last visit, for the clinician to check: the age and the pain's duration. */
    private static String carriedForward(Exam last, Exam start) {
        Integer then = last.patient().age();
        Integer now = start.patient().age();
        String out = then != null && !then.equals(now) ? " Age carried forward from " + then + " then to " + now + " now: check it." : "";
        if (start.value(DURATION) instanceof org.exampath.domain.FindingValue.Count moved
                && last.value(DURATION) instanceof org.exampath.domain.FindingValue.Count was && moved.value() != was.value()) {
            out += " Duration carried forward from " + was.value() + " weeks then to " + moved.value() + " weeks now: check it.";
        }
        return out;
    }

    /** See {@link Autosave#resume}. */
    CompletableFuture<Void> resume() {
        long asked = window.generation();
        return recovery.noticed().handle((done, unreadable) -> null).thenCompose(read -> statusLine.read(() -> {
            Optional<Long> last = store.lastOpen();
            if (last.isEmpty()) {
                return Optional.<LoadedEncounter>empty();
            }
            return Optional.of(LoadedEncounter.read(store, last.get(), recovery.actions()));
        }, found -> found.ifPresent(loaded -> {
            Encounters.Encounter e = loaded.encounter();
            if (window.generation() != asked) {
                statusLine.show(recovery.withLeftoverNotice("Encounter " + e.id() + ", left open last time, not resumed: another exam was opened first."));
                return;
            }
            window.show(loaded);
            // the resumed encounter never hides the notice of copies still waiting: it stays on the same line
            statusLine.show(recovery.withLeftoverNotice("Resumed encounter " + e.id() + " as it was left."));
        })));
    }

    /** Shows the encounter an exam file just opened was found stored as, read once the saves queued so far are tried. */
    void openStored(long id) {
        statusLine.read(savesTried.get(), () -> LoadedEncounter.read(store, id, recovery.actions()), loaded -> {
            window.show(loaded);
            statusLine.show("This exam file is already stored, as encounter " + id + " of " + loaded.encounter().date()
                    + ": opened as stored (not stored again).");
        });
    }
}
