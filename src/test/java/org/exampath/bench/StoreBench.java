package org.exampath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;

/**
 * Store figures on a real file: one autosave (a finding changed, one transaction with its audit
 * row) and, with 100,000 stored encounters, opening the browser (newest 500) and searching.
 * Run: mvn -Pbench test-compile exec:exec -Dbench.main=org.exampath.bench.StoreBench
 */
public final class StoreBench {
    private static final String[] LEADING = {"gluteal_tendinopathy", "deep_gluteal_syndrome", "lumbar_radicular",
        "lumbar_referred", "sacroiliac_joint", "hip_joint", "proximal_hamstring_tendinopathy", "gluteal_myofascial"};

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("exampath-bench");
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            EncounterStore store = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
            autosave(store);
            fill(store, 100_000);
            browse(store);
        }
    }

    private static void autosave(EncounterStore store) {
        long id = store.create("P-autosave", "bench", Exam.empty(), "v", null);
        Exam exam = new Exam(new Patient(45, Sex.FEMALE), Side.RIGHT, java.util.Map.of());
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 2200; i++) {
            exam = exam.with("history.nrs_now", new FindingValue.Count(i % 11))
                    .with("nerve.slump", new FindingValue.Choice(i % 2 == 0 ? "positive" : "negative"));
            long t0 = System.nanoTime();
            store.save(id, "P-autosave", exam, "bench");
            long t = System.nanoTime() - t0;
            if (i >= 200) {
                times.add(t);
            }
        }
        print("autosave of one change (transaction + audit, synchronous=FULL, WAL)", times, 5.0);
    }

    private static void fill(EncounterStore store, int n) {
        long t0 = System.nanoTime();
        List<EncounterStore.NewEncounter> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Exam exam = Exam.empty().with("nerve.slump", new FindingValue.Choice("negative"))
                    .with("history.region.deep_mid_buttock", FindingValue.Flag.YES);
            batch.add(new EncounterStore.NewEncounter(String.format(Locale.ROOT, "P-%06d", i % 40_000), exam,
                    LEADING[i % LEADING.length], 0.5));
            if (batch.size() == 10_000) {
                store.createAll(batch, "bench", "v");
                batch.clear();
            }
        }
        System.out.printf(Locale.ROOT, "filled %d encounters in %.1f s%n", store.count(), (System.nanoTime() - t0) / 1e9);
    }

    private static void browse(EncounterStore store) {
        String[] queries = {"", "P-012", "P-039999", "deep_gluteal", "2026-11", "nothing-matches"};
        for (String q : queries) {
            List<Long> times = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < 30; i++) {
                long t0 = System.nanoTime();
                found = store.list(q, 500).size();
                times.add(System.nanoTime() - t0);
            }
            print("browser list \"" + q + "\" (" + found + " shown) of 100,000", times.subList(5, times.size()), 100.0);
        }
    }

    private static void print(String what, List<Long> values, double targetMs) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.99 * sorted.length) - 1)] / 1e6;
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p99 %.2f ms (target %.0f ms: %s)%n", what, p50, p99, targetMs,
                p99 <= targetMs ? "met" : "NOT met");
    }
}
