package org.exampath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.exampath.domain.Exam;
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
 * Pictures of every place a patient's label is shown, with long labels: the encounter list (labels with spaces,
 * one unbroken token, a hyphenated name, a short one) and the exam window's header holding each long label.
 * Args: width height outDir. Writes a new SQLite file in outDir. Under xvfb-run pass -Dbench.display=true.
 */
public final class PatientLabelScreens {
    /** Long labels as clinicians type them: words and an identifier, and one token with no space at all. */
    static final List<String> LABELS = List.of(
            "Alexandra Konstantinopoulou-Wetherington (MRN 0048213377), second opinion",
            "MRN0048213377-KONSTANTINOPOULOU-WETHERINGTON-ALEXANDRA-2NDOP",
            "ALEXANDRAKONSTANTINOPOULOUWETHERINGTON0048213377SECONDOPINIO",
            "Konstantinopoulou-Wetherington",
            "P-0142");

    private PatientLabelScreens() {
    }

    public static void main(String[] args) throws Exception {
        Headless.configure();
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        Path file = out.resolve("labels-" + width + "x" + height + "-" + System.nanoTime() + ".db");
        Database db = Database.open(file);
        Engine engine = new Engine(KnowledgeLoader.fromClasspath());
        EncounterStore store = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
        for (String label : LABELS) {
            store.create(label, "bench", Exam.empty(), engine.knowledge().version(), null);
        }
        ExamSession session = new ExamSession(engine);
        Autosave autosave = new Autosave(session, store, "bench", Clock.systemUTC());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            Stage main = stage[0];
            main.setScene(ExamView.scene(new ExamView(new ExamViewModel(session), ExamFiles.chooser())));
            main.setWidth(width);
            main.setHeight(height);
            main.show();
        });
        settle(40);
        Stage main = stage[0];
        String[] names = {"words", "hyphenated-token", "token"};
        for (int i = 0; i < names.length; i++) {
            String label = LABELS.get(i);
            onFx(() -> session.patientLabelProperty().set(label));
            settle(10);
            write(main.getScene(), out.resolve(width + "x" + height + "-exam-header-" + names[i] + ".png"));
        }
        Stage[] browser = new Stage[1];
        onFx(() -> browser[0] = EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                main.getScene().getStylesheets().get(0)));
        settle(60);
        write(browser[0].getScene(), out.resolve(width + "x" + height + "-encounter-list.png"));
        onFx(autosave::shutdown);
        db.close();
        Platform.exit();
    }

    private static void write(Scene scene, Path file) throws InterruptedException {
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
    }

    private static void settle(int pulses) throws InterruptedException {
        for (int i = 0; i < pulses; i++) {
            onFx(() -> { });
        }
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
