package org.exampath.ui.exam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.FollowUp;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.Describe;
import org.exampath.text.ScreenStatus;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.hypotheses.FlagActions;
import org.exampath.ui.hypotheses.FlagLevel;
import org.exampath.text.NotedItems;
import org.exampath.text.ImagingLevel;

/**
 * The Summary step's words: the working diagnosis, flags with the screen's state, imaging,
 * management (withheld under an emergency, put under an urgent flag), inconsistencies, what changed
 * since the last visit and everything recorded, each finding under its own step. Worked out only
 * while the summary is on screen.
 */
public final class SummaryViewModel {
    /** One group of recorded findings: its heading and its lines. */
    public record Section(String title, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    private final ExamSession session;
    private final Autosave autosave;
    private final Clock clock;
    private final ReadOnlyStringWrapper diagnosis = new ReadOnlyStringWrapper(this, "diagnosis", "");
    private final ReadOnlyStringWrapper flags = new ReadOnlyStringWrapper(this, "flags", "");
    private final ReadOnlyStringWrapper noted = new ReadOnlyStringWrapper(this, "noted", "");
    private final ReadOnlyStringWrapper imaging = new ReadOnlyStringWrapper(this, "imaging", "");
    private final ReadOnlyStringWrapper management = new ReadOnlyStringWrapper(this, "management", "");
    private final ReadOnlyStringWrapper inconsistencies = new ReadOnlyStringWrapper(this, "inconsistencies", "");
    private final ReadOnlyStringWrapper sinceLastVisit = new ReadOnlyStringWrapper(this, "sinceLastVisit", "");
    private final ReadOnlyBooleanWrapper followUp = new ReadOnlyBooleanWrapper(this, "followUp");
    private final ReadOnlyStringWrapper untested = new ReadOnlyStringWrapper(this, "untested", "");
    private final ObservableList<Section> recorded = FXCollections.observableArrayList();
    private final ObservableList<Section> recordedView = FXCollections.unmodifiableObservableList(recorded);
    private final ChangeListener<Exam> follow = (obs, old, now) -> refreshIfActive();
    /** Another exam shown with findings equal to the one before: its last visit and actions are still its own. */
    private final ChangeListener<Number> followReplaced = (obs, old, now) -> refreshIfActive();
    private boolean active;

    public SummaryViewModel(ExamSession session, Autosave autosave) {
        this(session, autosave, Clock.systemDefaultZone());
    }

    public SummaryViewModel(ExamSession session, Autosave autosave, Clock clock) {
        this.session = session;
        this.autosave = autosave;
        this.clock = clock;
        session.examProperty().addListener(follow);
        session.replacedProperty().addListener(followReplaced);
        refresh();
    }

    /** The summary is worked out only while it is the step on screen (and at once when it becomes so). */
    public void setActive(boolean showing) {
        active = showing;
        if (showing) {
            refresh();
        }
    }

    public void dispose() {
        session.examProperty().removeListener(follow);
        session.replacedProperty().removeListener(followReplaced);
    }

    private void refreshIfActive() {
        if (active) {
            refresh();
        }
    }

    void refresh() {
        Assessment a = session.assessment();
        Exam exam = session.exam();
        KnowledgeBase kb = session.knowledge();
        ScreenStatus screen = ScreenStatus.of(a);
        FlagLevel level = FlagLevel.loudest(a.redFlags());
        diagnosis.set(level.withholdsManagement()
                ? "An emergency stands: act on it now. The working diagnosis is held back until it is dealt with."
                : Describe.workingDiagnosis(a, kb.policy().closeShare()));
        List<String> flagLines = new ArrayList<>();
        for (RedFlag f : a.redFlags()) {
            if (f.noted()) {
                // named on its own small line below, never as a red flag
                continue;
            }
            flagLines.add(FlagLevel.of(f).word() + ": " + f.label() + ". " + f.action());
        }
        // a noted item still keeps the screen from being called negative
        String screenState = screen.state(!a.redFlags().isEmpty(), LocalDate.now(clock).toString()) + ".";
        noted.set(NotedItems.line(kb, a, exam));
        flags.set(flagLines.isEmpty() ? screenState : String.join("\n", flagLines) + "\n" + screenState);
        ImagingLevel advice = ImagingLevel.of(a);
        imaging.set(advice.text() + ". " + advice.reason(a.imaging(), screen));
        management.set(level.withholdsManagement() ? "Withheld while the emergency stands: act on the flag first."
                : level.subordinatesManagement() ? "Once the flag is cleared: " + a.driver().management()
                : a.driver().management());
        inconsistencies.set(a.inconsistencies().isEmpty() ? "None."
                : String.join("\n", a.inconsistencies().stream().map(i -> i.label() + ": " + i.message()).toList()));
        showRecorded(exam, kb);
        showSinceLastVisit(kb);
    }

    private void showRecorded(Exam exam, KnowledgeBase kb) {
        List<Section> sections = new ArrayList<>();
        int notAsked = 0;
        for (Map.Entry<String, String> step : Describe.SECTIONS.entrySet()) {
            List<String> lines = new ArrayList<>();
            for (FindingDefinition d : kb.findingsOfStep(step.getKey())) {
                if (d.pseudo()) {
                    continue;
                }
                FindingValue v = exam.value(d.id());
                if (v == null) {
                    notAsked++;
                } else {
                    lines.add(Describe.finding(kb, d.id(), v));
                }
            }
            sections.add(new Section(step.getValue(), lines));
        }
        if (!recorded.equals(sections)) {
            recorded.setAll(sections);
        }
        untested.set(notAsked + " items not asked or not tested; none of them is read as negative.");
    }

    private void showSinceLastVisit(KnowledgeBase kb) {
        boolean isFollowUp = autosave != null && autosave.previousProperty().get() != null;
        List<String> changes = new ArrayList<>();
        if (isFollowUp) {
            for (FollowUp.Change c : autosave.changesSinceLastVisit()) {
                changes.add(Describe.finding(kb, c.finding(), null) + ": "
                        + (c.before() == null ? "not recorded" : c.before().display()) + " → "
                        + (c.now() == null ? "not recorded" : c.now().display()));
            }
            if (changes.isEmpty()) {
                changes.add("No finding has changed yet. Ask the red-flag screen again.");
            }
            changes.addAll(0, new FlagActions(autosave).earlier(session.engine()));
        }
        followUp.set(isFollowUp);
        sinceLastVisit.set(String.join("\n", changes));
    }

    public ReadOnlyStringProperty diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    /** The flags standing, or the screen's state: "not complete (k of M asked)" or "complete, negative (date)". */
    public ReadOnlyStringProperty flagsProperty() {
        return flags.getReadOnlyProperty();
    }

    /** "Noted for follow-up: Age 50 or over: noted, not escalated.", or "" when nothing is noted. */
    public ReadOnlyStringProperty notedProperty() {
        return noted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty imagingProperty() {
        return imaging.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty managementProperty() {
        return management.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty inconsistenciesProperty() {
        return inconsistencies.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sinceLastVisitProperty() {
        return sinceLastVisit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty followUpProperty() {
        return followUp.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty untestedProperty() {
        return untested.getReadOnlyProperty();
    }

    /** Recorded findings by step, in catalogue order. */
    public ObservableList<Section> recorded() {
        return recordedView;
    }
}
