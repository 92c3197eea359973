package org.exampath.persistence;

import java.nio.file.Path;
import java.time.Clock;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;

/** Child process for the crash test: saves change after change and appends "id n" to an ack file after each commit. */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) throws java.io.IOException {
        Path acks = Path.of(args[2]);
        Database db = Database.open(Path.of(args[0]));
        EncounterStore store = new EncounterStore(db, Clock.systemUTC());
        long id = store.create("crash-" + args[1], "test", Exam.empty(), "v", null);
        Exam exam = Exam.empty();
        for (int n = 0; n <= 1040; n++) {
            exam = exam.with("history.duration_weeks", new FindingValue.Count(n))
                    .with("nerve.slump", new FindingValue.Choice(n % 2 == 0 ? "positive" : "negative"));
            store.save(id, "crash", exam, "test", "lumbar_radicular", n / 1040.0);
            java.nio.file.Files.writeString(acks, id + " " + n + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }
}
