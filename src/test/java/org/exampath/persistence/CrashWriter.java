package org.exampath.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;

/**
 * Child process for the crash test: enters change after change through the window's autosave queue
 * and, each time the queue reports the change saved, appends "encounter n" to an ack file.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) throws java.io.IOException {
        Path acks = Path.of(args[2]);
        Database db = Database.open(Path.of(args[0]));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        Autosave autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "test", Clock.systemUTC());
        autosave.runStatusUpdatesWith(Runnable::run);
        session.patientLabelProperty().set("crash-" + args[1]);
        Files.writeString(acks, "", StandardOpenOption.CREATE);
        for (int n = 0; n <= 1040; n++) {
            session.set("history.duration_weeks", new FindingValue.Count(n));
            session.set("nerve.slump", new FindingValue.Choice(n % 2 == 0 ? "positive" : "negative"));
            autosave.flush();
            if (autosave.statusProperty().get().startsWith("Saved ") && !autosave.failedProperty().get()) {
                Files.writeString(acks, autosave.encounterIdProperty().get() + " " + n + "\n", StandardOpenOption.APPEND);
            }
        }
    }
}
