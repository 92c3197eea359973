package org.exampath.ui.hypotheses;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pinned strip: the answer at a glance under the red-flag banner (flag state and the screen's
 * count live there): the top three hypotheses, the driver (or "not yet clear"), imaging and the
 * single next test.
 */
public final class SummaryStripViewModel {
    private final ObservableList<String> top = FXCollections.observableArrayList();
    private final ObservableList<String> topView = FXCollections.unmodifiableObservableList(top);
    private final ReadOnlyStringWrapper driver = new ReadOnlyStringWrapper(this, "driver", "");
    private final ReadOnlyStringWrapper imaging = new ReadOnlyStringWrapper(this, "imaging", "");
    private final ReadOnlyObjectWrapper<ImagingLevel> imagingLevel = new ReadOnlyObjectWrapper<>(this, "imagingLevel",
            ImagingLevel.NOT_INDICATED);
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper(this, "next", "");
    private final ReadOnlyStringWrapper nextFinding = new ReadOnlyStringWrapper(this, "nextFinding");
    private final java.util.function.Consumer<String> reveal;

    SummaryStripViewModel(java.util.function.Consumer<String> reveal) {
        this.reveal = reveal;
    }

    void update(List<String> topThree, String driverText, ImagingLevel imagingAdvice,
                String imagingText, String nextText, String nextId) {
        if (!top.equals(topThree)) {
            top.setAll(new ArrayList<>(topThree));
        }
        driver.set(driverText);
        imagingLevel.set(imagingAdvice);
        imaging.set(imagingText);
        next.set(nextText);
        nextFinding.set(nextId);
    }

    /** "Deep gluteal syndrome 62%", at most three, most likely first. */
    public ObservableList<String> top() {
        return topView;
    }

    public ReadOnlyStringProperty driverProperty() {
        return driver.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty imagingProperty() {
        return imaging.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImagingLevel> imagingLevelProperty() {
        return imagingLevel.getReadOnlyProperty();
    }

    /** "Next: Slump test — separates deep gluteal syndrome from lumbar radicular pain", or why there is none. */
    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextFindingProperty() {
        return nextFinding.getReadOnlyProperty();
    }

    /** Goes to the next test's question on the form. */
    public void goToNext() {
        if (nextFinding.get() != null) {
            reveal.accept(nextFinding.get());
        }
    }
}
