package org.exampath;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import org.exampath.knowledge.KnowledgeException;
import org.exampath.domain.Exam;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.reasoning.Engine;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;

/** The composition root: builds the knowledge base, engine, session and window by constructor. */
public final class App extends Application {

    /** Loaded on a background thread while the toolkit starts; the window waits for it. */
    private static CompletableFuture<Engine> engine;

    static void launchWindow(String[] args) {
        engine = CompletableFuture.supplyAsync(() -> {
            Engine e = new Engine(KnowledgeLoader.fromClasspath());
            e.assess(Exam.empty());
            return e;
        });
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        ExamSession session;
        try {
            session = new ExamSession(engine == null ? new Engine(KnowledgeLoader.fromClasspath()) : engine.join());
        } catch (CompletionException | KnowledgeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("the knowledge base is broken: " + cause.getMessage());
            Platform.exit();
            return;
        }
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
