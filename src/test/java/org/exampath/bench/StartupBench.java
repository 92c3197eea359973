package org.exampath.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Cold start to the first usable window, ExamPath against a bare JavaFX window of the same size,
 * each in fresh JVMs, alternating, with each run's peak resident memory. Run: mvn -Pbench
 * test-compile exec:exec -Dbench.main=org.exampath.bench.StartupBench
 *
 * <p>With {@code -Dbench.jar=target/exampath.jar} the shaded jar is timed too, and with
 * {@code -Dbench.image=target/dist/ExamPath} the app image, once as built (with its class-data
 * sharing archive) and once from a copy whose launcher does not use the archive. Both start the
 * real app (database, backup and all) through {@code org.exampath.StartupHook}. The image needs a
 * display, so time everything on one: {@code xvfb-run ... -Dbench.display=true}.
 */
public final class StartupBench {
    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 7);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path db = Files.createTempDirectory("exampath-startup").resolve("bench.db");
        Map<String, List<String>> modes = new LinkedHashMap<>();
        modes.put("bare", List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dbench.display=" + Boolean.getBoolean("bench.display"), StartupProbe.class.getName(), "bare"));
        modes.put("probe", List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dbench.display=" + Boolean.getBoolean("bench.display"), StartupProbe.class.getName(), "exampath"));
        String jar = System.getProperty("bench.jar");
        if (jar != null) {
            modes.put("jar", List.of(java, "-jar", jar, "--db", db.toString()));
        }
        String image = System.getProperty("bench.image");
        if (image != null) {
            modes.put("image", List.of(launcher(Path.of(image)).toString(), "--db", db.toString()));
            Path copy = withoutArchive(Path.of(image));
            modes.put("image-no-cds", List.of(launcher(copy).toString(), "--db", db.toString()));
        }
        Map<String, List<long[]>> results = new LinkedHashMap<>();
        modes.forEach((mode, command) -> results.put(mode, new ArrayList<>()));
        for (String mode : modes.keySet()) {
            run(mode, modes.get(mode)); // warm the file cache, create the database
        }
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> e : modes.entrySet()) {
                results.get(e.getKey()).add(run(e.getKey(), e.getValue()));
            }
        }
        long bareMs = median(results.get("bare"), 0);
        long bareKb = median(results.get("bare"), 1);
        System.out.printf(Locale.ROOT, "cold start to first rendered window, median of %d (display: %s)%n", runs,
                Boolean.getBoolean("bench.display") ? "real" : "Monocle headless");
        for (Map.Entry<String, List<long[]>> e : results.entrySet()) {
            long ms = median(e.getValue(), 0);
            long kb = median(e.getValue(), 1);
            List<Long> all = new ArrayList<>();
            e.getValue().forEach(r -> all.add(r[0]));
            Collections.sort(all);
            System.out.printf(Locale.ROOT, "%-13s %5d ms (%.2fx bare)  peak RSS %4d MB (%.2fx bare)  %s%n", e.getKey(), ms,
                    (double) ms / bareMs, kb / 1024, (double) kb / bareKb, all);
        }
        System.out.println("targets: start within 1.2x, peak RSS within 1.3x of the bare window");
    }

    private static long median(List<long[]> runs, int field) {
        List<Long> v = new ArrayList<>();
        runs.forEach(r -> v.add(r[field]));
        Collections.sort(v);
        return v.get(v.size() / 2);
    }

    private static Path launcher(Path image) throws IOException {
        try (Stream<Path> files = Files.walk(image)) {
            return files.filter(p -> p.endsWith(Path.of("bin", "ExamPath")) || p.endsWith(Path.of("MacOS", "ExamPath"))
                            || p.getFileName().toString().equals("ExamPath.exe"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no launcher in " + image));
        }
    }

    /** A copy of the image whose launcher configuration leaves out the shared archive. */
    private static Path withoutArchive(Path image) throws IOException {
        Path copy = Files.createTempDirectory("exampath-image").resolve(image.getFileName());
        try (Stream<Path> files = Files.walk(image)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(image.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (p.getFileName().toString().endsWith(".cfg")) {
                    List<String> lines = new ArrayList<>(Files.readAllLines(p));
                    lines.removeIf(l -> l.contains("SharedArchiveFile"));
                    Files.write(to, lines);
                } else if (!p.getFileName().toString().equals("exampath.jsa")) {
                    Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    /** One cold start: {milliseconds to the first rendered window, peak RSS in kB or 0}. */
    private static long[] run(String mode, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (!mode.equals("bare") && !mode.equals("probe")) {
            pb.environment().put("JAVA_TOOL_OPTIONS", "-Djavafx.preloader=org.exampath.StartupHook -Dexampath.hook=probe");
        }
        Process p = pb.start();
        long ms = -1;
        long kb = 0;
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                out.append(line).append('\n');
                if (line.startsWith("STARTUP_MS ")) {
                    ms = Long.parseLong(line.substring(11).trim());
                } else if (line.startsWith("PEAK_RSS_KB ")) {
                    kb = Long.parseLong(line.substring(12).trim());
                }
            }
        }
        p.waitFor();
        if (ms < 0) {
            throw new IllegalStateException(mode + " did not report a start-up time:\n" + out);
        }
        return new long[] {ms, kb};
    }
}
