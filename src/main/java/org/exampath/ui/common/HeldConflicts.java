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
import org.exampath.domain.FindingValue;
import org.exampath.store.SaveConflict;

/**
 * The conflict panel's rows and the encounter's own entries a conflict holds: what a colleague changed while this
 * clinician's change of it was not stored, both values shown, and the clinician's plan, assessment, side, age or sex
 * ({@link HeldEntries}) held in the panel until they choose (Keep theirs, Use mine), never dropped unseen, while the form
 * shows the colleague's (so the red flags are worked out on what is stored). The rows live on the JavaFX thread; the
 * entries held back from saves already queued live on the autosave queue.
 */
final class HeldConflicts {
    private final ExamSession session;
    private final ScheduledExecutorService queue;
    /** JavaFX thread: the rows of the panel under the steps. */
    private final ObservableList<FindingConflict> rows = FXCollections.observableArrayList();
    /**
     * On the queue thread: the entries refused whose saves queued before the form showed the colleague's value still
     * carry the clinician's refused one; those saves send the colleague's instead (the clinician's waits in the panel).
     * Once the form shows theirs, what is entered in it is sent as it stands ({@link #heldShown}).
     */
    private volatile Set<String> heldEntries = Set.of();

    /** {@code queue}: the autosave queue, where the entries held back are kept. */
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

    /**
     * The form shows the colleague's value of {@code entries} (JavaFX thread, called just after it is put there, or when
     * the exam it was refused for is no longer shown): saves queued from now on send the form's value as it stands, the
     * colleague's or the clinician's change made on it, as a finding entered again after a conflict is sent.
     */
    void heldShown(Set<String> entries) {
        if (queue.isShutdown()) {
            return; // the window closed: nothing more is sent
        }
        queue.execute(() -> {
            Set<String> still = new HashSet<>(heldEntries);
            still.removeAll(entries);
            heldEntries = Set.copyOf(still);
        });
    }

    /**
     * On the queue thread: saves already queued with this clinician's value of {@code entries} send theirs, until the form
     * shows theirs and the row holds hers.
     */
    void hold(List<FindingConflict> entries) {
        if (!entries.isEmpty()) {
            Set<String> now = new HashSet<>(heldEntries);
            entries.forEach(t -> now.add(t.finding()));
            heldEntries = Set.copyOf(now);
        }
    }

    /**
     * The entry in the form, when it is not the colleague's value the panel put there for {@code conflict}: the clinician
     * typed on their plan or assessment, or entered another side, age or sex, since (stored as their change; a side, age or
     * sex taken away is given as ""); empty when it is theirs as put, or for a finding (JavaFX thread).
     */
    Optional<String> typedSince(FindingConflict conflict) {
        if (!conflict.entry()) {
            return Optional.empty();
        }
        String now = HeldEntries.of(session.exam(), conflict.finding());
        if (Objects.equals(blankless(now), blankless(conflict.theirs()))) {
            return Optional.empty();
        }
        return conflict.holdsText() ? Optional.ofNullable(now) : Optional.of(Objects.requireNonNullElse(now, ""));
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * The clinician uses their own value of {@code conflict} (see {@link Autosave#useMine}): it goes into the exam shown and
     * the row leaves the list; true when it did, so the form is to be saved (JavaFX thread). Only a text is put after what
     * was typed since ({@code afterTyped}); a side, age or sex replaces the one in the form.
     */
    boolean useMine(FindingConflict conflict, boolean afterTyped) {
        if (!conflict.entry() || !rows.contains(conflict)) {
            return false;
        }
        Optional<String> typed = typedSince(conflict);
        rows.remove(conflict);
        boolean after = afterTyped && typed.isPresent() && conflict.holdsText();
        HeldEntries.show(session, conflict.finding(), after ? joined(typed.get(), conflict.yours()) : conflict.yours());
        return true;
    }

    /** The colleague's value of {@code conflict} is kept: the row leaves the list; true for an entry, whose form is to be saved. */
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
     * What the row for {@code entry} holds when it is refused (again) with {@code onScreen} in the form (JavaFX thread): the
     * value on screen, or, while a row still holds the clinician's earlier one, that one, followed by what they typed on the
     * colleague's text since (a side, age or sex entered since replaces it), so a second refusal drops no text.
     */
    private String stillHeld(String entry, String onScreen) {
        Optional<FindingConflict> before = rows.stream().filter(c -> c.entry() && c.finding().equals(entry)).findFirst();
        if (before.isEmpty()) {
            return onScreen;
        }
        if (Objects.equals(blankless(onScreen), blankless(before.get().theirs()))) {
            return before.get().yours();
        }
        return HeldEntries.isText(entry) ? joined(before.get().yours(), onScreen) : onScreen;
    }

    /**
     * A save refused for {@code conflict} while its exam is shown (JavaFX thread): rows not yet dismissed stay (a red flag
     * one hides is never dropped unseen) and a finding refused again is replaced; {@code found}, the findings' rows, and
     * {@code entries}, the plan, assessment, side, age or sex refused, whose row holds the value on screen now (typed on
     * since, maybe) while theirs goes into the form; the form shows their finding value where it still shows the one refused.
     */
    void showRefused(SaveConflict conflict, List<FindingConflict> found, List<FindingConflict> entries) {
        List<FindingConflict> held = new ArrayList<>();
        for (FindingConflict t : entries) {
            String mine = stillHeld(t.finding(), HeldEntries.of(session.exam(), t.finding()));
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
            HeldEntries.show(session, t.finding(), t.theirs());
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

    /** {@code exam} as a save refused for {@code conflict} left it stored: the colleague's values, texts and entries in it. */
    static Exam withTheirs(Exam exam, SaveConflict conflict) {
        Exam stored = exam;
        for (var c : conflict.conflicts()) {
            stored = stored.with(c.finding(), CopyMerge.decoded(c.theirs()));
        }
        for (var c : conflict.entries()) {
            if (HeldEntries.isHeld(c.finding())) {
                stored = HeldEntries.with(stored, c.finding(), c.theirs());
            }
        }
        return stored;
    }

    /**
     * The encounter's own entries {@code conflict} refused (its side, age, sex, assessment, plan): listed in the panel, the
     * clinician's value held there until they choose.
     */
    static List<FindingConflict> entries(SaveConflict conflict) {
        return conflict.entries().stream().filter(c -> HeldEntries.isHeld(c.finding()))
                .map(c -> FindingConflict.ofEntry(c.finding(), c.theirs(), c.setBy(), c.yours())).toList();
    }

    /**
     * On the queue thread: {@code exam} with an entry just refused put back as {@code stored} has it (the colleague's),
     * while the form still shows the refused value: that value goes to the row in the panel, never sent over theirs unchosen.
     */
    Exam withoutHeld(Exam exam, Exam stored) {
        Set<String> held = heldEntries;
        if (held.isEmpty() || stored == null) {
            return exam;
        }
        Exam out = exam;
        for (String entry : held) {
            out = HeldEntries.with(out, entry, HeldEntries.of(stored, entry));
        }
        return out;
    }
}
