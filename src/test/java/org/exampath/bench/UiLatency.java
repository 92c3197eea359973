package org.exampath.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.reasoning.Engine;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;

/**
 * Click to panel updated: fires real answer buttons in the real window and times the work the FX
 * thread does for it: the reaction (new snapshot, engine, form and panel updated) plus the next
 * pulse's CSS and layout, measured between the scene's pre- and post-layout pulse listeners. Idle
 * time waiting for the pulse is not work and is not counted. Prints percentiles.
 * Run: mvn -Pbench test-compile exec:exec -Dbench.main=org.exampath.bench.UiLatency
 */
public final class UiLatency {
    private static final String[] BUTTONS = {
        "f-nerve-slump-positive", "f-nerve-slump-negative", "f-nerve-fair-positive", "f-nerve-fair-unset",
        "f-history-quality-burning-yes", "f-history-quality-burning-no", "f-redflag-cancer_history-yes",
        "f-redflag-cancer_history-no", "f-provocation-single_leg_stance_30s-positive", "f-provocation-single_leg_stance_30s-unset"};
    private static final int WARM_UP = 300;
    private static final int MEASURED = 1500;

    private UiLatency() {
    }

    public static void main(String[] args) throws Exception {
        Headless.configure();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Scene[] scene = new Scene[1];
        CountDownLatch shown = new CountDownLatch(1);
        AtomicLong pre = new AtomicLong();
        AtomicLong post = new AtomicLong();
        CountDownLatch[] pulse = {new CountDownLatch(1)};
        Platform.runLater(() -> {
            ExamView view = new ExamView(new ExamViewModel(new ExamSession(new Engine(KnowledgeLoader.fromClasspath()))),
                    ExamFiles.chooser());
            scene[0] = ExamView.scene(view);
            scene[0].addPreLayoutPulseListener(() -> pre.set(System.nanoTime()));
            scene[0].addPostLayoutPulseListener(() -> {
                post.set(System.nanoTime());
                pulse[0].countDown();
            });
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(500);
        List<Long> times = new ArrayList<>();
        List<Long> reactions = new ArrayList<>();
        java.util.Map<String, Long> perButton = new java.util.TreeMap<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            String id = BUTTONS[i % BUTTONS.length];
            long[] reaction = new long[1];
            pulse[0] = new CountDownLatch(1);
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                ((ToggleButton) scene[0].lookup("#" + id)).fire();
                reaction[0] = System.nanoTime() - t0;
            });
            if (!pulse[0].await(2, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no pulse after a click");
            }
            if (i >= WARM_UP) {
                perButton.merge(id, reaction[0], Long::sum);
                reactions.add(reaction[0]);
                times.add(reaction[0] + (post.get() - pre.get()));
            }
        }
        perButton.forEach((k, v) -> System.out.printf(Locale.ROOT, "  mean reaction %-45s %.2f ms%n", k, v / 1e6 / (MEASURED / BUTTONS.length)));
        print("click -> panel updated (reaction + next pulse's CSS and layout)", times);
        print("  of which the reaction (snapshot, engine, form and panel)", reactions);
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.println("target: p99 within one frame (16.7 ms); " + (q(sorted, 0.99) <= 16.7 ? "met" : "NOT met"));
        Platform.exit();
    }

    private static void print(String what, List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s, n=%d: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, sorted.length,
                q(sorted, 0.50), q(sorted, 0.90), q(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double q(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
