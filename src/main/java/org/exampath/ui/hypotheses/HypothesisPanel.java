package org.exampath.ui.hypotheses;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exampath.ui.common.Tips;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.WrappedLabel;

/**
 * The panel beside the form. Pinned at the top and never scrolled away: the red-flag banner and the
 * summary strip; when many flags stand they scroll within the banner, which takes at most a share of
 * the panel's height. Below them, scrolling: the ranked hypotheses with their reasons, the pain driver and
 * management, inconsistencies, imaging and the next tests. While an emergency stands only the flag,
 * its action and the action record are shown; while an urgent flag stands, management and next
 * tests sit under it.
 */
public final class HypothesisPanel extends Column {
    private static final PseudoClass UNDER_FLAG = PseudoClass.getPseudoClass("under-flag");
    /** The most of the panel's height the standing flags take before they scroll inside the banner. */
    private static final double FLAGS_SHARE = 0.45;
    private static final double FLAGS_SHARE_UNDER_EMERGENCY = 0.6;
    /** The least height of the scrolling details below the pinned column. */
    private static final double DETAILS_MIN = 80;
    private final HypothesisPanelViewModel model;

    public HypothesisPanel(HypothesisPanelViewModel model) {
        this.model = model;
        setId("hypothesis-panel");
        getStyleClass().add("hypothesis-panel");
        RedFlagBanner banner = new RedFlagBanner(model.banner());
        // the flags' share of the panel: more under an emergency, when the panel below holds only the held-back note
        banner.flagsCapProperty().bind(heightProperty().multiply(
                Bindings.when(model.withheldProperty()).then(FLAGS_SHARE_UNDER_EMERGENCY).otherwise(FLAGS_SHARE)));
        VBox pinned = new Column(6, banner, new SummaryStrip(model.strip(), model), evidenceToggle());
        pinned.getStyleClass().add("panel-pinned");
        pinned.setPadding(new Insets(8, 10, 6, 10));
        // no floor of its own: where the panel is short of room the flags' scroll gives way, never the strip
        ScrollPane scroll = new ScrollPane(details());
        scroll.setId("panel-scroll");
        scroll.getStyleClass().add("panel-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // it asks for little and grows into whatever the pinned column leaves, so that column is only squeezed when even this is short
        scroll.setMinHeight(DETAILS_MIN);
        scroll.setPrefHeight(DETAILS_MIN);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(pinned, scroll);
    }

    private HBox evidenceToggle() {
        ToggleButton evidence = new ToggleButton("Evidence");
        evidence.setId("evidence-toggle");
        evidence.getStyleClass().add("evidence-toggle");
        evidence.selectedProperty().bindBidirectional(model.evidenceProperty());
        Tips.install(evidence, "Show likelihood ratios, provenance tags, shrinkage and estimate notes");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(spacer, evidence);
        shownWhile(box, model.withheldProperty().not());
        return box;
    }

    private VBox details() {
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
        held.setText("An emergency stands: the working diagnosis, management and next tests are held back. "
                + "Act on the flag above and record what was done.");
        shownWhile(held, model.withheldProperty());
        VBox plan = new Column(6, underFlag, management, title("Next tests most worth doing"), new NextTestsView(model));
        plan.setId("plan");
        plan.getStyleClass().add("plan");
        model.underFlagProperty().addListener((obs, was, now) -> plan.pseudoClassStateChanged(UNDER_FLAG, now));
        plan.pseudoClassStateChanged(UNDER_FLAG, model.underFlagProperty().get());
        VBox usual = new Column(10, title("Working diagnosis"), new HypothesisRows(model.rows(), model.evidenceProperty()),
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
