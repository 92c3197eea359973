package org.exampath.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Side;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Engine;

/**
 * The exam being worked on: one immutable {@link Exam} snapshot replaced on every edit, and the
 * engine's assessment of it. Data flows one way: form edit, new snapshot, new assessment.
 */
public final class ExamSession {
    private final Engine engine;
    private final ReadOnlyObjectWrapper<Exam> exam = new ReadOnlyObjectWrapper<>(this, "exam", Exam.empty());
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>(this, "assessment");
    private final javafx.beans.property.ReadOnlyIntegerWrapper replaced = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "replaced");
    private final StringProperty patientLabel = new SimpleStringProperty(this, "patientLabel", "");
    private final ObjectProperty<Exam> previous = new SimpleObjectProperty<>(this, "previous");
    private final StringProperty previousDate = new SimpleStringProperty(this, "previousDate");
    private final ObjectProperty<java.util.Map<String, org.exampath.report.CarriedFindings.Origin>> previousOrigins =
            new SimpleObjectProperty<>(this, "previousOrigins", java.util.Map.of());
    private final ObjectProperty<java.util.Set<String>> examinedInVisit = new SimpleObjectProperty<>(this, "examinedInVisit", java.util.Set.of());
    private Exam opened;

    public ExamSession(Engine engine) {
        this.engine = engine;
        assessment.set(engine.assess(exam.get()));
        exam.addListener((obs, old, now) -> {
            // the engine never reads the record fields: a typed assessment or plan needs no new assessment
            if (!old.withRecord(now.record()).equals(now)) {
                assessment.set(engine.assess(now, previous.get()));
            }
        });
        previous.addListener((obs, old, now) -> assessment.set(engine.assess(exam.get(), now)));
    }

    /** The last visit's exam while a follow-up is open (the engine derives progression from it), else null. */
    public ObjectProperty<Exam> previousProperty() {
        return previous;
    }

    /** The last visit's date ("2026-11-20") while a follow-up is open and its date is known, else null. */
    public StringProperty previousDateProperty() {
        return previousDate;
    }

    /**
     * While a follow-up is open, where each finding of the last visit was recorded and by whom (a finding the last visit
     * only carried over names the visit before); empty otherwise.
     */
    public ObjectProperty<java.util.Map<String, org.exampath.report.CarriedFindings.Origin>> previousOriginsProperty() {
        return previousOrigins;
    }

    /**
     * The findings already entered or examined again in this visit when it was opened (a follow-up resumed: its
     * store's audit names them); empty for a visit just begun. Set before the exam is replaced.
     */
    public ObjectProperty<java.util.Set<String>> examinedInVisitProperty() {
        return examinedInVisit;
    }

    public KnowledgeBase knowledge() {
        return engine.knowledge();
    }

    public Engine engine() {
        return engine;
    }

    public ReadOnlyObjectProperty<Exam> examProperty() {
        return exam.getReadOnlyProperty();
    }

    public Exam exam() {
        return exam.get();
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public Assessment assessment() {
        return assessment.get();
    }

    public StringProperty patientLabelProperty() {
        return patientLabel;
    }

    /**
     * Records one finding; null takes it back to "not tested", and with it what belongs to that test (where it hurt,
     * its angle: see {@link org.exampath.knowledge.FindingDefinition#of}), in the same change.
     */
    public void set(String id, FindingValue value) {
        FindingValue current = exam.get().value(id);
        if (value == null ? current != null : !value.equals(current)) {
            Exam next = exam.get().with(id, value);
            if (value == null) {
                for (org.exampath.knowledge.FindingDefinition d : knowledge().findings().values()) {
                    if (id.equals(d.of()) && next.has(d.id())) {
                        next = next.with(d.id(), null);
                    }
                }
            }
            exam.set(next);
        }
    }

    public void setPatient(Patient patient) {
        if (!patient.equals(exam.get().patient())) {
            exam.set(exam.get().withPatient(patient));
        }
    }

    public void setSide(Side side) {
        if (side != exam.get().side()) {
            exam.set(exam.get().withSide(side));
        }
    }

    /** The free-text assessment and plan, kept in the exam's record fields (exam/1 encounter.assessment/plan). */
    public void setNotes(String assessmentText, String planText) {
        org.exampath.domain.ExamRecord r = exam.get().record();
        String a = assessmentText == null || assessmentText.isBlank() ? null : assessmentText;
        String p = planText == null || planText.isBlank() ? null : planText;
        if (!java.util.Objects.equals(a, r.assessment()) || !java.util.Objects.equals(p, r.plan())) {
            exam.set(exam.get().withRecord(r.withAssessment(a).withPlan(p)));
        }
    }

    /** Replaces the whole exam (an encounter loaded, a new exam, a recovery copy): it was not opened from an exam file. */
    public void replace(Exam next) {
        opened = null;
        exam.set(next);
        replaced.set(replaced.get() + 1);
    }

    /**
     * Replaces the whole exam with one read from an exam file: its findings are its starting state, entered by
     * the clinician the file records (or by no one named), not by whoever opened it; see {@link #opened}.
     */
    public void open(Exam fromFile) {
        open(fromFile, fromFile);
    }

    /**
     * As {@link #open(Exam)}, with changes made to it since already in: {@code now}, a new exam's recovery copy of
     * changes made to the exam file {@code fromFile} opened in the session that kept it.
     */
    public void open(Exam fromFile, Exam now) {
        opened = fromFile;
        exam.set(now);
        replaced.set(replaced.get() + 1);
    }

    /** The exam as read from the exam file the exam shown was opened from, or null when it was not opened from one. */
    public Exam opened() {
        return opened;
    }

    /**
     * Counts whole-exam replacements, so a form can drop what was typed for the exam before (a number left
     * mistyped, half a resisted test) even when the new exam equals the old one (two empty exams).
     */
    public javafx.beans.property.ReadOnlyIntegerProperty replacedProperty() {
        return replaced.getReadOnlyProperty();
    }
}
