package org.exampath.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.exampath.domain.Exam;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.reasoning.Engine;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;

/**
 * One cold start in this JVM: "bare" shows an empty 1280x800 JavaFX window, "exampath" the real
 * exam window; either prints the milliseconds from JVM start to the first rendered pulse on which the
 * window is usable (for ExamPath: step 1 with all its questions) and exits.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) {
        Headless.configure();
        boolean bare = "bare".equals(args[0]);
        // as App.launchWindow does: the knowledge base loads while the toolkit starts
        CompletableFuture<Engine> engine = bare ? null : CompletableFuture.supplyAsync(() -> {
            Engine e = new Engine(KnowledgeLoader.fromClasspath());
            e.assess(Exam.empty());
            return e;
        });
        Platform.startup(() -> {
            Stage stage = new Stage();
            if (bare) {
                stage.setScene(new Scene(new StackPane(new Label("ExamPath")), 1280, 800));
            } else {
                ExamView view = new ExamView(new ExamViewModel(new ExamSession(engine.join())),
                        ExamFiles.chooser());
                stage.setScene(ExamView.scene(view));
            }
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    // usable: step 1 on screen with its last section (the red-flag screen) in place
                    boolean usable = bare || stage.getScene().lookup(".red-flag-screen") != null;
                    if (++pulses >= 2 && usable) {
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("STARTUP_MS " + ms);
                        org.exampath.StartupHook.printPeakRss();
                        stop();
                        Platform.exit();
                    }
                }
            }.start();
        });
    }
}
