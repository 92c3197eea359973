package org.exampath;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.exampath.domain.Exam;
import org.exampath.knowledge.KnowledgeException;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.clinic.ClinicDatabase;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicPracticeStore;
import org.exampath.clinic.ClinicUrl;
import org.exampath.persistence.Database;
import org.exampath.exchange.OutputTarget;
import org.exampath.persistence.EncounterStore;
import org.exampath.persistence.PracticeStore;
import org.exampath.store.StoreException;
import org.exampath.ui.practice.PracticeLibrary;
import org.exampath.persistence.SettingsStore;
import org.exampath.reasoning.Engine;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;

/**
 * The composition root: builds the knowledge base, engine, store, session and window by
 * constructor. Arguments: {@code [open FILE] [--db PATH]}.
 */
public final class App extends Application {
    /** Loaded on a background thread while the toolkit starts; the window waits for it. */
    private static CompletableFuture<Engine> engine;
    private Database database;
    private Autosave autosave;
    private final List<AutoCloseable> closing = new java.util.ArrayList<>();

    static void launchWindow(String[] args) {
        engine = CompletableFuture.supplyAsync(() -> {
            Engine e = new Engine(KnowledgeLoader.fromClasspath());
            e.assess(Exam.empty());
            return e;
        });
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        ExamSession session;
        try {
            session = new ExamSession(engine == null ? new Engine(KnowledgeLoader.fromClasspath()) : engine.join());
        } catch (CompletionException | KnowledgeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("the knowledge base is broken: " + cause.getMessage());
            Platform.exit();
            return;
        }
        List<String> raw = getParameters().getRaw();
        Optional<String> address = option(raw, "--db").filter(ClinicUrl::names);
        if (address.isPresent()) {
            startClinic(stage, session, raw, address.get());
            return;
        }
        Optional<Database> db = openDatabase(option(raw, "--db").map(Path::of).orElse(Database.defaultPath()));
        if (db.isEmpty()) {
            Platform.exit();
            return;
        }
        database = db.get();
        SettingsStore settings = new SettingsStore(database);
        SettingsStore.Settings saved = settings.load();
        autosave = new Autosave(session, new EncounterStore(database, Clock.systemUTC()), saved.clinician(), Clock.systemUTC());
        autosave.keepRecoveryIn(new RecoveryFiles(database.path().resolveSibling("recovery")));
        autosave.runInBackground(database::backup);
        Database opened = database;
        autosave.resume().whenComplete((done, failure) -> opened.warning().ifPresent(autosave::warn));
        ExamViewModel model = new ExamViewModel(session, autosave);
        model.clinicianProperty().set(saved.clinician());
        model.clinicProperty().set(saved.clinic());
        model.setSettingsKeeper((name, clinic) -> settings.save(new SettingsStore.Settings(name, clinic)));
        model.setProtectedFiles(OutputTarget.databaseFiles(opened.path()));
        model.setRestoreBackup(() -> autosave.restore(() -> opened.restoreFromBackup(model.clinicianProperty().get())));
        model.setPractice(() -> PracticeLibrary.open(session.engine(), new PracticeStore(opened, Clock.systemUTC()),
                opened.path().resolveSibling("cases")));
        show(stage, model, raw, database.path().toString());
    }

    /**
     * The window on a clinic's PostgreSQL server: the same screens over the same store seam. Backups and
     * restores are the server's; the login role is the clinician.
     */
    private void startClinic(Stage stage, ExamSession session, List<String> raw, String address) {
        ClinicDatabase clinic;
        try {
            ClinicUrl url = ClinicUrl.parse(address);
            clinic = ClinicDatabase.forThisUser(url, System.getenv());
            clinic.check();
        } catch (IllegalArgumentException | StoreException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("ExamPath cannot use this clinic server");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        ClinicEncounterStore store = new ClinicEncounterStore(clinic, Clock.systemUTC());
        ClinicPracticeStore practice = new ClinicPracticeStore(clinic);
        closing.add(store);
        closing.add(practice);
        autosave = new Autosave(session, store, clinic.user(), Clock.systemUTC());
        autosave.keepRecoveryIn(new RecoveryFiles(Database.defaultPath().resolveSibling("recovery")));
        autosave.resume();
        ExamViewModel model = new ExamViewModel(session, autosave);
        model.setPractice(() -> PracticeLibrary.open(session.engine(), practice, Database.defaultPath().resolveSibling("cases")));
        show(stage, model, raw, clinic.url() + " as " + clinic.user());
    }

    private void show(Stage stage, ExamViewModel model, List<String> raw, String where) {
        ExamView view = new ExamView(model, ExamFiles.chooser());
        option(raw, "open").ifPresent(file -> model.open(Path.of(file)));
        stage.setTitle("ExamPath — " + where);
        stage.setScene(ExamView.scene(view));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.show();
    }

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.shutdown();
        }
        if (database != null) {
            database.close();
        }
        for (AutoCloseable c : closing) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("closing: " + e.getMessage());
            }
        }
    }

    private static Optional<String> option(List<String> raw, String name) {
        int i = raw.indexOf(name);
        return i >= 0 && i + 1 < raw.size() ? Optional.of(raw.get(i + 1)) : Optional.empty();
    }

    /** Opens the database; a refused file is left untouched and the user may open or create another. */
    private static Optional<Database> openDatabase(Path path) {
        Path next = path;
        while (true) {
            try {
                return Optional.of(Database.open(next));
            } catch (StoreException e) {
                ButtonType other = new ButtonType("Open another…", ButtonBar.ButtonData.OTHER);
                ButtonType create = new ButtonType("Create a new one…", ButtonBar.ButtonData.OTHER);
                ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), other, create, quit);
                alert.setHeaderText("ExamPath cannot use this database");
                Optional<ButtonType> choice = alert.showAndWait();
                if (choice.isEmpty() || choice.get() == quit) {
                    return Optional.empty();
                }
                FileChooser chooser = new FileChooser();
                chooser.setInitialDirectory(next.toAbsolutePath().getParent().toFile());
                File picked = choice.get() == other ? chooser.showOpenDialog(null) : chooser.showSaveDialog(null);
                if (picked == null) {
                    return Optional.empty();
                }
                next = picked.toPath();
            }
        }
    }
}
