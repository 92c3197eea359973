package org.exampath.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.reasoning.Engine;
import org.exampath.text.Describe;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.Step;

/**
 * Click to panel updated, as a clinician works: open a step with its step button, answer questions
 * on it (each answer then its change back), move to the next step, round after round. Each action
 * fires the real control found in the scene of the shown window; a control that is missing or an
 * exception on the JavaFX thread stops the run with an error. The time counted is the work the FX
 * thread does for the action plus the next pulse's CSS and layout (between the scene's pre- and
 * post-layout pulse listeners); idle time waiting for the pulse is not work. Prints p50/p99 per
 * step and for the step switches.
 * Run: mvn -Pbench test-compile exec:exec -Dbench.main=org.exampath.bench.UiLatency
 */
public final class UiLatency {
    private static final int ROUNDS_WARM_UP = 3;
    private static final int ROUNDS = 15;
    private static final int QUESTIONS_PER_STEP = 8;

    private UiLatency() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        Headless.configure();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        KnowledgeBase kb = KnowledgeLoader.fromClasspath();
        Scene[] scene = new Scene[1];
        AtomicLong pre = new AtomicLong();
        AtomicLong post = new AtomicLong();
        CountDownLatch[] pulse = {new CountDownLatch(1)};
        onFx(failure, () -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> failure.compareAndSet(null, e));
            ExamView view = new ExamView(new ExamViewModel(new ExamSession(new Engine(kb))), ExamFiles.chooser());
            scene[0] = ExamView.scene(view);
            scene[0].addPreLayoutPulseListener(() -> pre.set(System.nanoTime()));
            scene[0].addPostLayoutPulseListener(() -> {
                post.set(System.nanoTime());
                pulse[0].countDown();
            });
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
        });
        Map<Step, List<String[]>> clicks = plan(kb);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS_WARM_UP + ROUNDS; round++) {
            boolean measured = round >= ROUNDS_WARM_UP;
            for (Step step : Step.values()) {
                long t = act(scene[0], pulse, pre, post, failure, "step-" + step.name().toLowerCase());
                if (measured) {
                    times.computeIfAbsent("switch to a step", k -> new ArrayList<>()).add(t);
                }
                for (String[] pair : clicks.getOrDefault(step, List.of())) {
                    for (String id : pair) {
                        long c = act(scene[0], pulse, pre, post, failure, id);
                        if (measured) {
                            times.computeIfAbsent(step.title(), k -> new ArrayList<>()).add(c);
                        }
                    }
                }
            }
        }
        List<Long> all = new ArrayList<>();
        times.forEach((what, list) -> {
            print(what, list);
            if (!what.equals("switch to a step")) {
                all.addAll(list);
            }
        });
        print("every answer", all);
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.println("target: p99 within one frame (16.7 ms); " + (q(sorted, 0.99) <= 16.7 ? "met" : "NOT met"));
        Platform.exit();
    }

    /** For each form step, its first questions as (answer, change back) pairs of control ids. */
    private static Map<Step, List<String[]>> plan(KnowledgeBase kb) {
        Map<Step, List<String[]>> plan = new LinkedHashMap<>();
        for (FindingDefinition d : kb.findings().values()) {
            if (d.step() == null || d.group().equals("region") || d.id().startsWith("patient.") || d.id().equals("side")) {
                continue;
            }
            String id = Describe.nodeId(d.id());
            String[] pair = switch (d.kind()) {
                case BOOLEAN -> new String[] {id + "-yes", id + "-no"};
                case CHOICE -> {
                    List<String> values = d.values().stream().filter(v -> !v.equals("not_tested")).toList();
                    yield new String[] {id + "-" + values.get(values.size() - 1), id + "-" + values.get(0)};
                }
                case STRENGTH -> new String[] {id + "-grade-4", id + "-pain-familiar", id + "-pain-unset"};
                case INTEGER -> null;
            };
            List<String[]> list = plan.computeIfAbsent(Step.of(d.step()), s -> new ArrayList<>());
            if (pair != null && list.size() < QUESTIONS_PER_STEP) {
                list.add(pair);
            }
        }
        return plan;
    }

    /** Fires one control of the shown scene and returns the FX thread's work for it, in nanoseconds. */
    private static long act(Scene scene, CountDownLatch[] pulse, AtomicLong pre, AtomicLong post, AtomicReference<Throwable> failure,
                            String id) throws Exception {
        long[] reaction = new long[1];
        pulse[0] = new CountDownLatch(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            boolean[] found = new boolean[1];
            onFx(failure, () -> {
                Node node = scene.lookup("#" + id);
                if (node instanceof ButtonBase button && node.isVisible() && !node.isDisabled()) {
                    found[0] = true;
                    long t0 = System.nanoTime();
                    button.fire();
                    reaction[0] = System.nanoTime() - t0;
                }
            });
            if (found[0]) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no control #" + id + " on the shown window");
            }
            Thread.sleep(20);
            pulse[0] = new CountDownLatch(1);
        }
        if (!pulse[0].await(2, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse after #" + id);
        }
        onFx(failure, () -> { });
        return reaction[0] + (post.get() - pre.get());
    }

    private static void onFx(AtomicReference<Throwable> failure, Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer within 60 s");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("exception on the JavaFX thread: " + failure.get(), failure.get());
        }
    }

    private static void print(String what, List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-22s n=%4d: p50 %6.2f ms, p99 %6.2f ms, max %6.2f ms%n", what, sorted.length,
                q(sorted, 0.50), q(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double q(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
