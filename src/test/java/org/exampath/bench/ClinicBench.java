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
 * encounter's header, one transaction), timed five ways — one clinician alone; ten clinicians each
 * saving at random moments a mean 250 ms apart (four answers a second from each, faster than an exam is
 * filled in); ten who all send a save at the same instant on every tick of 250 ms and of 100 ms, the
 * worst collision; each timed from the moment it was due, so a save held up behind the same clinician's
 * last one counts its wait; and ten saving back to back with no pause at all, a stress figure of about
 * a thousand saves a second. Beside them the floor the machine sets: the same ten each
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
            backToBack("autosave, one clinician alone", roles.subList(0, 1), 400, (role, label) -> autosaves(url, role, label));
            paced("autosave", roles, 250, true, (role, label) -> autosaves(url, role, label));
            paced("floor", roles, 250, true, (role, label) -> bareCommits(url, role, label));
            paced("autosave", roles, 250, false, (role, label) -> autosaves(url, role, label));
            paced("floor", roles, 250, false, (role, label) -> bareCommits(url, role, label));
            paced("autosave", roles, 100, false, (role, label) -> autosaves(url, role, label));
            backToBack("autosave, 10 back to back, no pause (stress)", roles, 400, (role, label) -> autosaves(url, role, label));
            backToBack("floor, 10 back to back, no pause", roles, 400, (role, label) -> bareCommits(url, role, label));
        }
        if (args.length > 0 && args[0].equals("autosave")) {
            return;
        }
        fill(asAdmin, 1_000_000);
        browse(new ClinicDatabase(url, new ClinicCredentials(roles.get(0), PASSWORD)));
    }

    /** One clinician's connection for a paced run: saves number i, then is closed. */
    private interface Writer extends AutoCloseable {
        void save(int i) throws Exception;
    }

    /** A clinician's autosaves through the store seam, as the window makes them: one changed finding each. */
    private static Writer autosaves(ClinicUrl url, String role, String label) {
        ClinicEncounterStore store = new ClinicEncounterStore(new ClinicDatabase(url, new ClinicCredentials(role, PASSWORD)),
                java.time.Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
        org.exampath.domain.Exam[] exam = {org.exampath.domain.Exam.empty()
                .with("history.aggravator.sitting", org.exampath.domain.FindingValue.Flag.YES)};
        long id = store.create("T-" + role + "-" + label, role, exam[0], "bench", null);
        store.save(id, null, exam[0], role);
        return new Writer() {
            @Override
            public void save(int i) {
                exam[0] = exam[0].with("nerve.slump", new org.exampath.domain.FindingValue.Choice(i % 2 == 0 ? "positive" : "negative"));
                store.save(id, null, exam[0], role);
            }

            @Override
            public void close() {
                store.close();
            }
        };
    }

    /** The machine's floor for one clinician: a one-row update of their encounter in autocommit, no ExamPath logic. */
    private static Writer bareCommits(ClinicUrl url, String role, String label) throws SQLException {
        ClinicDatabase db = new ClinicDatabase(url, new ClinicCredentials(role, PASSWORD));
        long id;
        try (ClinicEncounterStore store = new ClinicEncounterStore(db, java.time.Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            id = store.create("B-" + role + "-" + label, role, org.exampath.domain.Exam.empty(), "bench", null);
        }
        Connection c = db.connect();
        java.sql.PreparedStatement p = c.prepareStatement("UPDATE exampath.encounter SET updated_at = now() WHERE id = ?");
        p.setLong(1, id);
        return new Writer() {
            @Override
            public void save(int i) throws SQLException {
                p.executeUpdate();
            }

            @Override
            public void close() throws SQLException {
                p.close();
                c.close();
            }
        };
    }

    /** Opens one clinician's writer for a paced run. */
    private interface Opener {
        Writer open(String role, String label) throws Exception;
    }

    /**
     * Ten clinicians writing at once at a pace a window can make, each save timed from the moment it was
     * due (not from when it could start, so a save held up behind the same clinician's last one counts its
     * wait). With {@code random} each clinician's answers come at random moments a mean {@code tickMillis}
     * apart (a Poisson stream, seeded per clinician so a run repeats): they collide as often as chance makes
     * them. Without it all ten send on every tick at the same instant, the worst collision.
     */
    private static void paced(String what, List<String> roles, long tickMillis, boolean random, Opener opener) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(roles.size());
        List<Future<List<Long>>> results = new ArrayList<>();
        int saves = (int) Math.max(100, (random ? 60_000 : 30_000) / tickMillis);
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(roles.size());
        java.util.concurrent.CompletableFuture<Long> start = new java.util.concurrent.CompletableFuture<>();
        String label = what + "-" + tickMillis + "-" + random;
        for (String role : roles) {
            java.util.Random chance = new java.util.Random(role.hashCode());
            results.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                try (Writer writer = opener.open(role, label)) {
                    ready.countDown();
                    long due = start.get();
                    for (int i = 0; i < saves; i++) {
                        due += random ? (long) (-Math.log(1 - chance.nextDouble()) * tickMillis * 1_000_000L)
                                : (i == 0 ? 0 : tickMillis * 1_000_000L);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        writer.save(i);
                        times.add(System.nanoTime() - due);
                    }
                }
                return times.subList(saves / 10, saves);
            }));
        }
        ready.await();
        start.complete(System.nanoTime() + 200_000_000L);
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        report(what + (random ? ", 10 at random, mean " + tickMillis + " ms apart" : ", 10 at one instant every " + tickMillis + " ms"),
                all);
    }

    /** Each of {@code roles} writing back to back with no pause, {@code count} each (the first tenth not counted). */
    private static void backToBack(String what, List<String> roles, int count, Opener opener) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(roles.size());
        List<Future<List<Long>>> results = new ArrayList<>();
        for (String role : roles) {
            results.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                try (Writer writer = opener.open(role, what + "-" + roles.size())) {
                    for (int i = 0; i < count; i++) {
                        long start = System.nanoTime();
                        writer.save(i);
                        times.add(System.nanoTime() - start);
                    }
                }
                return times.subList(count / 10, count);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        report(what, all);
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
        try (ClinicEncounterStore store = new ClinicEncounterStore(clinician, java.time.Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
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
