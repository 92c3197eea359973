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
import org.exampath.reasoning.Inconsistency;
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
    private final CommitFormModel commitForm;

    public PracticeViewModel(Engine engine, PracticeRecords store, List<PracticeCase> library, List<String> problems) {
        this.engine = engine;
        this.store = store;
        this.cases.setAll(library);
        this.problems = List.copyOf(problems);
        this.commitForm = new CommitFormModel(engine.knowledge().hypotheses(), engine.knowledge().redFlags().stream()
                .filter(rule -> rule.highest() != org.exampath.knowledge.Urgency.NOTED).toList()); // noted lines are not committed to
        // the scores on screen are the shown name's: editing the name takes another student's away at once
        student.addListener((obs, old, now) -> showAttemptsOf(studentName()));
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

    public CommitFormModel commitForm() {
        return commitForm;
    }

    public void start() {
        PracticeCase c = chosen.get();
        if (c == null) {
            message.set("Choose a case first.");
            return;
        }
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

    /** What a finding the case does not hold reads as: no pain in a region, "no" to a question, an unremarkable test. */
    private String nothingThere(String findingId) {
        var d = knowledge().finding(findingId).orElseThrow();
        if ("region".equals(d.group())) {
            return "no pain there";
        }
        if (!d.physical() && d.kind() == org.exampath.knowledge.FindingKind.BOOLEAN) {
            return "no";
        }
        return "unremarkable";
    }

    /** Commits the form; while a probability is invalid nothing is scored and the form says why. */
    public Feedback commit() {
        var answer = commitForm.answer();
        if (answer.isEmpty()) {
            message.set(commitForm.problemProperty().get());
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
        if (!name.isEmpty()) {
            store.record(new PracticeRecords.NewAttempt(name, s.practiceCase().name(), f.score(), f.leadingCorrect(),
                    f.missedFlags(), f.testsUsed().size(), f.brier())).whenComplete((list, failure) -> Platform.runLater(() -> {
                        if (failure != null) {
                            message.set("The attempt was not saved: " + rootMessage(failure));
                        } else if (name.equals(attemptsOf)) {
                            attempts.setAll(list);
                        }
                    }));
        } else {
            message.set("Enter your name to keep your progress.");
        }
        return f;
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

    /** Reads the student's attempts off the JavaFX thread and shows them when they arrive, if they are still the student's. */
    private void loadAttempts() {
        String name = studentName();
        showAttemptsOf(name);
        if (!name.isEmpty()) {
            CompletableFuture.supplyAsync(() -> store.attempts(name))
                    .whenComplete((list, failure) -> Platform.runLater(() -> {
                        if (failure != null) {
                            message.set("Earlier attempts could not be read: " + rootMessage(failure));
                        } else if (name.equals(attemptsOf)) {
                            attempts.setAll(list);
                        }
                    }));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return t.getMessage();
    }

    /** The feedback in words: the red-flag result and the screen first, then diagnosis, imaging, tests. */
    public List<String> feedbackLines() {
        Feedback f = feedback.get();
        List<String> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        out.add("Score: " + f.score() + " / 100.");
        if (!f.relevantUnasked().isEmpty()) {
            out.add("MISSED SCREENING: you did not ask " + names(f.relevantUnasked())
                    + "; in this case that is what shows the red flag. The red-flag share scores 0.");
        }
        for (String flag : f.missedFlags()) {
            out.add("MISSED RED FLAG: " + flagLabel(flag) + ". This comes before any diagnosis.");
        }
        if (!f.screenComplete()) {
            int asked = f.screenTotal() - f.screenUnasked().size();
            out.add("Red-flag screen not complete: " + asked + " of " + f.screenTotal() + " questions asked. Not asked: "
                    + names(f.screenUnasked()) + ". A screen with gaps cannot say there is no red flag, so the red-flag share scores 0.");
        } else if (f.missedFlags().isEmpty()) {
            out.add("Red flags: all seen, after the whole screen (" + f.screenTotal() + " questions)"
                    + (f.extraFlags().isEmpty() ? "." : "; you also ticked " + String.join(", ", f.extraFlags().stream().map(this::flagLabel).toList())
                    + ", which the case does not raise."));
        }
        // the case's own assessment, once: the leading line and the inconsistency lines both read it
        var truth = engine.assess(session.get().practiceCase().exam());
        out.add(leadingLine(f, truth.emergency()));
        String accepted = String.join(" or ", f.acceptedImaging().stream().map(r -> Describe.imaging(r).replace("Imaging: ", "")).toList());
        out.add(f.imagingCorrect() ? "Imaging: right (the case accepts " + accepted + ")." : "Imaging: the case expects " + accepted + ".");
        out.addAll(inconsistencyLines(f, truth.inconsistencies()));
        out.addAll(testLines(f));
        if (f.brier() != null) {
            out.add(brierLine(f.brier(), knowledge().hypotheses().size()));
        }
        return out;
    }

    /**
     * The calibration line: the student's Brier score against guessing 1/n for each of the n hypotheses (which scores
     * (n - 1) / n², one of them true), with which is better said in words, as the figures are shown.
     */
    private static String brierLine(double brier, int n) {
        double guess = (n - 1) / (double) (n * n);
        long yours = Math.round(brier * 1000);
        long guessed = Math.round(guess * 1000);
        String verdict = yours < guessed ? "better than" : yours > guessed ? "worse than" : "no better than";
        return String.format(Locale.ROOT, "Calibration: Brier score %.3f, %s guessing 1/%d for each (%.3f). Lower is better; 0 is perfect.",
                brier, verdict, n, guess);
    }

    /**
     * The working-diagnosis line. A case that names no answer is marked against the engine's leader, and the line
     * says so; hypotheses tied with it are each accepted, and named.
     */
    private String leadingLine(Feedback f, boolean emergency) {
        // inside a sentence a label starts lower case, as the summary writes it ("the engine leads with lumbar radicular pain")
        List<String> labels = f.acceptedLeading().stream().map(this::hypothesisLabel).map(Describe::inSentence).toList();
        if (!f.leadingFromEngine()) {
            return f.leadingCorrect() ? "Working diagnosis: right. " + capital(String.join(" or ", labels)) + "."
                    : "Working diagnosis: the case's answer is " + String.join(" or ", labels) + ".";
        }
        int last = labels.size() - 1;
        String leaders = last == 0 ? "the engine leads with " + labels.get(0)
                : "the engine ranks " + String.join(", ", labels.subList(0, last)) + " and " + labels.get(last)
                + " level at the top, so " + (last == 1 ? "either" : "any of them") + " is accepted";
        return (f.leadingCorrect() ? "Working diagnosis: right. " : "Working diagnosis: not the engine's leader. ")
                + "The case names no answer; " + leaders + "."
                + (emergency ? " While the emergency stands the engine's panel holds the working diagnosis back: the emergency comes first." : "");
    }

    /** The text with its first letter upper case, to start a sentence. */
    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The case's inconsistencies explained where they are reported: which findings, and why they clash. Only one
     * the student uncovered whole is judged spotted or not; one in questions or tests they never did is told as
     * teaching, never as a miss.
     */
    private List<String> inconsistencyLines(Feedback f, List<Inconsistency> found) {
        if (found.isEmpty()) {
            return List.of("Inconsistencies: none in this case.");
        }
        PracticeSession s = session.get();
        List<Inconsistency> seen = found.stream().filter(i -> Scorer.uncovered(i, s)).toList();
        List<Inconsistency> unseen = found.stream().filter(i -> !Scorer.uncovered(i, s)).toList();
        List<String> out = new ArrayList<>();
        if (!seen.isEmpty()) {
            out.add("Inconsistencies: " + (f.inconsistencySpotted() ? "you spotted one." : "not spotted."));
            seen.forEach(i -> out.add(inconsistencyLine(i)));
        }
        if (!unseen.isEmpty()) {
            out.add((seen.isEmpty() ? "Inconsistencies: none you could see. " : "")
                    + "The case also holds " + (unseen.size() == 1 ? "one" : unseen.size()) + " in questions or tests you did not do"
                    + " (not reachable from what you examined, so not marked):");
            unseen.forEach(i -> out.add(inconsistencyLine(i)));
        }
        return out;
    }

    /** One inconsistency: its findings, why they clash and what to do (the advice is its own sentence). */
    private String inconsistencyLine(Inconsistency i) {
        return "  " + names(i.findings()) + " do not fit together: " + i.message()
                + (i.suggestion() == null || i.suggestion().isBlank() ? "" : " " + i.suggestion());
    }

    /** Each of the student's own tests: on the engine's path, added nothing, or neither. */
    private List<String> testLines(Feedback f) {
        List<String> out = new ArrayList<>();
        if (f.emergencyFirst()) {
            out.add("The history you uncovered already raises an emergency: the engine would act on it now, not test further"
                    + " (a check that confirms the flag still counts).");
        }
        if (f.testsUsed().isEmpty()) {
            out.add("Tests: you performed none.");
            return out;
        }
        out.add("Your tests (" + f.testsUsed().size() + "), " + f.onPath().size() + " on the engine's path:");
        for (String id : f.testsUsed()) {
            String verdict = f.onPath().contains(id) ? (f.emergencyFirst() ? "on the engine's path (it checks the emergency)" : "on the engine's path")
                    : f.addedNothing().contains(id) ? "added nothing (" + whyNothing(id) + ")" : "not on the engine's path";
            out.add("  " + Describe.finding(knowledge(), id, null) + ": " + verdict + ".");
        }
        List<String> skipped = f.enginePath().stream().filter(id -> !f.testsUsed().contains(id)).toList();
        if (!f.relevantUnasked().isEmpty()) {
            out.add("Before any test, the engine would have asked " + names(f.relevantUnasked())
                    + ": in this case they show a red flag.");
        } else if (!skipped.isEmpty()) {
            out.add("The engine would also have done: " + names(skipped) + ".");
        }
        return out;
    }

    /** Why a test moved nothing: no likelihood ratio names it (no study gives one), or its family or the cap was answered. */
    private String whyNothing(String id) {
        boolean weighed = knowledge().rows().stream().anyMatch(row -> row.references().contains(id));
        return weighed ? "its family or the cap was already answered" : "it carries no likelihood ratio, so it moves no estimate";
    }

    private String names(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> Describe.finding(knowledge(), id, null)).toList());
    }

    /** The engine's view of the whole case, in lines: the top hypotheses, flags and imaging. */
    public List<String> engineLines() {
        PracticeSession s = session.get();
        if (s == null || feedback.get() == null) {
            return List.of();
        }
        var a = engine.assess(s.practiceCase().exam());
        List<String> out = new ArrayList<>();
        // a noted low-value item is logged, not a flag: the scorer and the commit form leave it out too
        a.redFlags().forEach(flag -> out.add((flag.noted() ? "Not a red flag: " : "Red flag: ") + flag.label() + ". " + flag.action()));
        a.hypotheses().stream().limit(3).forEach(h -> out.add(String.format(Locale.ROOT, "%s: %.0f%%", hypothesisLabel(h.id()),
                h.probability() * 100)));
        out.add(Describe.imaging(a.imaging().recommendation()) + ".");
        return out;
    }

    private String flagLabel(String id) {
        return knowledge().redFlags().stream().filter(f -> f.id().equals(id)).findFirst().map(f -> f.label()).orElse(id);
    }

    private String hypothesisLabel(String id) {
        return knowledge().hypothesis(id).map(h -> h.label()).orElse(id);
    }
}
