package org.exampath.ui.hypotheses;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.ScreenStatus;

/**
 * The pinned red-flag banner: the flags that stand (loudest first), the state of the screen with its
 * count, the actions recorded, and the flags of earlier visits. Refreshed on every answer. A
 * "noted" low-value item is never shown as a flag: it is named on one small "Noted for follow-up" line.
 */
public final class RedFlagBannerViewModel {
    /**
     * One standing flag as shown: its level, the line to read ({@code head}, its level and name, then {@code action},
     * what to do and when), what raised it ({@code cause}, and {@code causeFirst}, its first clause) and what was done.
     * {@code title}: its level and name alone ("URGENT — Possible fracture"), for a list of every flag standing.
     */
    public record Flag(String id, FlagLevel level, String head, String action, String cause, String causeFirst,
                       List<String> actions, String title) {
        public Flag {
            actions = List.copyOf(actions);
        }

        /** The flag's line whole: its level and name, then its action. */
        public String text() {
            return head + " " + action;
        }

        /** Its line folded: the level and name with the action's first sentence, whole (the when and the what). */
        public String foldedText() {
            return head + " " + firstSentence(action);
        }

        /** There is more to its action than the first sentence. */
        public boolean actionFolds() {
            return !firstSentence(action).equals(action);
        }
    }

    /** The first sentence: up to a full stop followed by a space and a capital ("… this week. Bloods …"). */
    static String firstSentence(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\.\\s+(?=[A-Z])").matcher(text);
        return m.find() ? text.substring(0, m.start() + 1) : text;
    }

    /** Records a flag's action; returns a one-line problem, or "" when recorded. */
    interface Recorder {
        String record(String flag, String action);
    }

    private final ObservableList<Flag> flags = FXCollections.observableArrayList();
    private final ObservableList<Flag> flagsView = FXCollections.unmodifiableObservableList(flags);
    private final ObservableList<String> earlier = FXCollections.observableArrayList();
    private final ObservableList<String> earlierView = FXCollections.unmodifiableObservableList(earlier);
    private final ReadOnlyObjectWrapper<FlagLevel> level = new ReadOnlyObjectWrapper<>(this, "level", FlagLevel.NONE);
    private final ReadOnlyStringWrapper noted = new ReadOnlyStringWrapper(this, "noted", "");
    private final ReadOnlyStringWrapper screen = new ReadOnlyStringWrapper(this, "screen", "");
    private final ReadOnlyIntegerWrapper unasked = new ReadOnlyIntegerWrapper(this, "unasked");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper problemFlag = new ReadOnlyStringWrapper(this, "problemFlag", "");
    private final Set<String> announced = new HashSet<>();
    private final ReadOnlyObjectWrapper<Set<String>> justRaised = new ReadOnlyObjectWrapper<>(this, "justRaised", Set.of());
    private final Map<String, StringProperty> drafts = new HashMap<>();
    private final Map<String, BooleanProperty> unfolded = new HashMap<>();
    private final Recorder recorder;
    private final Consumer<String> reveal;
    private final Runnable afterRecord;
    private Consumer<RedFlag> onNewFlag = flag -> { };
    private String firstUnasked;

    RedFlagBannerViewModel(Recorder recorder, Consumer<String> reveal, Runnable afterRecord) {
        this.recorder = recorder;
        this.reveal = reveal;
        this.afterRecord = afterRecord;
    }

    /**
     * {@code flagsStand}: any flag is raised, a noted low-value item included (night pain alone is a screening
     * question answered yes), so the screen is not called negative, as the note and the summary say.
     */
    void update(List<RedFlag> raised, List<Flag> shown, ScreenStatus status, boolean flagsStand, String date) {
        Set<String> fresh = new HashSet<>();
        for (RedFlag flag : raised) {
            if (!announced.contains(flag.id())) {
                fresh.add(flag.id());
            }
        }
        // the newest flag is marked until another is raised, it is acted on, or it no longer stands
        Set<String> standing = new HashSet<>(raised.stream().map(RedFlag::id).toList());
        Set<String> marked = new HashSet<>(fresh.isEmpty() ? justRaised.get() : fresh);
        marked.retainAll(standing);
        marked.removeIf(id -> shown.stream().anyMatch(f -> f.id().equals(id) && !f.actions().isEmpty()));
        if (!marked.equals(justRaised.get())) {
            justRaised.set(Set.copyOf(marked));
        }
        if (!flags.equals(shown)) {
            flags.setAll(shown);
        }
        level.set(shown.isEmpty() ? FlagLevel.NONE : shown.get(0).level());
        unasked.set(status.unasked().size());
        complete.set(status.complete());
        firstUnasked = status.complete() ? null : status.unasked().get(0);
        screen.set(status.state(flagsStand, date));
        for (RedFlag flag : raised) {
            if (announced.add(flag.id())) {
                onNewFlag.accept(flag);
            }
        }
        announced.retainAll(raised.stream().map(RedFlag::id).toList());
    }

