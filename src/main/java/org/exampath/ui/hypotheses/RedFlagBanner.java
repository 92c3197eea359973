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
 * raised it and what was done, and earlier visits' flags, then the screen's state with its count.
 * It has no scroll of its own: a flag other than an emergency is folded to its first two lines (its
 * level, name and the start of what to do) with a "more" toggle that shows it whole with what raised
 * it, so that one or two flags leave the working diagnosis room at 1024×700.
 */
public final class RedFlagBanner extends Column {
    /** The lines of a folded flag's text: its level and name, and the start of its action. */
    private static final int FOLDED_LINES = 2;
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
        getChildren().addAll(flags, earlier, screenLine());
        showFlags();
        showEarlier();
    }

    private void level(FlagLevel old, FlagLevel now) {
        if (old != null) {
            getStyleClass().remove("banner-" + old.styleClass());
        }
        getStyleClass().add("banner-" + now.styleClass());
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

    /** One flag: its text (folded or whole), what raised it when whole, what was done, and the field to record more. */
    private Node flag(RedFlagBannerViewModel.Flag flag) {
        VBox box = new Column(2);
        box.setId("flag-box-" + flag.id());
        BooleanProperty whole = model.unfoldedProperty(flag);
        Label text = wrapped(flag.text(), "red-flag");
        text.setId("red-flag-" + flag.id());
        text.getStyleClass().add(flag.level().styleClass());
        // folded: as many lines as fit FOLDED_LINES, the last one ending in an ellipsis
        text.maxHeightProperty().bind(Bindings.when(whole).then(Double.MAX_VALUE)
                .otherwise(Bindings.createDoubleBinding(() -> lines(text, FOLDED_LINES), text.fontProperty())));
        Node head = text;
        if (model.justRaisedProperty().get().contains(flag.id())) {
            // shown here, in the banner that is always on screen, never in a pop-up over the form being answered;
            // beside the flag's text, so that it costs the panel no line of its own
            Label fresh = new Label("NEW");
            fresh.getStyleClass().add("red-flag-new");
            fresh.setId("red-flag-new-" + flag.id());
            fresh.setMinWidth(USE_PREF_SIZE);
            Tips.install(fresh, "Raised by the last answer");
            text.getStyleClass().add("just-raised");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(4, fresh, text);
            line.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            head = line;
        }
        Label cause = wrapped(flag.cause(), "red-flag-why");
        cause.visibleProperty().bind(whole);
        cause.managedProperty().bind(whole);
        box.getChildren().addAll(head, cause);
        for (String done : flag.actions()) {
            box.getChildren().add(wrapped(done, "flag-action"));
        }
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
        Tips.install(more, "Show or fold the flag's whole action and what raised it");
        box.getChildren().add(model.canRecord() ? recorder(flag.id(), more) : new HBox(spacer(), more));
        return box;
    }

    /** The height of {@code count} lines of the label's text, with its padding. */
    private static double lines(Label label, int count) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text("Xg");
        probe.setFont(label.getFont());
        javafx.geometry.Insets in = label.getInsets();
        return Math.ceil(probe.getLayoutBounds().getHeight() * count + label.getLineSpacing() * (count - 1)) + in.getTop() + in.getBottom() + 1;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** A field and button to record what was done about the flag; a refusal shows beneath them. */
    private Node recorder(String flag, Node more) {
        TextField action = new TextField();
        action.setId("ack-" + flag + "-text");
        // short enough to be read whole in the narrow panel at 1024×700; the examples are in the tip
        action.setPromptText("Action taken…");
        Tips.install(action, "What was done about this flag, e.g. referred to ED, MRI booked, GP letter sent");
        Button record = new Button("Record");
        record.setMinWidth(USE_PREF_SIZE);
        record.setId("ack-" + flag + "-record");
        action.textProperty().bindBidirectional(model.draftProperty(flag));
        record.setOnAction(e -> model.record(flag));
        // Enter in the field records, as the button does (and is refused the same way when nothing is typed)
        action.setOnAction(e -> {
            e.consume();
            model.record(flag);
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
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new Column(2, line, problem);
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
