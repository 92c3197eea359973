package org.exampath.ui.scores;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exampath.clinic.ClinicScores;
import org.exampath.exchange.AtomicFile;

/**
 * A teacher's class scores from the clinic server: per student, per case, and per student and case
 * (the rows the {@code class-scores} command prints). The server's row-level security decides whose
 * attempts are in them; a student sees only their own and is told so. Reads off the JavaFX thread.
 */
public final class ClassScoresViewModel {
    private final Supplier<ClinicScores.Scores> source;
    private final ObservableList<ClinicScores.Total> perStudent = FXCollections.observableArrayList();
    private final ObservableList<ClinicScores.Total> perCase = FXCollections.observableArrayList();
    private final ObservableList<ClinicScores.Row> perStudentAndCase = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private Consumer<Runnable> fx = Platform::runLater;
    private List<Path> kept = List.of();

    /** {@code source} reads the scores as the open login sees them; it throws with one line when it cannot. */
    public ClassScoresViewModel(Supplier<ClinicScores.Scores> source) {
        this.source = source;
    }

    /** Files an export must never replace (this computer's database and what stands beside it). */
    public void protect(List<Path> files) {
        kept = List.copyOf(files);
    }

    /** Tests without the toolkit apply results in place. */
    public void runUpdatesWith(Consumer<Runnable> runner) {
        fx = runner;
    }

    public ObservableList<ClinicScores.Total> perStudent() {
        return perStudent;
    }

    public ObservableList<ClinicScores.Total> perCase() {
        return perCase;
    }

    public ObservableList<ClinicScores.Row> perStudentAndCase() {
        return perStudentAndCase;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True once scores are read; only then can they be exported. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Reads the scores again; a refusal leaves the tables empty and says why in one line. */
    public CompletableFuture<Void> load() {
        message.set("Reading the class scores…");
        error.set("");
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(source).whenComplete((scores, failure) -> fx.accept(() -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                perStudent.clear();
                perCase.clear();
                perStudentAndCase.clear();
                loaded.set(false);
                message.set("");
                error.set("Class scores cannot be read: " + cause.getMessage());
            } else {
                perStudent.setAll(scores.perStudent());
                perCase.setAll(scores.perCase());
                perStudentAndCase.setAll(scores.perStudentAndCase());
                loaded.set(true);
                message.set(describe(scores));
            }
            done.complete(null);
        }));
        return done;
    }

    private static String describe(ClinicScores.Scores scores) {
        int attempts = scores.perStudent().stream().mapToInt(ClinicScores.Total::attempts).sum();
        if (scores.viewer() == ClinicScores.Viewer.STUDENT) {
            return "Your own practice only (" + scores.role() + " is a student; a student sees no one else's attempts): "
                    + plural(attempts, "attempt") + " over " + plural(scores.perCase().size(), "case") + ".";
        }
        if (attempts == 0) {
            return "No practice attempts in your classes yet.";
        }
        return "Your classes' practice, as " + scores.role() + " sees it: " + plural(attempts, "attempt") + " by "
                + plural(scores.perStudent().size(), "student") + " over " + plural(scores.perCase().size(), "case") + ".";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The CSV of the {@code class-scores} command, for the rows shown, written whole or not at all. */
    public boolean export(Path file) {
        if (!loaded.get()) {
            error.set("Nothing to export: the class scores are not read.");
            return false;
        }
        byte[] csv = ClinicScores.csv(List.copyOf(perStudentAndCase)).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFile.write(file, kept, out -> out.write(csv));
            error.set("");
            message.set("Wrote " + plural(perStudentAndCase.size(), "row") + " to " + file.getFileName() + ".");
            return true;
        } catch (IOException | RuntimeException e) {
            error.set("Could not write " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    /** A rate as a whole percentage ("75%"). */
    public static String percent(double rate) {
        return Math.round(rate * 100) + "%";
    }

    /** A mean to one decimal, in the same notation wherever the program runs. */
    public static String mean(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** A mean Brier score to three decimals, or a dash when no attempt had one. */
    public static String brier(Double value) {
        return value == null ? "—" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
