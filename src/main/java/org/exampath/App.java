package org.exampath;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The composition root: builds the knowledge base, engine and window by constructor. */
public final class App extends Application {

    static void launchWindow(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("ExamPath");
        stage.setScene(new Scene(new StackPane(new Label("ExamPath")), 1280, 800));
        stage.show();
    }
}
