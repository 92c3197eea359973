package org.exampath.ui.hypotheses;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exampath.ui.common.FocusFollow;
import org.exampath.ui.common.Tips;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.WrappedLabel;
import org.exampath.ui.common.WrappedLink;

/**
 * The red-flag banner, pinned above the panel and never scrolled away: each standing flag with what
 * raised it and what was done, and earlier visits' flags, a "Noted for follow-up" line naming any low-value
 * item, then the screen's state with its count. It has no scroll of its own. An emergency's or an urgent
 * flag's action is always read whole, with the first clause of what raised it; "more" shows the rest of what
 * raised it. A soon flag folds to its level, name and its action's first sentence, whole. Where space is short
 * the hypothesis list below gives way, never a flag.
 */
public final class RedFlagBanner extends Column {
    private final RedFlagBannerViewModel model;
    private final VBox flags = new Column(6);
    private final VBox earlier = new Column(2);

    public RedFlagBanner(RedFlagBannerViewModel model) {
        super(4);
        this.model = model;
        setId("red-flag-banner");
        getStyleClass().add("red-flag-banner");
        earlier.setId("earlier-flags");
        // never squeezed: what does not fit the panel is reached by scrolling the panel, not cut off here
        setMinHeight(USE_PREF_SIZE);
        model.levelProperty().addListener((obs, old, now) -> level(old, now));
        level(null, model.levelProperty().get());
        model.flags().addListener((ListChangeListener<RedFlagBannerViewModel.Flag>) c -> showFlags());
        model.justRaisedProperty().addListener((obs, old, now) -> showFlags());
        model.earlier().addListener((ListChangeListener<String>) c -> showEarlier());
        getChildren().addAll(flags, earlier, notedLine(), screenLine());
        showFlags();
        showEarlier();
    }

    private void level(FlagLevel old, FlagLevel now) {
        if (old != null) {
            getStyleClass().remove("banner-" + old.styleClass());
        }
        getStyleClass().add("banner-" + now.styleClass());
    }

    /** "Noted for follow-up: Age 50 or over: noted, not escalated.": low-value items, named, never as a red flag. */
    private Node notedLine() {
        Label noted = new WrappedLabel();
        noted.setId("noted-items");
        noted.getStyleClass().add("noted-line");
        noted.textProperty().bind(model.notedProperty());
        noted.visibleProperty().bind(model.notedProperty().isNotEmpty());
        noted.managedProperty().bind(noted.visibleProperty());
        return noted;
    }

    private Node screenLine() {
        Hyperlink screen = new WrappedLink();
        screen.setId("screen-reminder");
        screen.setMinHeight(USE_PREF_SIZE);
        screen.getStyleClass().add("screen-reminder");
        screen.textProperty().bind(model.screenProperty());
        screen.disableProperty().bind(model.completeProperty());
        screen.setOnAction(e -> model.askNext());
        Tips.install(screen, "Go to the first screening question not yet asked");
        return screen;
    }

    private void showFlags() {
        flags.getChildren().clear();
        for (RedFlagBannerViewModel.Flag flag : model.flags()) {
            flags.getChildren().add(flag(flag));
        }
        flags.setVisible(!model.flags().isEmpty());
        flags.setManaged(!model.flags().isEmpty());
    }

    /**
     * One flag: its text, what raised it, what was done, and the field to record more. An emergency's or an urgent
     * flag's action (the when and the what) is always read whole, with the first clause of what raised it; "more"
     * shows the rest of what raised it and what to record next. A soon flag folds to its action's first sentence.
     * A flag the last answer raised is marked "NEW" at the head of the line under its text (what raised it, or the
     * line of its action field), never beside the text, which keeps the banner's whole width.
     */
    private Node flag(RedFlagBannerViewModel.Flag flag) {
        VBox box = new Column(2);
        box.setId("flag-box-" + flag.id());
        BooleanProperty whole = model.unfoldedProperty(flag);
        boolean actionKept = flag.level().keepsActionWhole();
        Label fresh = model.justRaisedProperty().get().contains(flag.id()) ? freshMark(flag) : null;
        Label cause = wrapped("", "red-flag-why");
        cause.textProperty().bind(Bindings.when(whole).then(flag.cause()).otherwise(flag.causeFirst()));
        if (actionKept) {
            cause.setVisible(!flag.cause().isEmpty());
            cause.setManaged(cause.isVisible());
        } else {
            cause.visibleProperty().bind(whole);
            cause.managedProperty().bind(whole);
        }
        // the mark goes on the line of what raised it when that line is always shown, else on the action field's line
        boolean markOnCause = fresh != null && actionKept && !flag.cause().isEmpty();
        box.getChildren().addAll(text(flag, whole, fresh != null), markOnCause ? markedLine(fresh, cause) : cause);
        for (String done : flag.actions()) {
            box.getChildren().add(wrapped(done, "flag-action"));
        }
        Hyperlink more = moreLink(flag, whole, box);
        Label lineMark = markOnCause ? null : fresh;
        box.getChildren().add(model.canRecord() ? recorder(flag.id(), lineMark, more) : moreLine(lineMark, more));
        return box;
    }

