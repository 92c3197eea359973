package org.exampath.ui.hypotheses;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.exampath.ui.common.CappedScroll;
import org.exampath.ui.common.Tips;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.WrappedLabel;
import org.exampath.ui.common.WrappedLink;

/**
 * The red-flag banner, pinned above the panel and never scrolled away: each standing flag with what
 * raised it and what was done, and earlier visits' flags, then the screen's state with its count.
 * The flags take at most the height the panel gives them ({@link #flagsCapProperty()}); more than
 * that scrolls within the banner, so that neither the screen's line below them nor the summary strip
 * is ever pushed out of the window.
 */
public final class RedFlagBanner extends Column {
    private final RedFlagBannerViewModel model;
    private final VBox flags = new Column(4);
    private final VBox earlier = new Column(2);
    private final CappedScroll scroll = new CappedScroll(new Column(4, flags, earlier));

    public RedFlagBanner(RedFlagBannerViewModel model) {
        super(4);
        this.model = model;
        setId("red-flag-banner");
        getStyleClass().add("red-flag-banner");
        earlier.setId("earlier-flags");
        scroll.setId("red-flag-scroll");
        scroll.getStyleClass().add("red-flag-scroll");
        model.levelProperty().addListener((obs, old, now) -> level(old, now));
        level(null, model.levelProperty().get());
        model.flags().addListener((ListChangeListener<RedFlagBannerViewModel.Flag>) c -> showFlags());
        model.justRaisedProperty().addListener((obs, old, now) -> showFlags());
        model.earlier().addListener((ListChangeListener<String>) c -> showEarlier());
        getChildren().addAll(scroll, moreLine(), screenLine());
        showFlags();
        showEarlier();
    }

    /** The most height the flags and earlier visits' flags take before they scroll. */
    public DoubleProperty flagsCapProperty() {
        return scroll.capProperty();
    }

    private void level(FlagLevel old, FlagLevel now) {
        if (old != null) {
            getStyleClass().remove("banner-" + old.styleClass());
        }
        getStyleClass().add("banner-" + now.styleClass());
    }

    /**
     * While the flags overflow their share, a line names every flag standing (none is ever out of sight, even
     * scrolled past) and says that the box scrolls.
     */
    private Node moreLine() {
        Label more = wrapped("", "flags-more");
        more.setId("flags-more");
        more.setMinHeight(USE_PREF_SIZE);
        more.textProperty().bind(Bindings.createStringBinding(() -> model.flags().size() > 1
                ? model.flags().size() + " flags stand: " + String.join("; ", model.flags().stream()
                        .map(f -> f.title() + (model.justRaisedProperty().get().contains(f.id()) ? " (new)" : "")).toList())
                        + ". Scroll this box to read each one."
                : "Scroll this box to read it all", model.flags(), model.justRaisedProperty()));
        more.visibleProperty().bind(scroll.overflowingProperty());
        more.managedProperty().bind(scroll.overflowingProperty());
        return more;
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
            Label text = wrapped(flag.text(), "red-flag");
            text.setId("red-flag-" + flag.id());
            text.getStyleClass().add(flag.level().styleClass());
            if (model.justRaisedProperty().get().contains(flag.id())) {
                // shown here, in the banner that is always on screen, never in a pop-up over the form being answered
                Label fresh = wrapped("NEW — raised by the last answer", "red-flag-new");
                fresh.setId("red-flag-new-" + flag.id());
                flags.getChildren().add(fresh);
                text.getStyleClass().add("just-raised");
            }
            flags.getChildren().addAll(text, wrapped(flag.cause(), "red-flag-why"));
            for (String done : flag.actions()) {
                flags.getChildren().add(wrapped(done, "flag-action"));
            }
            if (model.canRecord()) {
                flags.getChildren().add(recorder(flag.id()));
            }
        }
    }

    /** A field and button to record what was done about the flag; a refusal shows beneath them. */
    private Node recorder(String flag) {
        TextField action = new TextField();
        action.setId("ack-" + flag + "-text");
        action.setPromptText("Action taken (e.g. referred to ED, MRI booked)");
        Button record = new Button("Record");
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
        HBox.setHgrow(action, Priority.ALWAYS);
        return new Column(2, new HBox(6, action, record), problem);
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
