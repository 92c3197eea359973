package org.exampath.ui.hypotheses;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exampath.text.ImagingLevel;
import org.exampath.ui.common.FocusFollow;
import org.exampath.ui.common.Tips;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.WrappedLabel;

/**
 * The panel beside the form. Pinned at the top: the red-flag banner (with no scroll of its own: flags
 * fold to their first lines) and the summary strip. Below them, scrolling: the ranked hypotheses with
 * their reasons, the pain driver and management, inconsistencies, imaging and the next tests; it keeps
 * room for the title and the top three hypotheses (the top one while a flag stands), and when the pinned column leaves less than that
 * the whole panel scrolls instead (banner first), so no flag sits in a small box of its own. While an
 * emergency stands only the flag, its action and the action record are shown; while an urgent flag
 * stands, management and next tests sit under it.
 */
public final class HypothesisPanel extends Column {
    private static final PseudoClass UNDER_FLAG = PseudoClass.getPseudoClass("under-flag");
    /** The hypotheses the details keep room for under the pinned column while no flag stands. */
    private static final int TOP_KEPT = 3;
    /**
     * While a flag stands, its action is read whole and the hypothesis list gives way: room is kept for the leading
     * one only, and the rest are read by scrolling the details.
     */
    private static final int TOP_KEPT_UNDER_FLAG = 1;
    private final HypothesisPanelViewModel model;

    public HypothesisPanel(HypothesisPanelViewModel model) {
        this.model = model;
        setId("hypothesis-panel");
        getStyleClass().add("hypothesis-panel");
        VBox pinned = new Column(6, new RedFlagBanner(model.banner()), new SummaryStrip(model.strip(), model));
        pinned.getStyleClass().add("panel-pinned");
        pinned.setPadding(new Insets(6, 10, 6, 10));
        pinned.setMinHeight(Region.USE_PREF_SIZE);
        HypothesisRows rows = new HypothesisRows(model.rows(), model.evidenceProperty());
        ScrollPane scroll = new DetailsScroll(details(rows), rows,
                () -> model.banner().flags().isEmpty() ? TOP_KEPT : TOP_KEPT_UNDER_FLAG);
        scroll.setId("panel-scroll");
        scroll.getStyleClass().add("panel-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the whole panel scrolls only when the pinned column and the kept rows do not fit its height together
        ScrollPane whole = new ScrollPane();
        VBox column = new VBox(pinned, scroll) {
            /**
             * The panel's height, or more when the pinned column whole over the kept rows needs more (then the panel
             * scrolls). Measured at the width it has: the scroll around it may ask without one.
             */
            @Override
            protected double computePrefHeight(double width) {
                double w = width < 0 ? getWidth() : width;
                double needed = w <= 0 ? super.computePrefHeight(width) : pinned.prefHeight(w) + scroll.minHeight(w);
                return Math.max(whole.getViewportBounds().getHeight(), needed);
            }

            @Override
            protected double computeMinHeight(double width) {
                return computePrefHeight(width);
            }
        };
        whole.viewportBoundsProperty().addListener((obs, was, now) -> {
            if (was.getHeight() != now.getHeight()) {
                column.requestLayout();
            }
        });
        // the details set their least height while the column lays them out, when a request to measure it again is
        // not heard: asked on the next pulse, so a height kept from an earlier pass does not leave the panel scrolling
        // (the details' foot below the window) for nothing
        scroll.minHeightProperty().addListener((obs, was, now) -> Platform.runLater(column::requestLayout));
        whole.setContent(column);
        whole.setId("panel-whole-scroll");
        whole.getStyleClass().add("panel-whole-scroll");
        whole.setFitToWidth(true);
        whole.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // a flag's action field (or any control) that takes the focus out of view is scrolled to
        FocusFollow.install(whole);
        VBox.setVgrow(whole, Priority.ALWAYS);
        getChildren().add(whole);
    }

    /** The title of the working diagnosis with the evidence toggle beside it. */
    private HBox diagnosisTitle() {
        ToggleButton evidence = new ToggleButton("Evidence");
        evidence.setId("evidence-toggle");
        evidence.getStyleClass().add("evidence-toggle");
        evidence.selectedProperty().bindBidirectional(model.evidenceProperty());
        Tips.install(evidence, "Show likelihood ratios, provenance tags, shrinkage and estimate notes");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(title("Working diagnosis"), spacer, evidence);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private VBox details(HypothesisRows rows) {
        Label driver = text("driver", "driver");
        driver.textProperty().bind(model.driverProperty());
        Label management = text("management", "management");
        management.textProperty().bind(model.managementProperty());
        Label underFlag = text("under-flag", "under-flag");
        underFlag.textProperty().bind(model.underFlagTextProperty());
        shownWhile(underFlag, model.underFlagProperty());
        Label imaging = text("imaging", "imaging");
        imaging.textProperty().bind(model.imagingProperty().map(ImagingLevel::text));
        model.imagingProperty().addListener((obs, old, now) -> {
            imaging.getStyleClass().remove(old.styleClass());
            imaging.getStyleClass().add(now.styleClass());
        });
        imaging.getStyleClass().add(model.imagingProperty().get().styleClass());
        Label imagingReason = text("imaging-reason", "imaging-reason");
        imagingReason.textProperty().bind(model.imagingReasonProperty());
        Label held = text("withheld-note", "withheld-note");
        held.textProperty().bind(model.heldProperty());
        shownWhile(held, model.withheldProperty());
        VBox plan = new Column(6, underFlag, management, title("Next tests most worth doing"), new NextTestsView(model));
        plan.setId("plan");
        plan.getStyleClass().add("plan");
        model.underFlagProperty().addListener((obs, was, now) -> plan.pseudoClassStateChanged(UNDER_FLAG, now));
        plan.pseudoClassStateChanged(UNDER_FLAG, model.underFlagProperty().get());
        VBox usual = new Column(10, diagnosisTitle(), rows,
                title("Pain driver"), driver, plan, title("Inconsistent findings"), new InconsistenciesView(model),
                title("Imaging"), imaging, imagingReason);
        shownWhile(usual, model.withheldProperty().not());
        VBox content = new Column(10, held, usual);
        content.setPadding(new Insets(10));
        return content;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        return l;
    }

    private static Label text(String id, String styleClass) {
        Label l = new WrappedLabel();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static void shownWhile(javafx.scene.Node node, javafx.beans.value.ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
