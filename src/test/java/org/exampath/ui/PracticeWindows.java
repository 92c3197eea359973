package org.exampath.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.store.PracticeRecords;
import org.exampath.ui.practice.PracticeView;
import org.exampath.ui.practice.PracticeViewModel;

/** The practice window of the window tests: the shipped cases on a real store, styled as the app shows it. */
final class PracticeWindows {
    private PracticeWindows() {
    }

    /** The practice view model over the shipped case library, keeping attempts in {@code store}. */
    static PracticeViewModel model(PracticeRecords store) {
        CaseLibraryReader.Library library = new CaseLibraryReader(TestKnowledge.SHIPPED).shipped();
        return new PracticeViewModel(TestKnowledge.ENGINE, store, library.cases(), library.problems());
    }

    /** Shows {@code model}'s window on {@code stage} at the given size, with the app's style sheet. */
    static void show(Stage stage, PracticeViewModel model, double width, double height) {
        Scene scene = new Scene(new PracticeView(model), width, height);
        scene.getStylesheets().add(PracticeView.class.getResource("/org/exampath/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
