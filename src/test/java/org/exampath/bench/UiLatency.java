package org.exampath.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.reasoning.Engine;
import org.exampath.text.Describe;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.Step;

/**
 * Click to panel updated, as a clinician works: open a step with its step button, answer questions
 * on it (each answer then its change back), move to the next step, round after round, with every
 * change saved to a SQLite file as in the app. Each action fires the real control found in the scene
 * of the shown window; a control that is missing or an exception on the JavaFX thread stops the run
 * with an error.
 *
 * <p>The time counted ("total") is the FX thread's work for the action: the handlers (event, session,
 * engine, view models, view updates), then the next pulse's CSS and layout (between the scene's pre-
 * and post-layout pulse listeners). Shown beside it, not in it: the rest of that pulse (bounds, and
 * copying the scene to the render graph, which first waits for the renderer to finish painting the
 * previous frame), ended by a task queued from the post-layout listener. Idle time waiting for the
 * pulse is not counted, nor is painting (Monocle's software renderer paints on its own thread).
 * Prints p50/p99 per step and for the step switches, split into those parts, with the FX thread's
 * CPU time for all of them (on a shared machine the wall time also holds time the thread waited for
 * a core) and how many actions a garbage collection overlapped.
 * Run: mvn -Pbench test-compile exec:exec -Dbench.main=org.exampath.bench.UiLatency
 */
