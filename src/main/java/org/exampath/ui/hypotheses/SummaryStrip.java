package org.exampath.ui.hypotheses;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.Tips;
import org.exampath.ui.common.WrappedLabel;
import org.exampath.ui.common.WrappedLink;

/**
 * The answer at a glance, pinned above the scrolling panel under the red-flag banner (which carries
 * the flag state and the screen's count): the top three hypotheses (with a short note that each is scored on
 * its own, so they may add up to more than 100%; while two or more leaders are close, "No clear leader yet: A (38%)
 * and B (35%)" in place of all three, in italics, and a link to a test that separates them if the next test is not
 * already one), the driver, imaging and the single next test. Details stay
 * in the panel. While an urgent flag or an emergency stands, the strip keeps only imaging and the next test: the
 * figures and the driver are read in the details right below (which keep room for them), so that at 1024×700 the
 * pinned column does not leave the hypotheses a sliver, and no percentage sits between the flag and its imaging.
 */
public final class SummaryStrip extends Column {
    /** Under the top three: their figures may add up to more than 100%. */
    static final String OWN_ODDS = "Each scored on its own; sources can co-exist.";
    private static final String OWN_ODDS_WHY = "Each hypothesis is scored on its own odds, not as a share of one whole: "
            + "sources can co-exist, so the figures need not add up to 100%.";

    public SummaryStrip(SummaryStripViewModel model, HypothesisPanelViewModel panel) {
        super(2);
        setId("summary-strip");
        getStyleClass().add("summary-strip");
        Label top = bound("strip-top", "strip-top");
        top.textProperty().bind(model.headlineProperty());
        // a close call in italics, so the first named is not read as a clear leader (not a flag's colour)
        model.closeProperty().addListener((obs, old, now) -> closeStyle(top, now));
        closeStyle(top, model.closeProperty().get());
        // the figures are each hypothesis's own chance, not shares of one whole: said under them, in the summary's words
        Label own = bound("strip-top-note", "strip-note");
        own.setText(OWN_ODDS);
        Tips.install(top, OWN_ODDS_WHY);
        top.accessibleTextProperty().bind(top.textProperty().concat(". " + OWN_ODDS_WHY));
        Label driver = bound("strip-driver", "strip-line");
        driver.textProperty().bind(model.driverProperty());
        Hyperlink closeTest = new WrappedLink();
        closeTest.setId("strip-close-test");
        closeTest.getStyleClass().add("strip-next");
        closeTest.textProperty().bind(model.closeTestProperty());
        closeTest.setOnAction(e -> model.goToCloseTest());
        // while an urgent flag or an emergency stands, the figures give way to it: they are read in the details below
        BooleanBinding noFlagAbove = panel.withheldProperty().not().and(panel.underFlagProperty().not());
        for (Labeled held : new Labeled[] {top, closeTest, own, driver}) {
            held.visibleProperty().bind(noFlagAbove.and(held.textProperty().isNotEmpty()));
            held.managedProperty().bind(held.visibleProperty());
        }
        Label imaging = bound("strip-imaging", "strip-line");
        imaging.textProperty().bind(model.imagingProperty());
        model.imagingLevelProperty().addListener((obs, old, now) -> {
            imaging.getStyleClass().remove(old.styleClass());
            imaging.getStyleClass().add(now.styleClass());
        });
        imaging.getStyleClass().add(model.imagingLevelProperty().get().styleClass());
        Hyperlink next = new WrappedLink();
        next.setId("strip-next");
        next.getStyleClass().add("strip-next");
        next.textProperty().bind(model.nextProperty());
        next.disableProperty().bind(model.nextFindingProperty().isNull());
        next.setOnAction(e -> model.goToNext());
        getChildren().addAll(top, own, closeTest, driver, imaging, next);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    private static void closeStyle(Label top, String close) {
        top.getStyleClass().remove("strip-close");
        if (!close.isEmpty()) {
            top.getStyleClass().add("strip-close");
        }
    }

    private static Label bound(String id, String styleClass) {
        Label l = new WrappedLabel();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
