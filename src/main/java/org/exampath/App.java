package org.exampath;

import javafx.application.Application;
import javafx.stage.Stage;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.reasoning.Engine;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;

/** The composition root: builds the knowledge base, engine, session and window by constructor. */
public final class App extends Application {

    static void launchWindow(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        KnowledgeBase knowledge = KnowledgeLoader.fromClasspath();
        ExamSession session = new ExamSession(new Engine(knowledge));
        ExamView view = new ExamView(new ExamViewModel(session), ExamFiles.chooser());
        stage.setTitle("ExamPath");
        stage.setScene(ExamView.scene(view));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.show();
    }
}
