package org.exampath.ui.encounters;

import java.util.concurrent.CompletableFuture;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.exampath.knowledge.Keyed;
import org.exampath.knowledge.RedFlagRule;
import org.exampath.knowledge.Urgency;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;

/** Lists and searches stored encounters; opens one or starts a follow-up in the exam window. */
public final class EncounterBrowserViewModel {
    /** What an empty list says when nothing was searched for: the database holds no encounter yet. */
    static final String NONE_YET = "No encounter in this database yet: an exam is saved here as it is entered.";
    /** What the list says when rows were found but the "without an action" filter leaves none of them. */
    static final String NONE_WITHOUT_ACTION = "No encounter listed has a red flag still without an action.";
    static final int LIMIT = 500;

    private final Autosave autosave;
    private final BooleanSupplier mayLeave;
    private final Runnable onScreen;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Encounters.Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty withoutActionOnly = new SimpleBooleanProperty(this, "withoutActionOnly");
    private final FilteredList<Encounters.Row> shown = new FilteredList<>(rows);
    private Consumer<Runnable> fx = Platform::runLater;
    private long searches;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** What an empty list says in its middle: the search's word, or that the filter leaves none of the rows found. */
    private final javafx.beans.binding.StringBinding emptyText = Bindings.createStringBinding(() -> rows.isEmpty()
            || !withoutActionOnly.get() ? message.get() : (NONE_WITHOUT_ACTION + " " + message.get()).strip(),
            rows, withoutActionOnly, message);

    /**
     * @param mayLeave the exam window's leave check, asked before another encounter replaces the one shown (it
     *                 asks the clinician while an entry of theirs would be lost; false means stay)
     */
    public EncounterBrowserViewModel(Autosave autosave, BooleanSupplier mayLeave) {
        this(autosave, mayLeave, () -> { });
    }

    /**
     * @param onScreen run on the JavaFX thread once an encounter opened (or a follow-up started) from the list is on
     *              screen: the exam window puts the keyboard on its first question there
     */
    public EncounterBrowserViewModel(Autosave autosave, BooleanSupplier mayLeave, Runnable onScreen) {
        this.autosave = autosave;
        this.mayLeave = mayLeave;
        this.onScreen = onScreen;
        query.addListener((obs, old, now) -> search());
        shown.predicateProperty().bind(Bindings.createObjectBinding(
                () -> withoutActionOnly.get() ? FlagActionState::needsAction : null, withoutActionOnly));
    }

    /** On: only the encounters with a raised flag that has no action recorded are shown. */
    public BooleanProperty withoutActionOnlyProperty() {
        return withoutActionOnly;
    }

    /** The rows as listed, narrowed to those with a flag still without an action while that filter is on. */
    public ObservableList<Encounters.Row> shownRows() {
        return shown;
    }

