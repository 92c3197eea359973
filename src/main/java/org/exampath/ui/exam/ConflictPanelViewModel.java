package org.exampath.ui.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.exampath.reasoning.RedFlag;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.FindingConflict;
import org.exampath.ui.hypotheses.FlagLevel;

/**
 * The conflict panel's state and words. A finding (or side, age or sex) whose refused value (this clinician's) raises a red
 * flag that the kept value (a colleague's) does not is a red-flag row: it names the flag, and the panel
 * cannot be dismissed while one stands, until the clinician enters a value for it again (their deliberate
 * change, saved as any other) or presses Keep theirs (which records nothing). The engine decides which
 * flags a value raises ({@link ConflictFlags}), on the exam as it is on screen, so the rows follow every edit.
 */
public final class ConflictPanelViewModel {
    /**
     * One finding kept as a colleague set it. {@code flag} names the flags this clinician's value raised
     * (empty when none is hidden) and {@code level} the style of the loudest; {@code note} says what
     * became of it since.
     */
    public record Row(String finding, String label, String theirs, String setBy, String yours, String flag,
                      FlagLevel level, String note, boolean entry) {
        /** Hides a red flag until the clinician acts. */
        public boolean hidesFlag() {
            return !flag.isEmpty();
        }
    }

    /** The longest a plan or assessment is shown in a row, in characters; the whole text goes back with Use mine. */
    private static final int TEXT_SHOWN = 80;

    private final ExamSession session;
    private final Autosave autosave;
    private final Consumer<String> reveal;
    private final ObservableList<FindingConflict> conflicts;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header", "");
    private final ReadOnlyBooleanWrapper flagHidden = new ReadOnlyBooleanWrapper(this, "flagHidden");
    private final ReadOnlyBooleanWrapper textHeld = new ReadOnlyBooleanWrapper(this, "textHeld");
    private final Subscription following;

    /** {@code reveal} shows a finding in the form; without an autosave there are never conflicts. */
    public ConflictPanelViewModel(ExamSession session, Autosave autosave, Consumer<String> reveal) {
        this.session = session;
        this.autosave = autosave;
        this.reveal = reveal;
        this.conflicts = autosave == null ? FXCollections.emptyObservableList() : autosave.conflicts();
        following = conflicts.subscribe(this::refresh)
                .and(session.examProperty().subscribe(exam -> refresh()))
                .and(session.previousProperty().subscribe(previous -> refresh()));
    }

    /** The findings listed, in the order the conflicts came. */
    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** A row hides a red flag: "Got it" does nothing until each is entered again or kept as theirs. */
    public ReadOnlyBooleanProperty flagHiddenProperty() {
        return flagHidden.getReadOnlyProperty();
    }

    /**
     * A row holds this clinician's plan, assessment, side, age or sex, refused because a colleague changed it: stored nowhere
     * else, it stays until they press Use mine or Keep theirs ("Got it" does nothing; leaving the exam or quitting asks first).
     */
    public ReadOnlyBooleanProperty textHeldProperty() {
        return textHeld.getReadOnlyProperty();
    }

    /**
     * What "Use mine" on {@code finding}'s row would replace: the plan (or assessment) in the form when the clinician typed
     * on the colleague's text put there, or the side, age or sex they entered over the colleague's since (saved as their
     * change); empty when the form shows theirs as put. The view asks before it is replaced.
     */
    public java.util.Optional<String> typedSince(String finding) {
        return conflicts.stream().filter(c -> c.finding().equals(finding)).findFirst().flatMap(autosave::typedSince);
    }

    /**
     * "Use mine": this clinician's held text goes into the plan (or assessment), or their side, age or sex into the form, and
     * is saved over the colleague's; a text with {@code afterTyped}, after what they typed in the form since
     * ({@link #typedSince}), else in its place.
     */
    public void useMine(String finding, boolean afterTyped) {
        conflicts.stream().filter(c -> c.finding().equals(finding)).findFirst().ifPresent(c -> autosave.useMine(c, afterTyped));
    }

    /** Whether {@code finding}'s row holds a plan or assessment (not a side, age or sex, nor a finding). */
    public boolean holdsText(String finding) {
        return conflicts.stream().anyMatch(c -> c.finding().equals(finding) && c.holdsText());
    }