    void showNoted(String line) {
        noted.set(line);
    }

    /** "Noted for follow-up: Age 50 or over: noted, not escalated.", or "" when nothing is noted. */
    public ReadOnlyStringProperty notedProperty() {
        return noted.getReadOnlyProperty();
    }

    void showEarlier(List<String> lines) {
        if (!earlier.equals(lines)) {
            earlier.setAll(lines);
        }
    }

    /**
     * The flags raised by the latest answer that raised any (shown marked "new" in the banner, in place of a pop-up
     * that would cover the form): kept until another flag is raised, an action is recorded for it, or it no longer
     * stands. Empty after another exam is opened (its flags are shown, none is new).
     */
    public ReadOnlyObjectProperty<Set<String>> justRaisedProperty() {
        return justRaised.getReadOnlyProperty();
    }

    /** Another exam is on screen: the flags it opens with are not newly raised. */
    void forgetJustRaised() {
        justRaised.set(Set.of());
    }

    /** Called once for every red flag the moment it is first raised. */
    public void setOnNewFlag(Consumer<RedFlag> handler) {
        onNewFlag = handler;
    }

    public ObservableList<Flag> flags() {
        return flagsView;
    }

    /** Flags raised at earlier visits of this patient, each with its recorded actions. */
    public ObservableList<String> earlier() {
        return earlierView;
    }

    public ReadOnlyObjectProperty<FlagLevel> levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** "Red-flag screen not complete (3 of 16 asked)", or complete, negative, with the date. */
    public ReadOnlyStringProperty screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty unaskedProperty() {
        return unasked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** The last refusal to record an action, and the flag it was for. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemFlagProperty() {
        return problemFlag.getReadOnlyProperty();
    }

    public boolean canRecord() {
        return recorder != null;
    }

    /** Jumps to the first screening question not yet asked. */
    public void askNext() {
        if (firstUnasked != null) {
            reveal.accept(firstUnasked);
        }
    }

    /** The action being typed for a flag, kept while the banner redraws. */
    public StringProperty draftProperty(String flag) {
        return drafts.computeIfAbsent(flag, f -> new SimpleStringProperty(this, "draft-" + f, ""));
    }

    /**
     * Whether a flag is shown whole (its action text in full, what raised it) or folded to its first lines with a
     * "more" toggle, so that several flags and the working diagnosis share a short window without a scroll of
     * their own. An emergency starts whole; the others start folded. Kept while the banner redraws.
     */
    public BooleanProperty unfoldedProperty(Flag flag) {
        return unfolded.computeIfAbsent(flag.id(), f -> new SimpleBooleanProperty(this, "unfolded-" + f, flag.level() == FlagLevel.EMERGENCY));
    }

    /**
     * The standing flags (their titles) with an action typed in the banner but not recorded: the window asks
     * before another exam, or quitting, drops what was typed.
     */
    public List<String> unrecordedDrafts() {
        return flags.stream().filter(f -> drafts.containsKey(f.id()) && !drafts.get(f.id()).get().isBlank())
                .map(Flag::title).toList();
    }

    /**
     * Another exam is shown: an action typed but not recorded belonged to the exam before, so it is dropped
     * (never offered for the same flag of another patient), and so is the last refusal.
     */
    void clearDrafts() {
        drafts.values().forEach(draft -> draft.set(""));
        problemFlag.set("");
        problem.set("");
    }

    /** Records the drafted action for a flag; a refusal is kept in {@link #problemProperty()}, the draft with it. */
    public boolean record(String flag) {
        String action = draftProperty(flag).get();
        String refusal = recorder == null ? "no store: actions cannot be recorded here" : recorder.record(flag, action);
        problemFlag.set(flag);
        problem.set(refusal);
        if (refusal.isEmpty()) {
            draftProperty(flag).set("");
            afterRecord.run();
        }
        return refusal.isEmpty();
    }
}
