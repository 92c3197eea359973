package org.exampath.ui.practice;

import java.util.List;
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
    /** Whose attempts {@code attempts} shows ("" for nobody): a list read for anyone else arrives too late and is dropped. */
    private String attemptsOf = "";
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final javafx.beans.binding.StringBinding nameNote = javafx.beans.binding.Bindings.createStringBinding(this::nameNoteText, attempts);
    private final CommitFormModel commitForm;
    /** A committed attempt on its way to the store, or held in the window until it is kept. */
    private final UnkeptAttempt unkept;

    public PracticeViewModel(Engine engine, PracticeRecords store, List<PracticeCase> library, List<String> problems) {
        this.engine = engine;
        this.store = store;
        this.cases.setAll(library);
        this.problems = List.copyOf(problems);
        this.commitForm = new CommitFormModel(engine.knowledge().hypotheses(), engine.knowledge().redFlags().stream()
                .filter(rule -> rule.highest() != org.exampath.knowledge.Urgency.NOTED).toList()); // noted lines are not committed to
        this.unkept = new UnkeptAttempt(store, session::get, this::showAttemptsOf, this::showStored, message::set);
        // the scores on screen are the shown name's: editing the name takes another student's away at once
        student.addListener((obs, old, now) -> showAttemptsOf(studentName()));
        store.login().ifPresent(student::set); // on a class's server the login is the student, whatever is typed
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

    /** The line under the name field, as {@link NameNote} words it. */
    public javafx.beans.binding.StringBinding nameNoteProperty() {
        return nameNote;
    }

    private String nameNoteText() {
        return NameNote.of(store.login(), attempts);
    }

    /** The login every attempt is kept under whatever name is typed (a class's server), or empty. */
    public java.util.Optional<String> login() {
        return store.login();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public CommitFormModel commitForm() {
        return commitForm;
    }

    /**
     * What starting another case (or closing the window) would lose, in words, or empty when nothing: the findings
     * and answer of an open case not committed yet, or a committed attempt not kept yet ({@link UnkeptAttempt}).
     */
    public java.util.Optional<String> workAtStake() {
        return WorkAtStake.of(session.get(), feedback.get() != null, unkept.why(), revealed.size(),
                commitForm.hasInput());
    }

    /** Starts the chosen case afresh; what the last one left uncommitted or unkept goes (the window asks first). */
    public void start() {
        PracticeCase c = chosen.get();
        if (c == null) {
            message.set("Choose a case first.");
            return;
        }
        unkept.drop();
        session.set(new PracticeSession(c));
        revealed.clear();
        commitForm.clear();
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
        String line = value == null ? Describe.finding(knowledge(), findingId, null) + ": " + nothingThere(findingId)
                : Describe.finding(knowledge(), findingId, value);
        revealed.add(line);
        return line;
    }

    /**
     * What a finding the case does not hold reads as: no pain in a region, "no" to a question, an unremarkable test; a
     * history answer that is a number or a kind (how long, how it began, how bad) has no "nothing of note", so the case
     * simply does not give it.
     */
    private String nothingThere(String findingId) {
        var d = knowledge().finding(findingId).orElseThrow();
        if ("region".equals(d.group())) {
            return "no pain there";
        }
        if (!d.physical() && d.kind() == org.exampath.knowledge.FindingKind.BOOLEAN) {
            return "no";
        }
        if ("history".equals(d.step())) {
            return "not given in this case";
        }
        return "unremarkable";
    }

    /** Commits the form; while a probability is invalid nothing is scored and the form says why. */
    public Feedback commit() {
        var answer = commitForm.answer();
        if (answer.isEmpty()) {
            String problem = commitForm.problemProperty().get();
            message.set(problem.isEmpty() ? "Nothing to commit yet: rank a hypothesis, or tick the red flag you see." : problem);
            return null;
        }
        return commit(answer.get());
    }

    /** The finding id behind the n-th revealed line. */
    public String askedAt(int index) {
        return session.get().asked().get(index);
    }

    public Feedback commit(Answer answer) {
        PracticeSession s = session.get();
        if (s == null) {
            return null;
        }
        Feedback f = new Scorer(engine).score(s, answer);
        feedback.set(f);
        String name = studentName();
        showAttemptsOf(name);
        PracticeRecords.NewAttempt attempt = new PracticeRecords.NewAttempt(name, s.practiceCase().name(), f.score(), f.leadingCorrect(),
                f.missedFlags(), f.testsUsed().size(), f.brier());
        unkept.committed(attempt);
        return f;
    }

    /**
     * The name is typed in full (the view calls this on Enter, on leaving the field, and before the close question; a
     * pause in typing is no sign of it): an attempt committed before any name was given, or one the store did not take,
     * is kept under it now, and the window says so.
     */
    public void nameSettled() {
        unkept.nameSettled(studentName());
    }

    private String studentName() {
        return student.get() == null ? "" : student.get().strip();
    }

    /**
     * The scores on screen belong to this student from now on: another student's are taken away at once (on a
     * shared computer the next student, named or not, never sees the last one's), and this one's follow.
     */
    private void showAttemptsOf(String name) {
        if (!name.equals(attemptsOf)) {
            attempts.clear();
            attemptsOf = name;
        }
    }

    /** The student's attempts as the store holds them, shown if the scores on screen are still the student's. */
    private void showStored(String name, List<PracticeRecords.Attempt> list) {
        if (name.equals(attemptsOf)) {
            attempts.setAll(list);
        }
    }

    /** Reads the student's attempts off the JavaFX thread and shows them when they arrive, if they are still the student's. */
    private void loadAttempts() {
        String name = studentName();
        showAttemptsOf(name);
        if (!name.isEmpty()) {
            CompletableFuture.supplyAsync(() -> store.attempts(name))
                    .whenComplete((list, failure) -> Platform.runLater(() -> {
                        if (failure != null) {
                            message.set("Earlier attempts could not be read: " + rootMessage(failure));
                        } else {
                            showStored(name, list);
                        }
                    }));
        }
    }

    /** What went wrong, without the wrapping of the future that carried it. */
    static String rootMessage(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return t.getMessage();
    }

    /** The feedback in words (see {@link FeedbackLines}). */
    public List<String> feedbackLines() {
        Feedback f = feedback.get();
        return f == null ? List.of() : new FeedbackLines(engine).of(session.get(), f);
    }

    /** The engine's view of the whole case, in lines: flags, the top hypotheses (held back in an emergency), imaging. */
    public List<String> engineLines() {
        PracticeSession s = session.get();
        return s == null || feedback.get() == null ? List.of() : new FeedbackLines(engine).engine(s);
    }
}