    /** "Got it": the clinician has read the rows (refused while a red-flag row or a held text stands). */
    public void dismiss() {
        if (!flagHidden.get() && !textHeld.get() && autosave != null) {
            autosave.dismissConflicts();
        }
    }

    /** "Keep theirs": the colleague's value stands and the row goes; nothing of theirs is recorded (a text typed on it is saved). */
    public void keepTheirs(String finding) {
        conflicts.stream().filter(c -> c.finding().equals(finding)).findFirst().ifPresent(autosave::keepTheirs);
    }

    /** Shows the finding in the form, to enter a value again. */
    public void show(String finding) {
        reveal.accept(finding);
    }

    /** Stops following the autosave and the session (the screen is closing). */
    public void dispose() {
        following.unsubscribe();
    }

    private void refresh() {
        if (conflicts.isEmpty()) {
            rows.clear();
            flagHidden.set(false);
            textHeld.set(false);
            header.set("");
            return;
        }
        Map<String, List<RedFlag>> hidden = ConflictFlags.hidden(session.engine(), session.exam(),
                session.previousProperty().get(), conflicts);
        List<Row> next = new ArrayList<>();
        int texts = 0;
        List<String> values = new ArrayList<>();
        for (FindingConflict c : conflicts) {
            if (c.entry()) {
                if (c.holdsText()) {
                    texts++;
                } else {
                    values.add(c.label().toLowerCase(java.util.Locale.ROOT));
                }
                List<RedFlag> flags = hidden.getOrDefault(c.finding(), List.of());
                next.add(new Row(c.finding(), c.label(), shown(c.theirs()), c.setBy(), shown(c.yours()), flagLine(c, flags),
                        FlagLevel.loudest(flags), "", true));
                continue;
            }
            List<RedFlag> flags = hidden.getOrDefault(c.finding(), List.of());
            boolean mineAgain = !Objects.equals(c.kept(), c.refused())
                    && Objects.equals(session.exam().value(c.finding()), c.refused());
            next.add(new Row(c.finding(), c.label(), c.theirs(), c.setBy(), c.yours(), flagLine(c, flags),
                    FlagLevel.loudest(flags), mineAgain ? "You entered yours again." : "", false));
        }
        rows.setAll(next);
        flagHidden.set(!hidden.isEmpty());
        textHeld.set(texts + values.size() > 0);
        int n = conflicts.size() - texts - values.size();
        header.set(((n == 0 ? "" : n + " finding" + (n == 1 ? " was" : "s were") + " changed by a colleague while your change was not"
                + " saved: their value is kept and yours was not written. To use yours, enter it again. ")
                + (texts == 0 ? "" : "A colleague changed " + (texts == 1 ? "a text" : "texts") + " you were writing: theirs is in the"
                + " form, and what you type on it there is saved as your change; yours is kept here, and nowhere else, until you"
                + " press Use mine or Keep theirs. ") + valuesLine(values)).strip()
                + (hidden.isEmpty() ? "" : " A red flag your entry raised is not in the red-flag lane while their value"
                + " stands: for each red row, enter yours again or press Keep theirs."));
    }

    /** The header's words for the side, age or sex held ({@code values}, named as the rows name them), else "". */
    private static String valuesLine(List<String> values) {
        if (values.isEmpty()) {
            return "";
        }
        return "A colleague changed the " + String.join(" and ", values) + " while yours was not saved: theirs is in the form,"
                + " and the red flags and hypotheses are worked out on it; yours is kept here, and nowhere else, until you press"
                + " Use mine or Keep theirs.";
    }

    /** A plan or assessment on one line, cut to {@link #TEXT_SHOWN} characters ("none" when empty). */
    private static String shown(String text) {
        if (text == null || text.isBlank()) {
            return "none";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) > TEXT_SHOWN ? line.substring(0, line.offsetByCodePoints(0, TEXT_SHOWN - 1)) + "…" : line;
    }

    private static String flagLine(FindingConflict c, List<RedFlag> flags) {
        if (flags.isEmpty()) {
            return "";
        }
        return "Your entry (" + c.yours() + ") raised " + String.join("; ", flags.stream()
                .map(f -> FlagLevel.of(f).word() + ": " + f.label()).toList()) + ". Their value (" + c.theirs()
                + ") does not, so the red-flag lane no longer shows it.";
    }
}
