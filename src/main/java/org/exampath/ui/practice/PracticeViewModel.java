package org.exampath.ui.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.store.PracticeRecords;
import org.exampath.practice.Answer;
import org.exampath.practice.Feedback;
import org.exampath.practice.PracticeCase;
import org.exampath.practice.PracticeSession;
import org.exampath.practice.Scorer;
import org.exampath.reasoning.Engine;
import org.exampath.text.Describe;

/**
 * A student's practice: choose a case, ask questions and perform tests one by one, commit a working
 * diagnosis, then read the feedback. The engine's panel stays hidden until the commit.
 */
public final class PracticeViewModel {
    private final Engine engine;
    private final PracticeRecords store;
    private final ObservableList<PracticeCase> cases = FXCollections.observableArrayList();
    private final List<String> problems;
    private final StringProperty student = new SimpleStringProperty(this, "student", "");
    private final ObjectProperty<PracticeCase> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyObjectWrapper<PracticeSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ObservableList<String> revealed = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback");
    private final ObservableList<PracticeRecords.Attempt> attempts = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public PracticeViewModel(Engine engine, PracticeRecords store, List<PracticeCase> library, List<String> problems) {
        this.engine = engine;
        this.store = store;
        this.cases.setAll(library);
        this.problems = List.copyOf(problems);
        if (!problems.isEmpty()) {
            message.set(problems.size() + " case file(s) skipped: " + String.join("; ", problems));
        }
    }

    public KnowledgeBase knowledge() {
        return engine.knowledge();
    }

    public Engine engine() {
        return engine;
    }

    public ObservableList<PracticeCase> cases() {
        return cases;
    }

    public List<String> problems() {
        return problems;
    }

    public StringProperty studentProperty() {
        return student;
    }

    public ObjectProperty<PracticeCase> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<PracticeSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ObservableList<String> revealed() {
        return revealed;
    }

    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ObservableList<PracticeRecords.Attempt> attempts() {
        return attempts;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void start() {
        PracticeCase c = chosen.get();
        if (c == null) {
            message.set("Choose a case first.");
            return;
        }
        session.set(new PracticeSession(c));
        revealed.clear();
        feedback.set(null);
        message.set("");
        loadAttempts();
    }

    /** Asks a question or performs a test; the answer joins the list of what was found. */
    public String ask(String findingId) {
        PracticeSession s = session.get();
        if (s == null || feedback.get() != null || s.hasAsked(findingId)) {
            return null;
        }
        FindingValue value = s.ask(findingId);
        String line = value == null ? Describe.finding(knowledge(), findingId, null) + ": unremarkable"
                : Describe.finding(knowledge(), findingId, value);
        revealed.add(line);
        return line;
    }

    public Feedback commit(Answer answer) {
        PracticeSession s = session.get();
        if (s == null) {
            return null;
        }
        Feedback f = new Scorer(engine).score(s, answer);
        feedback.set(f);
        String name = student.get() == null ? "" : student.get().strip();
        if (!name.isEmpty()) {
            store.record(new PracticeRecords.NewAttempt(name, s.practiceCase().name(), f.score(), f.leadingCorrect(),
                    f.missedFlags(), f.testsUsed().size(), f.brier())).whenComplete((list, failure) -> Platform.runLater(() -> {
                        if (failure != null) {
                            message.set("The attempt was not saved: " + rootMessage(failure));
                        } else {
                            attempts.setAll(list);
                        }
                    }));
        } else {
            message.set("Enter your name to keep your progress.");
        }
        return f;
    }

    /** Reads the student's attempts off the JavaFX thread and shows them when they arrive. */
    private void loadAttempts() {
        String name = student.get() == null ? "" : student.get().strip();
        if (!name.isEmpty()) {
            CompletableFuture.supplyAsync(() -> store.attempts(name))
                    .whenComplete((list, failure) -> Platform.runLater(() -> {
                        if (failure == null) {
                            attempts.setAll(list);
                        } else {
                            message.set("Earlier attempts could not be read: " + rootMessage(failure));
                        }
                    }));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return t.getMessage();
    }

    /** The feedback in words; red flags missed come first. */
    public List<String> feedbackLines() {
        Feedback f = feedback.get();
        List<String> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        for (String flag : f.missedFlags()) {
            out.add("MISSED RED FLAG: " + flagLabel(flag) + ". This comes before any diagnosis.");
        }
        if (f.missedFlags().isEmpty()) {
            out.add("Red flags: all seen" + (f.extraFlags().isEmpty() ? "." : "; also ticked " + String.join(", ", f.extraFlags())
                    + ", which the case does not raise."));
        }
        out.add((f.leadingCorrect() ? "Working diagnosis: right. " : "Working diagnosis: the case's answer is ")
                + String.join(" or ", f.acceptedLeading().stream().map(this::hypothesisLabel).toList()) + ".");
        String accepted = String.join(" or ", f.acceptedImaging().stream().map(r -> Describe.imaging(r).replace("Imaging: ", "")).toList());
        out.add(f.imagingCorrect() ? "Imaging: right (the case accepts " + accepted + ")." : "Imaging: the case expects " + accepted + ".");
        if (f.inconsistenciesInCase().isEmpty()) {
            out.add("Inconsistencies: none in this case.");
        } else {
            out.add("Inconsistencies: " + (f.inconsistencySpotted() ? "spotted. " : "not spotted. ") + "The case holds findings that do not fit: "
                    + String.join(", ", f.inconsistenciesInCase().stream().map(id -> Describe.finding(knowledge(), id, null)).toList()) + ".");
        }
        out.add("Tests used: " + f.testsUsed().size() + "; " + f.onPath().size() + " of them on the engine's next-test path ("
                + String.join(", ", f.enginePath().stream().map(id -> Describe.finding(knowledge(), id, null)).toList()) + ").");
        if (!f.addedNothing().isEmpty()) {
            out.add("Added nothing (their family or the cap was already answered): "
                    + String.join(", ", f.addedNothing().stream().map(id -> Describe.finding(knowledge(), id, null)).toList()) + ".");
        }
        if (f.brier() != null) {
            out.add(String.format(Locale.ROOT, "Calibration: Brier score %.3f (0 is perfect; guessing 1/8 for each scores about 0.11).",
                    f.brier()));
        }
        out.add("Score: " + f.score() + " / 100.");
        return out;
    }

    private String flagLabel(String id) {
        return knowledge().redFlags().stream().filter(f -> f.id().equals(id)).findFirst().map(f -> f.label()).orElse(id);
    }

    private String hypothesisLabel(String id) {
        return knowledge().hypothesis(id).map(h -> h.label()).orElse(id);
    }
}
