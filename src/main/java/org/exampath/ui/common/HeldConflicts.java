package org.exampath.ui.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.store.SaveConflict;

/**
 * The conflict panel's rows and the plan or assessment texts a conflict holds: what a colleague changed while this
 * clinician's change of it was not stored, both values shown, and the clinician's text of the plan or assessment held in
 * the panel until they choose (Keep theirs, Use mine), never dropped unseen. The rows live on the JavaFX thread; the
 * texts held back from saves already queued live on the autosave queue.
 */
final class HeldConflicts {
    private static final String PLAN = "encounter.plan";
    /** The encounter's own texts a conflict holds in the panel: the clinician's words are never dropped unseen. */
    private static final Set<String> TEXT_ENTRIES = Set.of(PLAN, "encounter.assessment");

    private final ExamSession session;
    private final ScheduledExecutorService queue;
    /** JavaFX thread: the rows of the panel under the steps. */
    private final ObservableList<FindingConflict> rows = FXCollections.observableArrayList();
    /**
     * On the queue thread: the plan or assessment refused whose saves queued before the form showed the colleague's text
     * still carry the clinician's refused text; those saves send the colleague's text instead (the clinician's waits in the
     * panel). Once the form shows theirs, what is typed in it is sent as it stands ({@link #heldShown}).
     */
    private volatile Set<String> heldTexts = Set.of();

    /** {@code queue}: the autosave queue, where the texts held back are kept. */
    HeldConflicts(ExamSession session, ScheduledExecutorService queue) {
        this.session = session;
        this.queue = queue;
    }

    /** The rows, to change (JavaFX thread). */
    ObservableList<FindingConflict> rows() {
        return rows;
    }

    /** The rows, read-only, for the panel. */
    ObservableList<FindingConflict> shown() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Whether {@code entry} is one of the encounter's texts a conflict holds (the plan, the assessment). */
    static boolean isText(String entry) {
        return TEXT_ENTRIES.contains(entry);
    }

    /** The text of {@code entry}, the encounter's plan or assessment, in {@code r}. */
    static String text(ExamRecord r, String entry) {
        return entry.equals(PLAN) ? r.plan() : r.assessment();
    }

    /** {@code r} with {@code text} as its plan or assessment ({@code entry}). */
    static ExamRecord withText(ExamRecord r, String entry, String text) {
        return entry.equals(PLAN) ? r.withPlan(text) : r.withAssessment(text);
    }

    /** Puts {@code text} into the exam shown as its plan or assessment ({@code entry}) (JavaFX thread). */
    private void showText(String entry, String text) {
        ExamRecord r = withText(session.exam().record(), entry, text);
        session.setNotes(r.assessment(), r.plan());
    }

    /**
     * The form shows the colleague's text of {@code entries} (JavaFX thread, called just after it is put there, or when
     * the exam it was refused for is no longer shown): saves queued from now on send the form's text as it stands, the
     * colleague's or the clinician's change typed on it, as a finding entered again after a conflict is sent.
     */
    void heldShown(Set<String> entries) {
        if (queue.isShutdown()) {
            return; // the window closed: nothing more is sent
        }
        queue.execute(() -> {
            Set<String> still = new HashSet<>(heldTexts);
            still.removeAll(entries);
            heldTexts = Set.copyOf(still);
        });
    }

    /**
     * On the queue thread: saves already queued with this clinician's text of {@code texts} send theirs, until the form
     * shows theirs and the row holds hers.
     */
    void hold(List<FindingConflict> texts) {
        if (!texts.isEmpty()) {
            Set<String> now = new HashSet<>(heldTexts);
            texts.forEach(t -> now.add(t.finding()));
            heldTexts = Set.copyOf(now);
        }
    }

