package org.exampath;

import java.nio.file.Path;
import java.util.List;
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
        ExamViewModel model = new ExamViewModel(session);
        ExamView view = new ExamView(model, ExamFiles.chooser());
        List<String> raw = getParameters().getRaw();
        if (raw.size() == 2 && "open".equals(raw.get(0))) {
            model.open(Path.of(raw.get(1)));
        }
        stage.setTitle("ExamPath");
        stage.setScene(ExamView.scene(view));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.show();
    }
}
