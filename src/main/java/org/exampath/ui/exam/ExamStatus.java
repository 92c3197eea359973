package org.exampath.ui.exam;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The exam window's two lines: the status line (what was just done) and the error line (what went
 * wrong; empty when nothing did). Set on the JavaFX thread by the view model and the parts it delegates to.
 */
final class ExamStatus {
    private final ReadOnlyStringWrapper status;
    private final ReadOnlyStringWrapper error;

    /** {@code bean}: the object the properties belong to. */
    ExamStatus(Object bean) {
        status = new ReadOnlyStringWrapper(bean, "status", "New exam.");
        error = new ReadOnlyStringWrapper(bean, "error", "");
    }

    void status(String text) {
        status.set(text);
    }

    void error(String text) {
        error.set(text);
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