    /**
     * The plan or assessment in the form, when it is not the colleague's text the panel put there for {@code conflict}:
     * the clinician typed on it since (stored as their change); empty when it is theirs as put, or for a finding (JavaFX thread).
     */
    Optional<String> typedSince(FindingConflict conflict) {
        if (!conflict.entry()) {
            return Optional.empty();
        }
        String now = text(session.exam().record(), conflict.finding());
        return Objects.equals(blankless(now), blankless(conflict.theirs())) ? Optional.empty() : Optional.ofNullable(now);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * The clinician uses their own text of {@code conflict} (see {@link Autosave#useMine}): it goes into the exam shown and
     * the row leaves the list; true when it did, so the form is to be saved (JavaFX thread).
     */
    boolean useMine(FindingConflict conflict, boolean afterTyped) {
        if (!conflict.entry() || !rows.contains(conflict)) {
            return false;
        }
        Optional<String> typed = typedSince(conflict);
        rows.remove(conflict);
        showText(conflict.finding(), afterTyped && typed.isPresent() ? joined(typed.get(), conflict.yours()) : conflict.yours());
        return true;
    }

    /** The colleague's value of {@code conflict} is kept: the row leaves the list; true for a text, whose form is to be saved. */
    boolean keepTheirs(FindingConflict conflict) {
        return rows.remove(conflict) && conflict.entry();
    }

    /** Two texts of the clinician's, {@code first} then {@code then}, on separate lines; either alone when the other is blank. */
    private static String joined(String first, String then) {
        if (blankless(first) == null) {
            return then;
        }
        return blankless(then) == null ? first : first.stripTrailing() + "\n" + then;
    }

    /**
     * What the row for {@code entry} holds when its text is refused (again) with {@code onScreen} in the form (JavaFX
     * thread): the text on screen, or, while a row still holds the clinician's earlier text, that text followed by what they
     * typed on the colleague's since, so a second refusal drops neither.
     */
    private String stillHeld(String entry, String onScreen) {
        Optional<FindingConflict> before = rows.stream().filter(c -> c.entry() && c.finding().equals(entry)).findFirst();
        if (before.isEmpty()) {
            return onScreen;
        }
        return Objects.equals(blankless(onScreen), blankless(before.get().theirs())) ? before.get().yours()
                : joined(before.get().yours(), onScreen);
    }

    /**
     * A save refused for {@code conflict} while its exam is shown (JavaFX thread): rows not yet dismissed stay (a red flag
     * one hides is never dropped unseen) and a finding refused again is replaced; {@code found}, the findings' rows, and
     * {@code texts}, the plan or assessment refused, whose row holds the text on screen now (typed on since, maybe) while
     * theirs goes into the form; the form shows their finding value where it still shows the one refused.
     */
    void showRefused(SaveConflict conflict, List<FindingConflict> found, List<FindingConflict> texts) {
        List<FindingConflict> held = new ArrayList<>();
        for (FindingConflict t : texts) {
            String mine = stillHeld(t.finding(), text(session.exam().record(), t.finding()));
            if (!Objects.equals(mine, t.theirs())) {
                held.add(FindingConflict.ofEntry(t.finding(), t.theirs(), t.setBy(), mine));
            }
        }
        List<FindingConflict> added = new ArrayList<>(found);
        added.addAll(held);
        rows.removeIf(c -> added.stream().anyMatch(f -> f.finding().equals(c.finding())));
        rows.addAll(added);
        for (var c : conflict.conflicts()) {
            if (Objects.equals(session.exam().value(c.finding()), CopyMerge.decoded(c.yours()))) {
                session.set(c.finding(), CopyMerge.decoded(c.theirs()));
            }
        }
        for (FindingConflict t : held) {
            showText(t.finding(), t.theirs());
        }
    }

    /**
     * A confirmation of {@code shown} refused for {@code conflict} (JavaFX thread): each finding's row names both values,
     * and the form shows theirs where it still shows the value confirmed.
     */
    void showUnconfirmed(SaveConflict conflict, FindingValue shown) {
        for (var c : conflict.conflicts()) {
            FindingValue theirs = CopyMerge.decoded(c.theirs());
            rows.removeIf(f -> f.finding().equals(c.finding()));
            rows.add(CopyMerge.conflict(session.knowledge(), c.finding(), theirs, c.setBy(), shown));
            if (Objects.equals(session.exam().value(c.finding()), shown)) {
                session.set(c.finding(), theirs);
            }
        }
    }

    /** {@code exam} as a save refused for {@code conflict} left it stored: the colleague's values and texts in it. */
    static Exam withTheirs(Exam exam, SaveConflict conflict) {
        Exam stored = exam;
        for (var c : conflict.conflicts()) {
            stored = stored.with(c.finding(), CopyMerge.decoded(c.theirs()));
        }
        for (var c : conflict.entries()) {
            if (isText(c.finding())) {
                stored = stored.withRecord(withText(stored.record(), c.finding(), c.theirs()));
            }
        }
        return stored;
    }

    /** The plan and assessment {@code conflict} refused: listed in the panel, the clinician's text held there until they choose. */
    static List<FindingConflict> texts(SaveConflict conflict) {
        return conflict.entries().stream().filter(c -> isText(c.finding()))
                .map(c -> FindingConflict.ofEntry(c.finding(), c.theirs(), c.setBy(), c.yours())).toList();
    }

    /**
     * On the queue thread: {@code exam} with a plan or assessment just refused put back as {@code stored} has it (the
     * colleague's), while the form still shows the refused text: that text goes to the row in the panel, never sent over
     * theirs unchosen.
     */
    Exam withoutHeldTexts(Exam exam, Exam stored) {
        Set<String> held = heldTexts;
        if (held.isEmpty() || stored == null) {
            return exam;
        }
        ExamRecord r = exam.record();
        for (String entry : TEXT_ENTRIES) {
            if (held.contains(entry)) {
                r = withText(r, entry, text(stored.record(), entry));
            }
        }
        return exam.withRecord(r);
    }
}
