package org.exampath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.persistence.Database;
import org.exampath.persistence.PracticeStore;
import org.exampath.reasoning.Engine;
import org.exampath.ui.practice.PracticeView;
import org.exampath.ui.practice.PracticeViewModel;

/** Pictures of the practice window before and after a commit. Args: width height outDir. */
public final class PracticeScreens {
    private PracticeScreens() {
    }

    public static void main(String[] args) throws Exception {
        Headless.configure();
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        KnowledgeBase kb = KnowledgeLoader.fromClasspath();
        Engine engine = new Engine(kb);
        Database db = Database.open(Files.createTempDirectory("practice").resolve("p.db"));
        CaseLibraryReader.Library library = new CaseLibraryReader(kb).shipped();
        PracticeViewModel model = new PracticeViewModel(engine, new PracticeStore(db, Clock.systemUTC()), library.cases(), library.problems());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Scene[] scene = new Scene[1];
        // -Dbench.textSize=LARGEST: the window as View → Largest text shows it
        onFx(() -> org.exampath.ui.common.TextSize.named(System.getProperty("bench.textSize", "normal"))
                .ifPresent(org.exampath.ui.common.TextSize.chosen()::set));
        onFx(() -> {
            scene[0] = new Scene(new PracticeView(model), width, height);
            scene[0].getStylesheets().add(PracticeView.class.getResource("/org/exampath/ui/app.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
            model.studentProperty().set("Sam");
            model.chosenProperty().set(model.cases().get(0));
            model.start();
            var c = model.sessionProperty().get().practiceCase();
            c.exam().findings().keySet().stream().limit(6).forEach(model::ask);
            model.ask("redflag.cancer_history");
            model.commitForm().ranks().get(0).hypothesisProperty().set(kb.hypotheses().get(0));
            model.commitForm().ranks().get(0).probabilityProperty().set("150");
        });
        settle();
        shot(scene[0], out.resolve(width + "x" + height + "-practice-commit.png"));
        onFx(() -> {
            model.commitForm().ranks().get(0).probabilityProperty().set("60");
            model.commit();
        });
        settle();
        shot(scene[0], out.resolve(width + "x" + height + "-practice-feedback.png"));
        onFx(() -> model.feedbackLines().forEach(System.out::println));
        onFx(() -> ((javafx.scene.control.ScrollPane) scene[0].lookup("#practice-right")).setVvalue(1));
        settle();
        shot(scene[0], out.resolve(width + "x" + height + "-practice-feedback-end.png"));
        onFx(() -> scrollAskTo(scene[0], "Observation"));
        settle();
        shot(scene[0], out.resolve(width + "x" + height + "-practice-observation.png"));
        // the deep gluteal case: the whole screen and every finding the case holds, then the right answer
        onFx(() -> {
            model.chosenProperty().set(model.cases().stream().filter(c -> c.name().equals("deep-gluteal-sitting-burn")).findFirst().orElseThrow());
            model.start();
            kb.findingsOfStep("redflag").forEach(d -> model.ask(d.id()));
            model.sessionProperty().get().practiceCase().exam().findings().keySet().forEach(model::ask);
            model.commitForm().ranks().get(0).hypothesisProperty().set(kb.hypothesis("deep_gluteal_syndrome").orElseThrow());
            model.commitForm().imagingProperty().set("not_indicated");
            model.commit();
            ((javafx.scene.control.ScrollPane) scene[0].lookup("#practice-right")).setVvalue(0);
        });
        settle();
        shot(scene[0], out.resolve(width + "x" + height + "-deep-gluteal-sitting-burn-feedback.png"));
        onFx(() -> model.feedbackLines().forEach(System.out::println));
        // the cauda equina case tested before the screen: the tests are told they came before it, never praised
        onFx(() -> {
            model.chosenProperty().set(model.cases().stream().filter(c -> c.name().equals("cauda-equina-emergency")).findFirst().orElseThrow());
            model.start();
            java.util.List.of("history.region.low_back", "history.region.posterior_thigh", "nerve.slr", "nerve.slump").forEach(model::ask);
            model.commitForm().ranks().get(0).hypothesisProperty().set(kb.hypothesis("lumbar_radicular").orElseThrow());
            model.commitForm().imagingProperty().set("not_indicated");
            model.commit();
            ((javafx.scene.control.ScrollPane) scene[0].lookup("#practice-right")).setVvalue(0);
        });
        settle();
        shot(scene[0], out.resolve(width + "x" + height + "-cauda-before-screen-feedback.png"));
        onFx(() -> model.feedbackLines().forEach(System.out::println));
        // four flags called in a tendinopathy after the whole screen: each costs its share and is named
        onFx(() -> {
            model.chosenProperty().set(model.cases().stream().filter(c -> c.name().equals("gluteal-tendinopathy-classic")).findFirst().orElseThrow());
            model.start();
            kb.findingsOfStep("redflag").forEach(d -> model.ask(d.id()));
            model.commitForm().ranks().get(0).hypothesisProperty().set(kb.hypothesis("gluteal_tendinopathy").orElseThrow());
            java.util.List.of("cauda_equina", "infection", "malignancy", "fracture").forEach(id -> model.commitForm().flagProperty(id).set(true));
            model.commitForm().imagingProperty().set("not_indicated");
            model.commit();
            ((javafx.scene.control.ScrollPane) scene[0].lookup("#practice-right")).setVvalue(0);
        });
        settle();
        shot(scene[0], out.resolve(width + "x" + height + "-tendinopathy-over-called-feedback.png"));
        onFx(() -> model.feedbackLines().forEach(System.out::println));
        // figures that contradict the ranking: named under the form, the figure marked, the commit held
        onFx(() -> {
            model.start();
            model.ask("history.region.lateral_hip");
            model.commitForm().ranks().get(0).hypothesisProperty().set(kb.hypothesis("gluteal_tendinopathy").orElseThrow());
            model.commitForm().ranks().get(0).probabilityProperty().set("10");
            model.commitForm().ranks().get(1).hypothesisProperty().set(kb.hypothesis("lumbar_referred").orElseThrow());
            model.commitForm().ranks().get(1).probabilityProperty().set("90");
        });
        settle();
        shot(scene[0], out.resolve(width + "x" + height + "-figures-contradict-ranking.png"));
        // Start pressed mid-case: the question over the window, keeping the work the default
        // fired outside onFx: the question runs its own event loop until answered
        Platform.runLater(() -> ((javafx.scene.control.Button) scene[0].lookup("#practice-start")).fire());
        settle();
        Scene[] question = new Scene[1];
        onFx(() -> javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#practice-keep-working") != null).findFirst().ifPresent(w -> question[0] = w.getScene()));
        if (question[0] != null) {
            shot(question[0], out.resolve(width + "x" + height + "-leave-case-question.png"));
            onFx(() -> ((javafx.scene.control.Button) question[0].lookup("#practice-keep-working")).fire());
        }
        // a blank figure on rank 1: the figures given are judged alone, and the feedback says so
        onFx(() -> {
            model.commitForm().ranks().get(0).probabilityProperty().set("");
            model.commitForm().ranks().get(1).probabilityProperty().set("20");
            model.commitForm().imagingProperty().set("not_indicated");
            model.commit();
            ((javafx.scene.control.ScrollPane) scene[0].lookup("#practice-right")).setVvalue(0.35);
        });
        settle();
        shot(scene[0], out.resolve(width + "x" + height + "-blank-figure-feedback.png"));
        onFx(() -> model.feedbackLines().forEach(System.out::println));
        onFx(db::close);
        Platform.exit();
    }

    /** Scrolls the questions column so the section with this title is at its top. */
    private static void scrollAskTo(Scene scene, String title) {
        javafx.scene.Node ask = scene.lookup("#practice-ask");
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) ask.getParent().getParent().getParent();
        for (javafx.scene.Node n : ((javafx.scene.layout.Pane) ask).getChildren()) {
            if (n instanceof javafx.scene.control.Label l && l.getText().equals(title)) {
                double room = ask.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, n.getBoundsInParent().getMinY() / room));
            }
        }
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            onFx(() -> { });
        }
    }

    private static void shot(Scene scene, Path file) throws Exception {
        onFx(() -> {
            try {
                var image = scene.snapshot(null);
                int w = (int) image.getWidth();
                int h = (int) image.getHeight();
                var awt = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
                int[] px = new int[w * h];
                image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 0, w);
                awt.setRGB(0, 0, w, h, px, 0, w);
                ImageIO.write(awt, "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println(file);
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Thread.sleep(15);
    }
}
