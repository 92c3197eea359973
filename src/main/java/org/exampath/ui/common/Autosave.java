package org.exampath.ui.common;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.StoreException;
import org.exampath.reasoning.FollowUp;
import org.exampath.reasoning.HypothesisResult;

/**
 * Keeps the session's exam in the store: every change is saved off the JavaFX thread, in order, each
 * in one transaction; the status line says when. A new exam becomes an encounter at its first
 * change. At a follow-up, findings new or worse since the last visit raise the progressive flag.
 */
public final class Autosave {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ExamSession session;
    private final EncounterStore store;
    private final String clinician;
    private final Clock clock;
    private final FollowUp followUp;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "exampath-autosave");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<Long> encounterId = new ReadOnlyObjectWrapper<>(this, "encounterId");
    private final ReadOnlyObjectWrapper<Exam> previous = new ReadOnlyObjectWrapper<>(this, "previous");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Long pendingPreviousId;
    private Long writerId;
    private boolean loading;
    private Consumer<Runnable> fx = Platform::runLater;

    public Autosave(ExamSession session, EncounterStore store, String clinician, Clock clock) {
        this.session = session;
        this.store = store;
        this.clinician = clinician;
        this.clock = clock;
        this.followUp = new FollowUp(session.knowledge());
        session.examProperty().addListener((obs, old, now) -> changed());
        session.patientLabelProperty().addListener((obs, old, now) -> changed());
    }

    /** Tests without the toolkit run status updates in place. */
    public void runStatusUpdatesWith(Consumer<Runnable> runner) {
        fx = runner;
    }

    public ReadOnlyObjectProperty<Long> encounterIdProperty() {
        return encounterId.getReadOnlyProperty();
    }

    /** The last visit's exam while a follow-up is open, else null. */
    public ReadOnlyObjectProperty<Exam> previousProperty() {
        return previous.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public EncounterStore store() {
        return store;
    }

    private void changed() {
        if (loading) {
            return;
        }
        raiseProgression();
        Exam exam = session.exam();
        if (exam.findings().isEmpty() && exam.side() == null && encounterId.get() == null) {
            return;
        }
        String label = session.patientLabelProperty().get();
        HypothesisResult lead = session.assessment().leading();
        Long previousId = pendingPreviousId;
        writer.execute(() -> {
            try {
                if (writerId == null) {
                    writerId = store.create(label, clinician, Exam.empty().withPatient(exam.patient()),
                            session.knowledge().version(), previousId);
                    long id = writerId;
                    fx.accept(() -> encounterId.set(id));
                }
                store.save(writerId, label, exam, clinician, lead.id(), lead.probability());
                String at = LocalTime.now(clock.withZone(ZoneId.systemDefault())).format(TIME);
                fx.accept(() -> status.set("Saved " + at + " (encounter " + writerId + ")"));
            } catch (StoreException e) {
                fx.accept(() -> status.set("NOT SAVED: " + e.getMessage()));
            }
        });
    }

    private void raiseProgression() {
        Exam last = previous.get();
        if (last == null) {
            return;
        }
        for (Map.Entry<String, List<String>> flag : followUp.progression(last, session.exam()).entrySet()) {
            if (!FindingValue.Flag.YES.equals(session.exam().value(flag.getKey()))) {
                session.set(flag.getKey(), FindingValue.Flag.YES);
            }
        }
    }

    /** Shows a stored encounter exactly as it was left. */
    public void load(long id) {
        EncounterStore.Encounter encounter = store.load(id).orElseThrow(() -> new StoreException("no encounter " + id));
        Exam last = encounter.previousId() == null ? null
                : store.load(encounter.previousId()).map(EncounterStore.Encounter::exam).orElse(null);
        show(id, encounter.patientLabel(), encounter.exam(), last, encounter.previousId());
        status.set("Opened encounter " + id + " of " + encounter.date() + ".");
    }

    /** A follow-up for the same patient: last visit's findings carried over, the red-flag screen to ask again. */
    public void followUp(long previousId) {
        EncounterStore.Encounter last = store.load(previousId).orElseThrow(() -> new StoreException("no encounter " + previousId));
        show(null, last.patientLabel(), followUp.startFrom(last.exam()), last.exam(), previousId);
        status.set("Follow-up of the visit of " + last.date() + ": ask the red-flag screen again.");
    }

    public void startNew() {
        show(null, "", Exam.empty(), null, null);
        status.set("New exam.");
    }

    /** Picks up where the last session left off, if an encounter is still open. */
    public void resume() {
        Optional<Long> last = store.lastOpen();
        if (last.isPresent()) {
            load(last.get());
            status.set("Resumed encounter " + last.get() + " as it was left.");
        }
    }

    private void show(Long id, String label, Exam exam, Exam last, Long previousId) {
        flush();
        loading = true;
        try {
            writerId = id;
            encounterId.set(id);
            pendingPreviousId = previousId;
            previous.set(last);
            session.patientLabelProperty().set(label);
            session.replace(exam);
        } finally {
            loading = false;
        }
        if (id == null && last != null) {
            changed();
        }
    }

    /** What changed since the last visit (empty unless a follow-up is open). */
    public List<FollowUp.Change> changesSinceLastVisit() {
        return previous.get() == null ? List.of() : followUp.changes(previous.get(), session.exam());
    }

    /** Records the action taken for a red flag against this encounter (saving the exam first if needed). */
    public void acknowledge(String flag, String action) {
        if (encounterId.get() == null) {
            changed();
        }
        flush();
        if (writerId == null) {
            throw new StoreException("record a finding before acknowledging a flag");
        }
        store.acknowledge(writerId, flag, action, clinician);
    }

    /** Runs store work (the start-up backup) on the writer thread, in order with the saves. */
    public void runInBackground(Runnable work) {
        writer.execute(() -> {
            try {
                work.run();
            } catch (StoreException e) {
                fx.accept(() -> status.set("Backup not written: " + e.getMessage()));
            }
        });
    }

    /** Waits until every change so far is in the store. */
    public void flush() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StoreException("saving did not finish: " + e.getMessage(), e);
        }
    }

    public void shutdown() {
        flush();
        writer.shutdown();
    }
}
