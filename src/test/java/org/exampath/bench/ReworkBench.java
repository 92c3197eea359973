package org.exampath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicCredentials;
import org.exampath.clinic.ClinicDatabase;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.ClinicUrl;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.store.ListedSummary;

/**
 * The first list after a knowledge update: N encounters (20,000 unless an argument says otherwise), every fifth a
 * follow-up of the one before, all with summaries stamped under another knowledge version, so the first list works them
 * all out again; then a second list, which has nothing to do. SQLite on a temporary file, and the clinic store on a local
 * PostgreSQL when EXAMPATH_TEST_PG (and its user and password) are set. The one-minute load average is printed with each
 * figure (the machine may be shared).
 * Run: mvn -Pbench test-compile exec:exec -Dbench.main=org.exampath.bench.ReworkBench [-Dbench.include=N], or with java
 * and the arguments {@code N [clinic-only] [reuse-clinic]} (keep the clinic database a run before filled).
 */
public final class ReworkBench {
    /** Summaries as an older program stamped them: another version, a leading hypothesis given with each import. */
    private static final ListedSummary.Summariser OLD = new ListedSummary.Summariser() {
        @Override
        public ListedSummary of(Exam exam, Exam lastVisit) {
            return new ListedSummary("hip_joint", 0.5, "none raised");
        }

        @Override
        public String knowledgeVersion() {
            return "bench-old";
        }
    };

    private ReworkBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && !args[0].isBlank() && !args[0].startsWith("$") ? Integer.parseInt(args[0]) : 20_000;
        boolean reuse = List.of(args).contains("reuse-clinic");
        floor(n);
        if (!List.of(args).contains("clinic-only")) {
            sqlite(n);
        }
        if (System.getenv("EXAMPATH_TEST_PG") != null) {
            clinic(n, reuse);
        }
    }

    /** What no store can save: the summariser's own work for N exams, every fifth with the visit before it. */
    private static void floor(int n) {
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (int i = 1; i <= n; i++) {
                TestKnowledge.SUMMARISER.of(exam(i - 1), i % 5 == 0 ? exam(i - 2) : null);
            }
            System.out.printf(Locale.ROOT, "summariser alone, %,d exams (round %d): %.2f s (load %s)%n", n, round + 1,
                    (System.nanoTime() - t0) / 1e9, load());
        }
    }

    private static void sqlite(int n) throws Exception {
        Path file = Files.createTempDirectory("exampath-rework").resolve("bench.db");
        try (Database db = Database.open(file)) {
            fill(new EncounterStore(db, Clock.systemUTC(), OLD), n);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE encounter SET previous_id = id - 1 WHERE id % 5 = 0");
        }
        try (Database db = Database.open(file)) {
            time("SQLite", new EncounterStore(db, Clock.systemUTC(), TestKnowledge.SUMMARISER), n);
        }
    }

    /**
     * The clinic store on a database of its own; with {@code reuse} the one a run before filled is kept and only its
     * summaries are stamped under the other version again (the fill takes minutes).
     */
    private static void clinic(int n, boolean reuse) throws Exception {
        String hostPort = System.getenv("EXAMPATH_TEST_PG");
        Properties admin = new Properties();
        admin.setProperty("user", System.getenv("EXAMPATH_TEST_PG_USER"));
        admin.setProperty("password", System.getenv("EXAMPATH_TEST_PG_PASSWORD"));
        String name = "exampath_rework_bench_" + n;
        ClinicUrl url = ClinicUrl.parse("postgresql://" + hostPort + "/" + name);
        ClinicDatabase asAdmin = new ClinicDatabase(url, new ClinicCredentials(admin.getProperty("user"), admin.getProperty("password")));
        ClinicDatabase clinician = new ClinicDatabase(url, new ClinicCredentials("exampath_rework_c0", "bench-only"));
        if (!reuse) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/postgres", admin);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + name);
                s.execute("DROP ROLE IF EXISTS exampath_rework_c0");
                s.execute("CREATE ROLE exampath_rework_c0 LOGIN PASSWORD 'bench-only'");
            }
            asAdmin.migrate();
            new ClinicMembers(asAdmin).add("exampath_rework_c0", ClinicMembers.Kind.CLINICIAN, "Bench Clinic");
            try (ClinicEncounterStore store = new ClinicEncounterStore(clinician, Clock.systemUTC(), OLD)) {
                fill(store, n);
            }
        }
        try (Connection c = asAdmin.connect(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            // a follow-up is not an import (clinic migration 008)
            s.execute("UPDATE exampath.encounter SET previous_id = id - 1, imported = false, undated = false, examiner = NULL "
                    + "WHERE id % 5 = 0");
            s.execute("UPDATE exampath.encounter SET summary_knowledge = 'bench-old'");
            s.execute("VACUUM ANALYZE exampath.encounter");
        }
        try (ClinicEncounterStore store = new ClinicEncounterStore(clinician, Clock.systemUTC(), TestKnowledge.SUMMARISER)) {
            time("clinic (PostgreSQL)", store, n);
        }
    }

    /** N imported encounters of 10,000 patients, each with a dozen findings that vary with its number. */
    private static void fill(Encounters store, int n) {
        long t0 = System.nanoTime();
        List<Encounters.NewEncounter> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(new Encounters.NewEncounter(String.format(Locale.ROOT, "P-%05d", i % 10_000), exam(i), "hip_joint", 0.5));
            if (batch.size() == 1_000 || i == n - 1) {
                store.createAll(batch, "bench", "bench-old");
                batch.clear();
            }
        }
        System.out.printf(Locale.ROOT, "filled %,d encounters in %.1f s (load %s)%n", n, (System.nanoTime() - t0) / 1e9, load());
    }

    private static Exam exam(int i) {
        Exams e = Exams.of().patient(30 + i % 50, i % 2 == 0 ? Sex.FEMALE : Sex.MALE).no("redflag.fever_or_unwell")
                .count("history.duration_weeks", 1 + i % 30).count("history.nrs_now", i % 11).count("history.nrs_worst", 5 + i % 6)
                .no("redflag.constant_severe_pain").is("nerve.slump", i % 3 == 0 ? "positive" : "negative")
                .yes("history.region.deep_mid_buttock");
        if (i % 4 == 0) {
            e = e.yes("history.aggravator.sitting").is("neuro.myotome.L5", i % 8 == 0 ? "weak" : "normal");
        }
        if (i % 97 == 0) {
            e = e.yes("redflag.iv_drug_use");
        }
        return e.exam();
    }

    private static void time(String store, Encounters encounters, int n) {
        long t0 = System.nanoTime();
        encounters.list("", 500);
        long first = System.nanoTime() - t0;
        t0 = System.nanoTime();
        encounters.list("", 500);
        long second = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "%s, %,d stale summaries: first list %.2f s, second list %.3f s (load %s)%n", store, n,
                first / 1e9, second / 1e9, load());
    }

    /** The one-minute load average (Linux), to read a figure against how busy the machine was. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }
}