public final class UiLatency {
    private static final int ROUNDS_WARM_UP = 3;
    private static final int ROUNDS = 15;
    private static final int QUESTIONS_PER_STEP = 8;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Wall and CPU time (ns) at the pre-layout listener, the post-layout listener and the pulse's end. */
    private static final long[][] MARKS = new long[3][2];
    private static final Map<String, Node> FOUND = new java.util.HashMap<>();
    private static volatile CountDownLatch pulse = new CountDownLatch(1);

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
        Path folder = Files.createTempDirectory("exampath-latency");
        Database db = Database.open(folder.resolve("latency.db"));
        Scene[] scene = new Scene[1];
        Autosave[] autosave = new Autosave[1];
        onFx(failure, () -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> failure.compareAndSet(null, e));
            ExamSession session = new ExamSession(new Engine(kb));
            autosave[0] = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "bench", Clock.systemUTC());
            ExamView view = new ExamView(new ExamViewModel(session, autosave[0]), ExamFiles.chooser());
            scene[0] = ExamView.scene(view);
            scene[0].addPreLayoutPulseListener(() -> mark(0));
            scene[0].addPostLayoutPulseListener(() -> {
                mark(1);
                CountDownLatch waiting = pulse;
                // queued behind the rest of this pulse: bounds, and the copy to the render graph
                Platform.runLater(() -> {
                    mark(2);
                    waiting.countDown();
                });
            });
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
        });
        Map<Step, List<String[]>> clicks = plan(kb);
        Map<String, List<long[]>> times = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS_WARM_UP + ROUNDS; round++) {
            boolean measured = round >= ROUNDS_WARM_UP;
            for (Step step : Step.values()) {
                long[] t = act(scene[0], failure, "step-" + step.name().toLowerCase());
                if (measured) {
                    times.computeIfAbsent("switch to a step", k -> new ArrayList<>()).add(t);
                }
                for (String[] pair : clicks.getOrDefault(step, List.of())) {
                    for (String id : pair) {
                        long[] c = act(scene[0], failure, id);
                        if (measured) {
                            times.computeIfAbsent(step.title(), k -> new ArrayList<>()).add(c);
                        }
                    }
                }
            }
        }
        autosave[0].flush();
        StringBuilder nodes = new StringBuilder();
        onFx(failure, () -> {
            nodes.append(count(scene[0].getRoot()));
            for (String part : List.of("page-history", "page-palpation", "page-strength", "page-nerve", "page-summary",
                    "hypothesis-panel")) {
                nodes.append(", ").append(part).append(' ').append(count(scene[0].lookup("#" + part)));
            }
        });
        System.out.println("nodes in the window: " + nodes + "; total = handlers + CSS+layout; rest of the pulse "
                + "not in the total; CPU = the FX thread's CPU time for all three");
        List<long[]> all = new ArrayList<>();
        times.forEach((what, list) -> {
            print(what, list);
            if (!what.equals("switch to a step")) {
                all.addAll(list);
            }
        });
        print("every answer", all);
        long[] sorted = all.stream().mapToLong(UiLatency::total).sorted().toArray();
        System.out.println("target: p99 within one frame (16.7 ms); " + (q(sorted, 0.99) <= 16.7 ? "met" : "NOT met"));
        autosave[0].shutdown();
        db.close();
        Platform.exit();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static void mark(int which) {
        MARKS[which][0] = System.nanoTime();
        MARKS[which][1] = CPU.getCurrentThreadCpuTime();
    }

    private static int count(Node node) {
        int n = 1;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
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

    /**
     * Fires one control of the shown scene and returns the FX thread's work for it, in nanoseconds:
     * the handlers, the next pulse's CSS and layout, the rest of that pulse, 1 when a garbage
     * collection ran meanwhile, and the FX thread's CPU time for all three parts.
     */
    private static long[] act(Scene scene, AtomicReference<Throwable> failure, String id) throws Exception {
        long[] reaction = new long[2];
        long collections = collections();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            boolean[] found = new boolean[1];
            onFx(failure, () -> {
                Node node = find(scene, id);
                if (node instanceof ButtonBase button && shown(node) && !node.isDisabled()) {
                    found[0] = true;
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    button.fire();
                    reaction[0] = System.nanoTime() - t0;
                    reaction[1] = CPU.getCurrentThreadCpuTime() - c0;
                    // armed after the handlers: an earlier pulse (a caret's blink) must not count
                    pulse = new CountDownLatch(1);
                }
            });
            if (found[0]) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no control #" + id + " on the shown window");
            }
            Thread.sleep(20);
        }
        if (!pulse.await(2, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse after #" + id);
        }
        long[] result = new long[7];
        onFx(failure, () -> {
            result[0] = reaction[0];
            result[1] = MARKS[1][0] - MARKS[0][0];
            result[2] = MARKS[2][0] - MARKS[1][0];
            result[4] = reaction[1] + MARKS[2][1] - MARKS[0][1];
            result[5] = reaction[1];
            result[6] = MARKS[1][1] - MARKS[0][1];
        });
        result[3] = collections() == collections ? 0 : 1;
        return result;
    }

    /** The control with this id in the scene (remembered: a lookup walks every node, and is not the app's work). */
    private static Node find(Scene scene, String id) {
        Node known = FOUND.get(id);
        if (known != null && known.getScene() == scene && id.equals(known.getId())) {
            return known;
        }
        Node node = scene.lookup("#" + id);
        if (node != null) {
            FOUND.put(id, node);
        }
        return node;
    }

    /** True when the node and every parent are visible: a control on a step not shown cannot be clicked. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The figure the target is about: handlers, CSS and layout (what the FX thread does before the frame is handed on). */
    private static long total(long[] t) {
        return t[0] + t[1];
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
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

    private static void print(String what, List<long[]> values) {
        long[] sorted = values.stream().mapToLong(UiLatency::total).sorted().toArray();
        long[] handlers = values.stream().mapToLong(t -> t[0]).sorted().toArray();
        long[] layout = values.stream().mapToLong(t -> t[1]).sorted().toArray();
        long[] rest = values.stream().mapToLong(t -> t[2]).sorted().toArray();
        long[] cpu = values.stream().mapToLong(t -> t[4]).sorted().toArray();
        long[] cpuHandlers = values.stream().mapToLong(t -> t[5]).sorted().toArray();
        long[] cpuLayout = values.stream().mapToLong(t -> t[6]).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-18s n=%4d: p50 %5.2f p99 %6.2f max %6.2f ms | handlers %5.2f %6.2f"
                        + " | CSS+layout %5.2f %6.2f | rest %5.2f %6.2f | CPU: all %5.2f %6.2f, handlers %5.2f %6.2f,"
                        + " CSS+layout %5.2f %6.2f | during a GC: %d%n",
                what, sorted.length, q(sorted, 0.50), q(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                q(handlers, 0.50), q(handlers, 0.99), q(layout, 0.50), q(layout, 0.99), q(rest, 0.50), q(rest, 0.99),
                q(cpu, 0.50), q(cpu, 0.99), q(cpuHandlers, 0.50), q(cpuHandlers, 0.99), q(cpuLayout, 0.50), q(cpuLayout, 0.99),
                values.stream().filter(t -> t[3] == 1).count());
    }

    private static double q(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
