package org.exampath.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Cold start to the first usable window, ExamPath against a bare JavaFX window of the same size,
 * each in fresh JVMs, alternating. Run: mvn -Pbench test-compile exec:exec
 * -Dbench.main=org.exampath.bench.StartupBench
 */
public final class StartupBench {
    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        List<Long> bare = new ArrayList<>();
        List<Long> exampath = new ArrayList<>();
        run("bare");
        for (int i = 0; i < runs; i++) {
            bare.add(run("bare"));
            exampath.add(run("exampath"));
        }
        Collections.sort(bare);
        Collections.sort(exampath);
        long b = bare.get(runs / 2);
        long e = exampath.get(runs / 2);
        System.out.printf(Locale.ROOT, "cold start to first rendered window (median of %d): bare JavaFX %d ms, ExamPath %d ms, ratio %.2f%n",
                runs, b, e, (double) e / b);
        System.out.println("bare " + bare + "\nexampath " + exampath);
        System.out.println("target: within 1.2x of the bare window; " + ((double) e / b <= 1.2 ? "met" : "NOT met"));
    }

    private static long run(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dbench.display=" + Boolean.getBoolean("bench.display"), StartupProbe.class.getName(), mode)
                .redirectErrorStream(true).start();
        long ms = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("STARTUP_MS ")) {
                    ms = Long.parseLong(line.substring(11).trim());
                }
            }
        }
        p.waitFor();
        if (ms < 0) {
            throw new IllegalStateException(mode + " did not report a start-up time");
        }
        return ms;
    }
}
