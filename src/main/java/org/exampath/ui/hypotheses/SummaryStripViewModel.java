package org.exampath.ui.hypotheses;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exampath.text.ImagingLevel;

/**
 * The pinned strip: the answer at a glance under the red-flag banner (flag state and the screen's
 * count live there): the top three hypotheses (or, when two or more leaders are close, "No clear leader yet: A (38%)
 * and B (35%)" in their place, with a link to a test that separates them when the strip's next test is not already that one),
 * the driver (or "not yet clear"), imaging and the single next test.
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
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper close = new ReadOnlyStringWrapper(this, "close", "");
    private final ReadOnlyStringWrapper closeTest = new ReadOnlyStringWrapper(this, "closeTest", "");
    private final ReadOnlyStringWrapper closeFinding = new ReadOnlyStringWrapper(this, "closeFinding");
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
        headline.set(headline());
    }

    /**
     * The close call, "No clear leader yet: deep gluteal syndrome (38%) and lumbar radicular pain (35%)" (blank when the
     * leader is clear), and the link to a test that separates them ({@code testText} blank and {@code testId} null
     * when there is none to add).
     */
    void showClose(String text, String testText, String testId) {
        close.set(text);
        closeTest.set(testText);
        closeFinding.set(testId);
        headline.set(headline());
    }

    /**
     * The top three joined, or the close call alone: it names every close leader (up to three, then how many more), and
     * the strip, pinned above the panel's details, must not grow (the rest are in the rows below).
     */
    private String headline() {
        return close.get().isEmpty() ? String.join(" · ", top) : close.get();
    }

    /** The strip's first line: "Deep gluteal syndrome 62% · …", or the close call in its place. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** "No clear leader yet: deep gluteal syndrome (38%) and lumbar radicular pain (35%)", or blank. */
    public ReadOnlyStringProperty closeProperty() {
        return close.getReadOnlyProperty();
    }

    /** "To separate them: Slump", a next test offered for the close pair that the strip does not already link, or blank. */
    public ReadOnlyStringProperty closeTestProperty() {
        return closeTest.getReadOnlyProperty();
    }

    /** Goes to the question of the test that separates the close pair. */
    public void goToCloseTest() {
        if (closeFinding.get() != null) {
            reveal.accept(closeFinding.get());
        }
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
