package org.exampath.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.exampath.exchange.ExamReader;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.reasoning.Engine;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.Step;

/**
 * Pictures of every step for a reviewer's eye: opens the window at a given size with a shared case
 * entered and writes one PNG per step. Args: width height outDir [shared-case-file].
 * Under a real X server (xvfb-run) pass -Dbench.display=true. With -Dbench.store=FILE the window saves to
 * that SQLite file, as the app does, so each standing flag shows its "Action taken" field. With -Dbench.font=16 the
 * window's root font is 16px instead of the stylesheet's 13px, as for a clinician who needs larger text.
 */
public final class Screens {
    private Screens() {
    }

    public static void main(String[] args) throws Exception {
        Headless.configure();
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        KnowledgeBase kb = KnowledgeLoader.fromClasspath();
        ExamSession session = new ExamSession(new Engine(kb));
        if (args.length > 3) {
            ObjectMapper json = new ObjectMapper();
            byte[] exam = json.writeValueAsBytes(json.readTree(new File(args[3])).get("exam"));
            session.replace(new ExamReader(kb).read(exam));
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExamViewModel[] model = new ExamViewModel[1];
        Scene[] scene = new Scene[1];
        onFx(() -> {
            String store = System.getProperty("bench.store");
            model[0] = store == null ? new ExamViewModel(session) : new ExamViewModel(session, new org.exampath.ui.common.Autosave(session,
                    new org.exampath.persistence.EncounterStore(org.exampath.persistence.Database.open(Path.of(store)),
                            java.time.Clock.systemUTC()), "bench", java.time.Clock.systemUTC()));
            scene[0] = ExamView.scene(new ExamView(model[0], ExamFiles.chooser()));
            String font = System.getProperty("bench.font");
            if (font != null) {
                scene[0].getRoot().setStyle("-fx-font-size: " + font + "px;"); // a larger root font, as a user stylesheet would set
            }
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
        for (int i = 0; i < 40; i++) {
            onFx(() -> { });
        }
        for (Step step : Step.values()) {
            onFx(() -> model[0].go(step));
            for (int i = 0; i < 10; i++) {
                onFx(() -> { });
            }
            Path file = out.resolve(width + "x" + height + "-" + (step.ordinal() + 1) + "-" + step.name().toLowerCase() + ".png");
            onFx(() -> {
                try {
                    ImageIO.write(toAwt(scene[0].snapshot(null)), "png", file.toFile());
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            System.out.println(file);
        }
        // the jump from the link at the top of History to the red-flag screen at its foot (review finding 13)
        onFx(() -> model[0].go(Step.HISTORY));
        onFx(() -> ((javafx.scene.control.Hyperlink) scene[0].lookup("#to-red-flag-screen")).fire());
        for (int i = 0; i < 10; i++) {
            onFx(() -> { });
        }
        Path jump = out.resolve(width + "x" + height + "-1-history-red-flag-screen.png");
        onFx(() -> {
            try {
                ImageIO.write(toAwt(scene[0].snapshot(null)), "png", jump.toFile());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println(jump);
        Platform.exit();
        System.exit(0);
    }

    private static java.awt.image.BufferedImage toAwt(javafx.scene.image.Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        return out;
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
