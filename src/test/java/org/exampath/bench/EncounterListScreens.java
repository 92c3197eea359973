package org.exampath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.reasoning.Engine;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.encounters.EncounterBrowser;
import org.exampath.ui.encounters.EncounterBrowserViewModel;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;

/**
 * A picture of the encounter list opened from an exam window of the given size, over a database that already
 * holds encounters (for example the shared cases imported). Args: width height outDir database.
 * Under a real X server (xvfb-run) pass -Dbench.display=true.
 */
public final class EncounterListScreens {
    private EncounterListScreens() {
    }

    public static void main(String[] args) throws Exception {
        Headless.configure();
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        Database db = Database.open(Path.of(args[3]));
        ExamSession session = new ExamSession(new Engine(KnowledgeLoader.fromClasspath()));
        Autosave autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "bench", Clock.systemUTC());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Stage[] browser = new Stage[1];
        // -Dbench.textSize=LARGEST: the window as View → Largest text shows it
        onFx(() -> org.exampath.ui.common.TextSize.named(System.getProperty("bench.textSize", "normal"))
                .ifPresent(org.exampath.ui.common.TextSize.chosen()::set));
        onFx(() -> {
            Stage main = new Stage();
            main.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
            main.setWidth(width);
            main.setHeight(height);
            main.show();
            browser[0] = EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                    main.getScene().getStylesheets().get(0));
        });
        for (int i = 0; i < 60; i++) {
            onFx(() -> { });
        }
        Scene scene = browser[0].getScene();
        Path file = out.resolve(width + "x" + height + "-encounter-list.png");
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
        System.out.println(file + " (" + (int) scene.getWidth() + "x" + (int) scene.getHeight() + ")");
        onFx(autosave::shutdown);
        db.close();
        Platform.exit();
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
