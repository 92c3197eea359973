package org.exampath;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.application.Preloader;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Build and benchmark hook for the installed app, never active in normal use. It is switched on
 * from outside, as a JavaFX preloader: {@code -Djavafx.preloader=org.exampath.StartupHook} with
 * {@code -Dexampath.hook=probe} (print the milliseconds from JVM start to the first rendered pulse
 * of the exam window as {@code STARTUP_MS n}, then exit: what StartupBench times) or
 * {@code -Dexampath.hook=train} (open every exam step in turn, then exit: the training run whose
 * loaded classes become the image's class-data-sharing archive). The preloader's own stage is
 * never shown.
 */
public final class StartupHook extends Preloader {
    /** Pulses to wait after showing a step, so its layout, CSS and first paint really happen. */
    private static final int PULSES_PER_STEP = 3;

    private final String mode = System.getProperty("exampath.hook", "probe");
    private Stage own;

    @Override
    public void start(Stage stage) {
        own = stage;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w != own && w.getScene() != null) {
                        Platform.runLater(() -> watch(w));
                    }
                }
            }
        });
    }

    private boolean watching;

    /** Prints {@code PEAK_RSS_KB n}, the process's peak resident set so far, where the OS tells it (Linux). */
    public static void printPeakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    System.out.println("PEAK_RSS_KB " + line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
    }

    private void watch(Window window) {
        if (watching) {
            return;
        }
        watching = true;
        List<ButtonBase> steps = new ArrayList<>();
        if ("train".equals(mode)) {
            Node bar = window.getScene().lookup("#step-bar");
            if (bar != null) {
                for (Node n : bar.lookupAll(".toggle-button")) {
                    if (n instanceof ButtonBase b) {
                        steps.add(b);
                    }
                }
            }
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                pulses++;
                if ("probe".equals(mode)) {
                    if (pulses == 2) {
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("STARTUP_MS " + ms);
                        printPeakRss();
                        stop();
                        Platform.exit();
                    }
                    return;
                }
                int step = pulses / PULSES_PER_STEP;
                if (pulses % PULSES_PER_STEP == 0 && step <= steps.size()) {
                    if (step < steps.size()) {
                        steps.get(step).fire();
                    } else {
                        System.out.println("TRAINED_STEPS " + steps.size());
                        stop();
                        Platform.exit();
                    }
                }
            }
        }.start();
    }
}
