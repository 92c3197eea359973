package org.exampath.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exampath.clinic.ClinicCredentials;
import org.exampath.clinic.ClinicDatabase;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.ClinicUrl;

/**
 * Clinic-store figures on a local PostgreSQL (EXAMPATH_TEST_PG etc., see src/test/pg/start-postgres.sh).
 * Autosave: a save through the store seam (one changed, versioned finding and its audit row, the
 * encounter's header, one transaction), timed four ways — one clinician alone; ten clinicians who all
 * send a save at the same instant on every tick of 250 ms and of 100 ms (four and ten answers a second
 * from each, faster than an exam is filled in; timed from the tick, so a save held up behind the same
 * clinician's last one counts its wait); and ten saving back to back with no pause at all, a stress
 * figure of about a thousand saves a second. Beside them the floor the machine sets: the same ten each
 * committing a one-row update back to back (one round trip and one durable commit, no ExamPath logic).
 * The ten clients share the machine's cores with the server, as they would not in a practice. Then list
 * and search with 1,000,000 encounters, as a clinician under row-level security. The load average is
 * printed with each figure (the machine may be shared).
 * Run: mvn -Pbench test-compile exec:exec -Dbench.main=org.exampath.bench.ClinicBench
 * (-Dbench.include=autosave: the autosave figures only, without the 1,000,000-encounter fill).
 */
public final class ClinicBench {
    private static final String PASSWORD = "bench-only";
    private static final String[] LEADING = {"gluteal_tendinopathy", "deep_gluteal_syndrome", "lumbar_radicular",
        "lumbar_referred", "sacroiliac_joint", "hip_joint", "proximal_hamstring_tendinopathy", "gluteal_myofascial"};

    private ClinicBench() {
    }

