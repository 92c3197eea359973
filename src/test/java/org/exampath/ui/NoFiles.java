package org.exampath.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.exampath.ui.exam.ExamFiles;

/** File choosers for window tests that never pick a file: every question is answered "cancelled". */
final class NoFiles implements ExamFiles {
    @Override
    public Optional<Path> chooseOpen(Window owner) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSave(Window owner) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseNote(Window owner, String suggestedName) {
        return Optional.empty();
    }
}
