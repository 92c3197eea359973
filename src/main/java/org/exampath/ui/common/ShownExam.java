package org.exampath.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.exampath.domain.Exam;
import org.exampath.domain.PatientLabel;
import org.exampath.store.Encounters;

/**
 * The exam shown, on the JavaFX thread: its generation (changed whenever another exam is shown), its encounter once
 * stored, what its saves carry besides the exam (the key it is created with, the copy it was opened from, the findings a
 * follow-up carries over), putting another exam on screen, and queueing the exam shown to be saved.
 */
final class ShownExam implements EncounterReads.Window, RecoveredOpening.Shows {
    private final ExamSession session;
    private final StatusLine statusLine;
    private final SaveQueue queue;
    private final EncounterWrites writes;
    private final RedFlagActions actions;
    private final HeldConflicts conflicts;
    private final ShownEncounter shownEncounter;
    private final RecoveryCopies recovery;
    private final Supplier<String> clinician;
    private final ReadOnlyObjectWrapper<Long> encounterId;
    private long generation;
    private boolean loading;
    private Long previousId;
    private List<Encounters.Acknowledgement> earlierActions = List.of();
    /** The exam of the visit before the last one: the last visit's derived flags are judged against it. */
    private Exam beforeLastVisit;
    /**
     * The findings a follow-up not yet stored carries over from its last visit, else null: the encounter is created
     * with them, so only what is entered afterwards is audited in this clinician's name.
     */
    private Exam carriedOver;
    /**
     * The key the exam shown is created with, chosen once per exam shown: every try of its create (a
     * retry after a create whose answer was lost, or the next change while it is failing) sends the same
     * one, so the store makes one encounter however many times it is asked.
     */
    private String createKey = UUID.randomUUID().toString();
    /** The leftover recovery copy the exam shown was opened from (removed once it is stored), else null. */
    private Path openedCopy;

    /** {@code bean}: the object the encounter id property belongs to; {@code clinician}: the name this session's writes carry. */
    ShownExam(Object bean, ExamSession session, StatusLine statusLine, SaveQueue queue, EncounterWrites writes,
              RedFlagActions actions, HeldConflicts conflicts, ShownEncounter shownEncounter, RecoveryCopies recovery,
              Supplier<String> clinician) {
        this.session = session;
        this.statusLine = statusLine;
        this.queue = queue;
        this.writes = writes;
        this.actions = actions;
        this.conflicts = conflicts;
        this.shownEncounter = shownEncounter;
        this.recovery = recovery;
        this.clinician = clinician;
        this.encounterId = new ReadOnlyObjectWrapper<>(bean, "encounterId");
    }

    @Override
    public long generation() {
        return generation;
    }

    @Override
    public Long shownId() {
        return encounterId.get();
    }

    ReadOnlyObjectProperty<Long> idProperty() {
        return encounterId.getReadOnlyProperty();
    }

    /** The exam shown was stored as encounter {@code id}. */
    void made(long id) {
        encounterId.set(id);
    }

    /** While another exam is put on screen: its changes are not saves. */
    boolean loading() {
        return loading;
    }

    Exam beforeLastVisit() {
        return beforeLastVisit;
    }

    List<Encounters.Acknowledgement> earlierActions() {
        return earlierActions;
    }

    /** The exam shown is created with {@code key} (a recovery copy's), not the one chosen when it was shown. */
    void createWith(String key) {
        createKey = key;
    }

    @Override
    public List<Encounters.Acknowledgement> acknowledgements() {
        return actions.list();
    }

    @Override
    public void show(LoadedEncounter l) {
        Encounters.Encounter e = l.encounter();
        show(e, e.patientLabel(), e.exam(), l.last(), l.beforeLast(), e.previousId(), l.actions(), l.earlier(), l.left(),
                l.lastDate(), l.lastOrigins(), l.examined());
        shownEncounter.read(l.changedBy(), l.moves());
    }

    @Override
    public void showFollowUp(String label, Exam start, Exam last, Exam beforeLast, long previousId,
                             List<Encounters.Acknowledgement> earlier, String lastDate, java.util.Map<String, org.exampath.report.CarriedFindings.Origin> lastOrigins) {
        show(null, label, start, last, beforeLast, previousId, List.of(), earlier, List.of(), lastDate, lastOrigins, Set.of());
    }

    @Override
    public void startNew() {
        show(null, "", Exam.empty(), null, null, null, List.of(), List.of(), List.of(), null, java.util.Map.of(), Set.of());
        statusLine.show("New exam.");
    }

    @Override
    public void openedCopy(Path copy) {
        openedCopy = copy;
    }

    @Override
    public void openedFromCopy(Path copy) {
        openedCopy = copy;
        // red-flag actions recorded for it before its encounter was made: stored with the encounter this exam makes
        if (recovery.holds(copy)) {
            actions.recordKept(generation, ActionCopies.waitingBeside(copy));
        }
    }

    /**
     * {@code last}, {@code beforeLast}: the last visit's exam and the one before it (null without); {@code left}:
     * the action copies an earlier session left for {@code encounter}, read off the JavaFX thread.
     */
    private void show(Encounters.Encounter encounter, String label, Exam exam, Exam last, Exam beforeLast, Long previous,
                      List<Encounters.Acknowledgement> stored, List<Encounters.Acknowledgement> earlier,
                      List<ActionCopies.Copy> left, String lastDate,
                      java.util.Map<String, org.exampath.report.CarriedFindings.Origin> lastOrigins, Set<String> examined) {
        Long id = encounter == null ? null : encounter.id();
        if (queue.isShutdown()) {
            return; // the store was closed (the window moved to another) while this read was under way
        }
        earlierActions = List.copyOf(earlier);
        beforeLastVisit = beforeLast;
        carriedOver = id == null && last != null ? exam : null;
        loading = true;
        try {
            generation++;
            conflicts.rows().clear();
            createKey = UUID.randomUUID().toString();
            openedCopy = null;
            actions.shown(generation, stored);
            queue.execute(() -> writes.shown(encounter));
            if (encounter != null) {
                actions.resend(generation, encounter.id(), left);
            }
            encounterId.set(id);
            shownEncounter.shown(encounter);
            previousId = previous;
            session.previousDateProperty().set(last == null ? null : lastDate);
            session.previousOriginsProperty().set(last == null ? java.util.Map.of() : lastOrigins);
            session.examinedInVisitProperty().set(examined);
            session.previousProperty().set(last);
            session.patientLabelProperty().set(label);
            session.replace(exam);
        } finally {
            loading = false;
        }
        if (id == null && last != null) {
            changed();
        }
    }

    /** Queues the exam shown to be stored; false when nothing was queued (an empty new exam, or while loading). */
    boolean changed() {
        if (loading) {
            return false;
        }
        Exam exam = session.exam();
        if (exam.findings().isEmpty() && exam.side() == null && encounterId.get() == null) {
            return false;
        }
        String label = session.patientLabelProperty().get();
        String trimmed = label == null ? "" : label.strip();
        Optional<String> problem = trimmed.isEmpty() ? Optional.empty() : PatientLabel.problem(trimmed);
        PendingSave pending = new PendingSave(generation, null, problem.isPresent() ? null : trimmed, problem.orElse(null), exam,
                previousId, carriedOver, createKey, openedCopy, carriedOver == null ? session.opened() : null, clinician.get());
        queue.execute(() -> writes.save(pending));
        return true;
    }
}
