package org.exampath.ui.exam;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the window asks for file names: a real file chooser, or a fixed answer in tests. */
public interface ExamFiles {
    Optional<Path> chooseOpen(Window owner);

    Optional<Path> chooseSave(Window owner);

    /** Where to write a consultation note (PDF). */
    Optional<Path> chooseNote(Window owner, String suggestedName);

    /** A database file to open (File > Open database…). */
    default Optional<Path> chooseDatabase(Window owner) {
        FileChooser c = new FileChooser();
        c.setTitle("Open an ExamPath database");
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ExamPath databases (*.db)", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(c.showOpenDialog(owner)).map(f -> f.toPath());
    }

    /** Where to write a CSV export. */
    default Optional<Path> chooseCsv(Window owner, String suggestedName) {
        FileChooser c = new FileChooser();
        c.setTitle("Export CSV");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        c.setInitialFileName(suggestedName);
        return Optional.ofNullable(c.showSaveDialog(owner)).map(f -> f.toPath());
    }

    static ExamFiles chooser() {
        return new ExamFiles() {
            private FileChooser chooser(String title) {
                return chooser(title, new FileChooser.ExtensionFilter("Exam files (*.json)", "*.json"));
            }

            private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().add(filter);
                return c;
            }

            @Override
            public Optional<Path> chooseOpen(Window owner) {
                return Optional.ofNullable(chooser("Open exam").showOpenDialog(owner)).map(f -> f.toPath());
            }

            @Override
            public Optional<Path> chooseNote(Window owner, String suggestedName) {
                FileChooser c = chooser("Export consultation note", new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
                c.setInitialFileName(suggestedName);
                return Optional.ofNullable(c.showSaveDialog(owner)).map(f -> f.toPath());
            }

            @Override
            public Optional<Path> chooseSave(Window owner) {
                FileChooser c = chooser("Save exam as");
                c.setInitialFileName("exam.json");
                return Optional.ofNullable(c.showSaveDialog(owner)).map(f -> f.toPath());
            }
        };
    }
}
