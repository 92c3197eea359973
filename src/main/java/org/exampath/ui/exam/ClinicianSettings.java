package org.exampath.ui.exam;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings: the clinician's name and clinic as entered (they sign the note, never the computer's login),
 * and where they are kept. A failure to keep them is reported on the error line when it comes.
 */
final class ClinicianSettings {
    private final StringProperty clinician;
    private final StringProperty clinic;
    private final ExamStatus lines;
    private BiFunction<String, String, CompletableFuture<?>> keeper;
    /** Where {@code keeper} keeps them, as the failure message names it ("on this computer"). */
    private String where = "";

    /** {@code bean}: the object the properties belong to. */
    ClinicianSettings(Object bean, ExamStatus lines) {
        this.clinician = new SimpleStringProperty(bean, "clinician", "");
        this.clinic = new SimpleStringProperty(bean, "clinic", "");
        this.lines = lines;
    }

    StringProperty clinicianProperty() {
        return clinician;
    }

    StringProperty clinicProperty() {
        return clinic;
    }

    /**
     * What keeps the settings, and where in words ("on this computer"), for the message when they cannot be kept;
     * without a keeper they last until the window closes.
     */
    void keepWith(String where, BiFunction<String, String, CompletableFuture<?>> keeper) {
        this.where = where;
        this.keeper = keeper;
    }

    /**
     * The clinician's name and clinic for the note, as entered in Settings. A name or clinic over
     * 200 characters is refused with a message and nothing changes.
     */
    boolean save(String name, String clinicName) {
        String n = name == null ? "" : name.strip();
        String c = clinicName == null ? "" : clinicName.strip();
        if (n.length() > 200 || c.length() > 200) {
            lines.error("Settings not saved: " + (n.length() > 200 ? "the clinician's name" : "the clinic's name")
                    + " is longer than 200 characters.");
            return false;
        }
        clinician.set(n);
        clinic.set(c);
        lines.error("");
        lines.status("Settings saved.");
        if (keeper != null) {
            // kept by the store's writer; the JavaFX thread does not wait, a failure is reported when it comes
            CompletableFuture<?> kept = keeper.apply(n, c);
            Consumer<Throwable> report = failure -> {
                Throwable t = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                lines.status("");
                lines.error("Settings not kept " + where + ": " + t.getMessage());
            };
            if (kept.isDone()) {
                kept.whenComplete((done, failure) -> {
                    if (failure != null) {
                        report.accept(failure);
                    }
                });
            } else {
                kept.whenComplete((done, failure) -> {
                    if (failure != null) {
                        Platform.runLater(() -> report.accept(failure));
                    }
                });
            }
        }
        return true;
    }

    /** Who signs the note: the name and clinic entered in Settings, never the computer's login. */
    String signedBy() {
        return Stream.of(clinician.get(), clinic.get()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }
}