    /** The flag's level, name and action, folded to the first sentence of its action where a soon flag folds. */
    private static Label text(RedFlagBannerViewModel.Flag flag, BooleanProperty whole, boolean fresh) {
        Label text = wrapped("", "red-flag");
        text.setId("red-flag-" + flag.id());
        text.getStyleClass().add(flag.level().styleClass());
        if (fresh) {
            text.getStyleClass().add("just-raised");
        }
        if (flag.level().keepsActionWhole() || !flag.actionFolds()) {
            text.setText(flag.text());
        } else {
            text.textProperty().bind(Bindings.when(whole).then(flag.text()).otherwise(flag.foldedText()));
        }
        return text;
    }

    /**
     * "NEW": the flag was raised by the last answer. Shown in the banner that is always on screen, never in a pop-up
     * over the form being answered; its tip and accessible text say what it means.
     */
    private static Label freshMark(RedFlagBannerViewModel.Flag flag) {
        Label fresh = new Label("NEW");
        fresh.getStyleClass().add("red-flag-new");
        fresh.setId("red-flag-new-" + flag.id());
        fresh.setMinWidth(USE_PREF_SIZE);
        fresh.setAccessibleText("New: raised by the last answer");
        Tips.install(fresh, "Raised by the last answer");
        return fresh;
    }

    /** The mark at the head of a line, the line's text wrapping beside it. */
    private static Node markedLine(Label fresh, Label text) {
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(4, fresh, text);
        line.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return line;
    }

    /** "more…" / "less": shows or folds what the flag folds; hidden when nothing is folded. */
    private static Hyperlink moreLink(RedFlagBannerViewModel.Flag flag, BooleanProperty whole, VBox box) {
        boolean actionKept = flag.level().keepsActionWhole();
        Hyperlink more = new Hyperlink();
        more.setId("flag-more-" + flag.id());
        more.getStyleClass().add("flag-more");
        more.setMinWidth(USE_PREF_SIZE);
        more.textProperty().bind(Bindings.when(whole).then("less").otherwise("more…"));
        more.setOnAction(e -> {
            whole.set(!whole.get());
            // the flag grows or shrinks around the link: the panel follows, so a keyboard user keeps the place
            FocusFollow.keepPlace(more, box);
        });
        // nothing folded, nothing to unfold
        boolean folds = actionKept ? !flag.causeFirst().equals(flag.cause()) : flag.actionFolds() || !flag.cause().isEmpty();
        more.setVisible(folds);
        more.setManaged(folds);
        Tips.install(more, actionKept ? "Show or fold the rest of what raised the flag and what to record next"
                : "Show or fold the flag's whole action and what raised it");
        return more;
    }

    /** The line of "more…" where no action can be recorded, with the flag's mark at its head when it has one. */
    private static Node moreLine(Label fresh, Node more) {
        HBox line = fresh == null ? new HBox(spacer(), more) : new HBox(fresh, spacer(), more);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /**
     * A field and button to record what was done about the flag, after the flag's mark when it has one; a refusal
     * shows beneath them.
     */
    private Node recorder(String flag, Label fresh, Node more) {
        TextField action = new TextField();
        action.setId("ack-" + flag + "-text");
        // short enough to be read whole in the narrow panel at 1024×700; the examples are in the tip
        action.setPromptText("Action taken…");
        Tips.install(action, "What was done about this flag, e.g. referred to ED, MRI booked, GP letter sent");
        Button record = new Button("Record");
        record.setMinWidth(USE_PREF_SIZE);
        record.setId("ack-" + flag + "-record");
        action.textProperty().bindBidirectional(model.draftProperty(flag));
        record.setOnAction(e -> record(flag));
        // Enter in the field records, as the button does (and is refused the same way when nothing is typed)
        action.setOnAction(e -> {
            e.consume();
            record(flag);
        });
        Label problem = new WrappedLabel();
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(Bindings.when(model.problemFlagProperty().isEqualTo(flag))
                .then(model.problemProperty()).otherwise(""));
        // an empty line takes no room: the field and its button sit straight under the flag
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox.setHgrow(action, Priority.ALWAYS);
        HBox line = new HBox(6, action, record, more);
        if (fresh != null) {
            line.getChildren().add(0, fresh);
        }
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new Column(2, line, problem);
    }

    /**
     * Records the flag's action. The banner is drawn again with the action under the flag, so the keyboard is put
     * back in the flag's action field (never left to fall to the first field of the window, the patient's label).
     */
    private void record(String flag) {
        if (model.record(flag)) {
            javafx.scene.Node field = lookup("#ack-" + flag + "-text");
            if (field != null) {
                field.requestFocus();
            }
        }
    }

    private void showEarlier() {
        earlier.getChildren().clear();
        for (String line : model.earlier()) {
            earlier.getChildren().add(wrapped(line, "earlier-flag"));
        }
        earlier.setVisible(!model.earlier().isEmpty());
        earlier.setManaged(!model.earlier().isEmpty());
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new WrappedLabel(text);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
