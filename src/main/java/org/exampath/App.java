package org.exampath;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.exampath.domain.Exam;
import org.exampath.knowledge.KnowledgeException;
import org.exampath.ui.common.TextSize;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.clinic.ClinicUrl;
import org.exampath.persistence.Database;
import org.exampath.store.StoreException;
import org.exampath.reasoning.Engine;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.ExamWindow;
import org.exampath.ui.exam.OpenedStore;

/**
 * The composition root: builds the knowledge base, engine, store, session and window by
 * constructor. Arguments: {@code [open FILE] [--db PATH|postgresql://HOST[:PORT]/DBNAME]}. File > Open
 * database… moves the window to another store later ({@link ExamWindow}), and the next start without
 * {@code --db} opens that one again ({@link LastStore}).
 */
public final class App extends Application {
    /** Loaded on a background thread while the toolkit starts; the window waits for it. */
    private static CompletableFuture<Engine> engine;
    /** JavaFX's own logger, held so the filter set on it lasts. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private WindowStores stores;
    private ExamWindow window;
    private TextSizeFile textSizes;

    /**
     * Starts the window and returns when it closes: 0, or 2 after one line on stderr when it cannot start (an option
     * without its value, an argument the window does not take, or no display to show it on, as in an ssh session).
     */
    static int launchWindow(String[] args) {
        for (String name : List.of("open", "--db")) {
            int i = List.of(args).indexOf(name);
            if (i >= 0 && i + 1 == args.length) {
                System.err.println(name + " needs " + ("open".equals(name) ? "an exam file" : "a database path or postgresql:// address"));
                return 2;
            }
        }
        for (int i = 0; i < args.length; i += 2) {
            if (!"open".equals(args[i]) && !"--db".equals(args[i])) {
                // never dropped for a window nobody asked for: a command written after "open FILE" is not run either
                System.err.println("the window takes only open FILE and --db DB, not \"" + args[i] + "\"; a command comes first,"
                        + " or right after --db DB (see --help)");
                return 2;
            }
        }
        // the shaded jar runs JavaFX from the class path on purpose; its start-up warning about that says nothing to a user
        JAVAFX_LOG.setFilter(r -> !String.valueOf(r.getMessage()).startsWith("Unsupported JavaFX configuration"));
        engine = CompletableFuture.supplyAsync(() -> {
            Engine e = new Engine(KnowledgeLoader.fromClasspath());
            e.assess(Exam.empty());
            return e;
        });
        try {
            Application.launch(App.class, args);
        } catch (UnsupportedOperationException e) {
            // Glass's "Unable to open DISPLAY": the toolkit could not start, nothing was opened or written
            System.err.println("cannot open the window: no display here (" + e.getMessage()
                    + "); it needs a desktop session, the commands (see --help) run without one");
            return 2;
        }
        return 0;
    }

    @Override
    public void start(Stage stage) {
        Engine loaded;
        try {
            loaded = engine == null ? new Engine(KnowledgeLoader.fromClasspath()) : engine.join();
        } catch (CompletionException | KnowledgeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("the knowledge base is broken: " + cause.getMessage());
            Platform.exit();
            return;
        }
        List<String> raw = getParameters().getRaw();
        stores = new WindowStores(System.getenv(), Database.defaultPath().getParent(), Clock.systemUTC());
        LastStore last = new LastStore(Database.defaultPath().resolveSibling("last-database"));
        rememberTextSize(new TextSizeFile(Database.defaultPath().resolveSibling("text-size")));
        Optional<String> address = option(raw, "--db");
        Optional<String> kept = address.isEmpty() ? last.read() : Optional.empty();
        // a clinic server named by --db is opened as the one used last is: the window shows it is connecting
        Optional<String> server = address.filter(a -> ClinicUrl.names(a) && !ClinicUrl.carriesPassword(a));
        window = new ExamWindow(stage, () -> new ExamSession(loaded), stores, ExamFiles.chooser());
        window.setOnSwitched(store -> last.keep(store.address()));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        if (kept.isPresent() || server.isPresent()) {
            // the store may be a server that is slow or down: the window shows it is connecting meanwhile
            String header = kept.isPresent() ? RememberedStore.LAST_USED : RememberedStore.NAMED;
            CompletableFuture<Optional<ExamViewModel>> reopened = new RememberedStore(stores::open,
                    reason -> RememberedStore.askOver(stage, header, reason))
                    .reopenIn(window, kept.orElseGet(server::get), () -> usual(Optional.empty()));
            stage.show();
            reopened.whenComplete((model, failure) -> {
                if (failure != null) {
                    System.err.println("the database cannot be opened: " + failure.getMessage());
                }
                if (failure != null || model.isEmpty()) {
                    Platform.exit();
                    return;
                }
                option(raw, "open").ifPresent(file -> model.get().open(Path.of(file)));
            });
            return;
        }
        Optional<OpenedStore> opened = usual(address);
        if (opened.isEmpty()) {
            Platform.exit();
            return;
        }
        ExamViewModel model = window.show(opened.get());
        option(raw, "open").ifPresent(file -> model.open(Path.of(file)));
        stage.show();
    }

    /** Opens at the text size chosen here before; a new choice under View is kept (and waited for on exit). */
    private void rememberTextSize(TextSizeFile file) {
        textSizes = file;
        file.read().ifPresent(TextSize.chosen()::set);
        TextSize.chosen().addListener((obs, old, now) -> file.keepLater(now));
    }

    /** The store {@code --db} names, else the usual database on this computer; empty when the user quits. */
    private Optional<OpenedStore> usual(Optional<String> address) {
        // an address with a password is refused by the store opener (without repeating it), never made a file name
        return address.filter(a -> ClinicUrl.names(a) || ClinicUrl.carriesPassword(a)).isPresent() ? clinic(address.get())
                : openDatabase(address.map(Path::of).orElse(Database.defaultPath()), address.isPresent()).map(stores::sqlite);
    }

    /** The window on a clinic's PostgreSQL server; one that cannot be used is said in one line, then the app ends. */
    private Optional<OpenedStore> clinic(String address) {
        try {
            return Optional.of(stores.open(address));
        } catch (StoreException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("ExamPath cannot use this clinic server");
            alert.showAndWait();
            return Optional.empty();
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (textSizes != null) {
            textSizes.close();
        }
    }

    private static Optional<String> option(List<String> raw, String name) {
        int i = raw.indexOf(name);
        return i >= 0 && i + 1 < raw.size() ? Optional.of(raw.get(i + 1)) : Optional.empty();
    }

    /**
     * Opens the database; a refused file is left untouched and the user may open or create another. One {@code named}
     * with {@code --db} is refused in a folder that does not exist, as the commands refuse it (only the default
     * database makes its folder).
     */
    private static Optional<Database> openDatabase(Path path, boolean named) {
        Path next = path;
        while (true) {
            try {
                return Optional.of(named ? Database.openNamed(next, next.toString()) : Database.open(next));
            } catch (StoreException e) {
                // said where a shortcut's or script's output is kept too, not only in the dialog
                System.err.println("ExamPath cannot use this database: " + e.getMessage());
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
                Path folder = next.toAbsolutePath().getParent();
                if (folder != null && Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                File picked = choice.get() == other ? chooser.showOpenDialog(null) : chooser.showSaveDialog(null);
                if (picked == null) {
                    return Optional.empty();
                }
                next = picked.toPath();
            }
        }
    }
}