    public static void main(String[] args) throws Exception {
        String hostPort = System.getenv("EXAMPATH_TEST_PG");
        Properties admin = new Properties();
        admin.setProperty("user", System.getenv("EXAMPATH_TEST_PG_USER"));
        admin.setProperty("password", System.getenv("EXAMPATH_TEST_PG_PASSWORD"));
        String db = "exampath_bench";
        List<String> roles = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/postgres", admin);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + db);
            for (int i = 0; i < 10; i++) {
                roles.add("exampath_bench_c" + i);
                s.execute("DROP ROLE IF EXISTS exampath_bench_c" + i);
                s.execute("CREATE ROLE exampath_bench_c" + i + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
        }
        ClinicUrl url = ClinicUrl.parse("postgresql://" + hostPort + "/" + db);
        ClinicDatabase asAdmin = new ClinicDatabase(url, new ClinicCredentials(admin.getProperty("user"), admin.getProperty("password")));
        asAdmin.migrate();
        for (String role : roles) {
            new ClinicMembers(asAdmin).add(role, ClinicMembers.Kind.CLINICIAN, "Bench Clinic");
        }
        for (int round = 0; round < 2; round++) {
            floor(url, roles);
            report("autosave, one clinician alone", writes(new ClinicDatabase(url, new ClinicCredentials(roles.get(0), PASSWORD)), 400));
            autosave(url, roles);
            together(url, roles, 100);
            together(url, roles, 250);
        }
        if (args.length > 0 && args[0].equals("autosave")) {
            return;
        }
        fill(asAdmin, 1_000_000);
        browse(new ClinicDatabase(url, new ClinicCredentials(roles.get(0), PASSWORD)));
    }

    private static void autosave(ClinicUrl url, List<String> roles) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(roles.size());
        List<Future<List<Long>>> results = new ArrayList<>();
        for (String role : roles) {
            results.add(pool.submit(() -> writes(new ClinicDatabase(url, new ClinicCredentials(role, PASSWORD)), 400)));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        report("autosave, 10 back to back, no pause (stress)", all);
    }

    /**
     * Ten clinicians saving at once, at a pace a window can make: on every tick all ten send a save at
     * the same instant (the worst collision), each one changed finding, as Autosave sends it. Each time
     * is taken from the tick, not from when the save could start, so a save held up behind the same
     * clinician's previous one counts its wait too. A tick of 100 ms is ten answers a second from
     * every clinician, faster than anyone fills in an exam.
     */
    private static void together(ClinicUrl url, List<String> roles, long tickMillis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(roles.size());
        List<Future<List<Long>>> results = new ArrayList<>();
        int saves = (int) Math.max(100, 30_000 / tickMillis);
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(roles.size());
        long[] start = new long[1];
        Object gate = new Object();
        for (String role : roles) {
            results.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                try (ClinicEncounterStore store = new ClinicEncounterStore(new ClinicDatabase(url, new ClinicCredentials(role, PASSWORD)),
                        java.time.Clock.systemUTC())) {
                    org.exampath.domain.Exam exam = org.exampath.domain.Exam.empty()
                            .with("history.aggravator.sitting", org.exampath.domain.FindingValue.Flag.YES);
                    long id = store.create("T-" + role + "-" + tickMillis, role, exam, "bench", null);
                    store.save(id, null, exam, role, "lumbar_radicular", 0.5);
                    ready.countDown();
                    synchronized (gate) {
                        while (start[0] == 0) {
                            gate.wait();
                        }
                    }
                    for (int i = 0; i < saves; i++) {
                        long tick = start[0] + i * tickMillis * 1_000_000L;
                        long wait = tick - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        exam = exam.with("nerve.slump", new org.exampath.domain.FindingValue.Choice(i % 2 == 0 ? "positive" : "negative"));
                        store.save(id, null, exam, role, "lumbar_radicular", 0.5);
                        times.add(System.nanoTime() - tick);
                    }
                }
                return times.subList(saves / 10, saves);
            }));
        }
        ready.await();
        synchronized (gate) {
            start[0] = System.nanoTime() + 200_000_000L;
            gate.notifyAll();
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        report("autosave, 10 at the same instant every " + tickMillis + " ms", all);
    }

    /** The machine's floor: each clinician commits one single-row update of their encounter per "save", in autocommit. */
    private static void floor(ClinicUrl url, List<String> roles) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(roles.size());
        List<Future<List<Long>>> results = new ArrayList<>();
        for (String role : roles) {
            results.add(pool.submit(() -> commits(new ClinicDatabase(url, new ClinicCredentials(role, PASSWORD)), 400)));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        report("floor: 1 statement + durable commit, 10 at once", all);
    }

    private static List<Long> commits(ClinicDatabase db, int count) throws SQLException {
        List<Long> times = new ArrayList<>();
        try (ClinicEncounterStore store = new ClinicEncounterStore(db, java.time.Clock.systemUTC())) {
            long id = store.create("F-" + db.user(), db.user(), org.exampath.domain.Exam.empty(), "bench", null);
            try (Connection c = db.connect();
                 java.sql.PreparedStatement p = c.prepareStatement("UPDATE exampath.encounter SET updated_at = now() WHERE id = ?")) {
                p.setLong(1, id);
                for (int i = 0; i < count; i++) {
                    long start = System.nanoTime();
                    p.executeUpdate();
                    times.add(System.nanoTime() - start);
                }
            }
        }
        return times.subList(count / 10, count);
    }

    /** One clinician's autosaves through the store seam, as the window makes them: one changed finding each. */
    private static List<Long> writes(ClinicDatabase db, int count) {
        List<Long> times = new ArrayList<>();
        try (ClinicEncounterStore store = new ClinicEncounterStore(db, java.time.Clock.systemUTC())) {
            org.exampath.domain.Exam exam = org.exampath.domain.Exam.empty()
                    .with("history.aggravator.sitting", org.exampath.domain.FindingValue.Flag.YES);
            long id = store.create("P-" + db.user(), db.user(), exam, "bench", null);
            for (int i = 0; i < count; i++) {
                exam = exam.with("nerve.slump", new org.exampath.domain.FindingValue.Choice(i % 2 == 0 ? "positive" : "negative"));
                long start = System.nanoTime();
                store.save(id, null, exam, db.user(), "lumbar_radicular", 0.5);
                times.add(System.nanoTime() - start);
            }
        }
        return times.subList(count / 10, count);
    }

    private static void fill(ClinicDatabase admin, int encounters) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.execute("INSERT INTO exampath.clinic (name) VALUES ('Other Clinic') ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO exampath.patient (clinic_id, label, birth_year) SELECT CASE WHEN g % 2 = 0 THEN 1 ELSE 2 END, "
                    + "'Patient ' || g, 1940 + g % 60 FROM generate_series(1, " + encounters / 10 + ") g");
            s.execute("INSERT INTO exampath.encounter (clinic_id, patient_id, date, knowledge_version, leading_hypothesis) "
                    + "SELECT p.clinic_id, p.id, DATE '2020-01-01' + (g % 2500), 'bench', (ARRAY['" + String.join("','", LEADING)
                    + "'])[1 + g % 8] FROM generate_series(1, " + encounters + ") g JOIN exampath.patient p ON p.id = 1 + g % "
                    + (encounters / 10));
            s.execute("ANALYZE");
        }
        System.out.printf(Locale.ROOT, "filled %,d encounters in %.1f s%n", encounters, (System.nanoTime() - start) / 1e9);
    }

    private static void browse(ClinicDatabase clinician) throws SQLException {
        List<Long> recent = new ArrayList<>();
        List<Long> label = new ArrayList<>();
        List<Long> leading = new ArrayList<>();
        try (ClinicEncounterStore store = new ClinicEncounterStore(clinician, java.time.Clock.systemUTC())) {
            for (int i = 0; i < 220; i++) {
                long t = System.nanoTime();
                store.list("", 500);
                recent.add(System.nanoTime() - t);
                t = System.nanoTime();
                store.list("Patient " + (1 + i * 37 % 9000), 100);
                label.add(System.nanoTime() - t);
                t = System.nanoTime();
                store.list(LEADING[i % LEADING.length], 100);
                leading.add(System.nanoTime() - t);
            }
        }
        report("list newest 500 of 1,000,000", recent.subList(20, recent.size()));
        report("search by label start", label.subList(20, label.size()));
        report("search by leading hypothesis", leading.subList(20, leading.size()));
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-48s p50 %7.2f ms   p90 %7.2f ms   p99 %7.2f ms   mean %6.2f ms   (n=%d, load %s)%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.9)) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6,
                sorted.size(), load());
    }

    /** The one-minute load average (Linux), to read a figure against how busy the machine was. */
    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }
}