    /** Whether the row's raised flags have an action recorded: blank for a row with none raised (see {@link FlagActionState}). */
    public String actionText(Encounters.Row row) {
        return FlagActionState.text(row);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Encounters.Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the list says while it shows no row (in its middle, where the rows would be). */
    public javafx.beans.binding.StringBinding emptyListTextProperty() {
        return emptyText;
    }

    /** Tests without the toolkit apply results in place. */
    public void runUpdatesWith(Consumer<Runnable> runner) {
        fx = runner;
    }

    /**
     * Patient label, date (2026-11 …) or leading hypothesis; newest first. The store is read off
     * the JavaFX thread; the rows are replaced when the answer arrives, unless a newer search has
     * been asked for meanwhile. The future completes once the rows are shown. While an empty list waits for its
     * first rows it says it is looking (the first list after a knowledge update works summaries out again).
     */
    public CompletableFuture<Void> search() {
        long asked = ++searches;
        String text = query.get();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        if (rows.isEmpty()) {
            // an empty list with no word reads as "no encounters"; the first list after a knowledge update can take seconds
            message.set("Looking for encounters…");
        }
        CompletableFuture.supplyAsync(() -> autosave.store().list(text, LIMIT)).whenComplete((found, failure) -> fx.accept(() -> {
            if (asked == searches) {
                if (failure == null) {
                    rows.setAll(found);
                    message.set(found.isEmpty() ? (text == null || text.isBlank() ? NONE_YET : "No encounter matches.")
                            : found.size() == LIMIT ? "Showing the newest " + LIMIT + "." : "");
                } else {
                    message.set(failure.getCause() instanceof StoreException e ? e.getMessage() : failure.getMessage());
                }
            }
            shown.complete(null);
        }));
        return shown;
    }

    /**
     * Opens the row's encounter in the exam window once the exam shown may be left; empty when the clinician
     * chose to stay with it (nothing is read or replaced). The future completes once the encounter is shown.
     */
    public Optional<CompletableFuture<Void>> open(Encounters.Row row) {
        return leaving() ? Optional.of(autosave.load(row.id()).thenRun(onScreen)) : Optional.empty();
    }

    /** Starts a follow-up of the row's encounter, as {@link #open} does: only once the exam shown may be left. */
    public Optional<CompletableFuture<Void>> followUp(Encounters.Row row) {
        return leaving() ? Optional.of(autosave.followUp(row.id()).thenRun(onScreen)) : Optional.empty();
    }

    /**
     * The row's leading hypothesis as the panel names it, with its probability ("Lumbar radicular pain (24%)");
     * for an encounter saved while an emergency stood, that the working diagnosis is held back, as the window
     * holds it back (also for encounters stored before the list held it back).
     */
    public String leadingText(Encounters.Row row) {
        if (row.listedEmergency()) {
            return "held back: emergency";
        }
        if (row.leading() == null) {
            return "";
        }
        String name = autosave.knowledge().hypothesis(row.leading())
                .map(h -> HypothesisPanelViewModel.shortLabel(h.label())).orElse(row.leading().replace('_', ' '));
        return name + (row.leadingProbability() == null ? ""
                : String.format(Locale.ROOT, " (%.0f%%)", row.leadingProbability() * 100));
    }

    /**
     * The row's red-flag state with each flag named as the banner names it ("emergency: Possible cauda equina"; flags
     * at a lower urgency after it under theirs, "emergency: Possible cauda equina; soon: Possible fracture"); with
     * none raised, the screen's state comes first: "no flag in 6 of 25 asked" while questions are unasked, "none
     * raised (screen complete)" only once every question was asked.
     */
    public String flagsText(Encounters.Row row) {
        String flags = row.flags();
        if (flags == null) {
            return "not recorded";
        }
        if (listedUrgency(flags) == null) {
            return noFlagText(flags);
        }
        List<String> groups = new java.util.ArrayList<>();
        for (String group : flags.split("; ")) {
            int colon = group.indexOf(": ");
            List<String> named = Arrays.stream(group.substring(colon + 2).split(", ")).map(this::flagLabel).toList();
            groups.add(group.substring(0, colon) + ": " + String.join("; ", named));
        }
        return String.join("; ", groups);
    }

    private String flagLabel(String id) {
        return autosave.knowledge().redFlags().stream().filter(r -> r.id().equals(id)).map(RedFlagRule::label)
                .findFirst().orElse(id.replace('_', ' '));
    }

    /** The stored state with no flag raised, worded screen first (a state stored in another form is shown as stored). */
    private static String noFlagText(String flags) {
        if (flags.equals("none (screen complete)")) {
            return "none raised (screen complete)";
        }
        String incomplete = "none raised; screen ";
        return flags.startsWith(incomplete) ? "no flag in " + flags.substring(incomplete.length()) : flags;
    }

    /**
     * The urgency a shown red-flag line begins with ("urgent: Possible fracture"): emergency, urgent or soon; null for
     * a line with no flag raised (a noted item is not a flag and is never listed as one).
     */
    public static Urgency shownUrgency(String shown) {
        Urgency u = shown == null ? null : listedUrgency(shown);
        return u == Urgency.NOTED ? null : u;
    }

    /** A shown red-flag line without its urgency ("Possible fracture"), the badge beside it naming the urgency. */
    public static String shownFlags(String shown) {
        return shownUrgency(shown) == null ? shown : shown.substring(shown.indexOf(": ") + 2);
    }

    /**
     * Shown red-flag lines most pressing first: emergency, urgent, soon, then the rows with none raised (not
     * recorded, then a screen not complete, then a complete one). Rows of one rank keep their order (newest first).
     */
    public static int byUrgency(String a, String b) {
        return Integer.compare(urgencyRank(a), urgencyRank(b));
    }

    private static int urgencyRank(String shown) {
        Urgency u = shownUrgency(shown);
        if (u != null) {
            return u.ordinal();
        }
        if (shown == null || shown.equals("not recorded")) {
            return 4;
        }
        return shown.startsWith("no flag in ") ? 5 : 6;
    }

    /** The urgency a listed red-flag state begins with ("urgent: malignancy"), or null for none raised. */
    private static Urgency listedUrgency(String flags) {
        int colon = flags.indexOf(": ");
        return colon < 0 ? null : Keyed.find(Urgency.class, flags.substring(0, colon));
    }

    private boolean leaving() {
        if (mayLeave.getAsBoolean()) {
            return true;
        }
        message.set("The exam shown stays open.");
        return false;
    }
}
