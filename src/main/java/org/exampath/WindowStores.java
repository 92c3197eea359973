package org.exampath;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.exampath.clinic.ClinicDatabase;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicFailure;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.ClinicPracticeStore;
import org.exampath.clinic.ClinicScores;
import org.exampath.clinic.ClinicUrl;
import org.exampath.exchange.OutputTarget;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.persistence.PracticeStore;
import org.exampath.persistence.SettingsStore;
import org.exampath.store.StoreException;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.OpenedStore;
import org.exampath.ui.exam.StoreOpener;
import org.exampath.ui.practice.PracticeLibrary;
import org.exampath.ui.scores.ClassScoresViewModel;

/**
 * The stores the window can work on, opened as {@code --db} opens them for the commands: a
 * {@code postgresql://} address is a clinic server reached as this user (libpq's PGUSER, PGPASSWORD,
 * ~/.pgpass, read from {@code env}; nothing stored), anything else an existing SQLite file. Part of the
 * composition root: the window sees only {@link OpenedStore}.
 */
public final class WindowStores implements StoreOpener {
    private final Map<String, String> env;
    private final Path localData;
    private final Clock clock;

    /** {@code localData}: where a clinic window keeps its recovery copies and looks for practice cases. */
    public WindowStores(Map<String, String> env, Path localData, Clock clock) {
        this.env = Map.copyOf(env);
        this.localData = localData;
        this.clock = clock;
    }

    @Override
    public OpenedStore open(String address) {
        if (ClinicUrl.carriesPassword(address)) {
            throw new StoreException(ClinicUrl.PASSWORD_REFUSED);
        }
        if (ClinicUrl.names(address)) {
            return clinic(ClinicUrl.forStore(address));
        }
        if (address.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            throw new StoreException("\"" + address + "\" is not a database file, and only postgresql://HOST[:PORT]/DBNAME "
                    + "addresses name a server");
        }
        Path file;
        try {
            file = Path.of(address).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new StoreException(address + ": this file name cannot be used (" + e.getReason() + ")");
        }
        if (!Files.exists(file)) {
            throw new StoreException(file + ": no such database file");
        }
        try {
            // the file itself, not a link to it: one file has one name, one recovery folder and one remembered address
            file = file.toRealPath();
        } catch (java.io.IOException e) {
            throw new StoreException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return sqlite(Database.open(file));
    }

    /** The clinic server at {@code url}, checked once (reachable, set up, not newer than this ExamPath). */
    public OpenedStore clinic(ClinicUrl url) {
        ClinicDatabase database = ClinicDatabase.forThisUser(url, env);
        database.check();
        try {
            return new Clinic(database, ClinicMembers.kindOf(database));
        } catch (java.sql.SQLException e) {
            throw new StoreException(url + ": " + ClinicFailure.oneLine(e.getMessage()), e);
        }
    }

    /**
     * An SQLite database already open (the settings are read here, off the JavaFX thread): the clinician's name and clinic
     * are this computer's user's ({@link LocalSettings}), never the file's, which a colleague's computer may share.
     */
    public OpenedStore sqlite(Database database) {
        return new Sqlite(database, new LocalSettings(localData.resolve("settings")));
    }

    private final class Sqlite implements OpenedStore {
        private final Database database;
        private final LocalSettings settings;
        private final SettingsStore.Settings saved;
        /** The name an older ExamPath kept in the file, offered (never taken) while none is set on this computer. */
        private final String inFile;
        /** This user on this computer, marked on what the window saves: a start resumes only what it left open. */
        private final String workplace;
        private Autosave autosave;

        Sqlite(Database database, LocalSettings settings) {
            this.database = database;
            this.settings = settings;
            SettingsStore.Settings fileSettings = new SettingsStore(database).load();
            // the clinic's name may come from the file (it names the practice); the clinician's name only from this computer
            this.saved = settings.read().orElse(new SettingsStore.Settings("", fileSettings.clinic()));
            this.inFile = saved.clinician().isEmpty() ? fileSettings.clinician() : "";
            this.workplace = Workplace.of(localData);
        }

        @Override
        public String remark() {
            return inFile.isEmpty() ? "" : "Opened " + name() + ". No clinician's name is set on this computer, so entries and "
                    + "notes name no one. The database names \"" + inFile + "\" (set on an earlier version, perhaps on another "
                    + "computer): if that is you, enter it in File > Settings….";
        }

        @Override
        public String name() {
            return database.path().toString();
        }

        @Override
        public String address() {
            return database.path().toString();
        }

        @Override
        public boolean isAt(String address) {
            if (ClinicUrl.names(address)) {
                return false;
            }
            try {
                return database.path().toRealPath().equals(Path.of(address).toRealPath());
            } catch (java.io.IOException | InvalidPathException e) {
                return false; // no such file (or no file name): not this one
            }
        }

        @Override
        public ExamViewModel model(ExamSession session) {
            // the list names the flags and working diagnosis of the exam stored, worked out by this window's engine (ADR 4)
            autosave = new Autosave(session, new EncounterStore(database, clock, ListedSummaries.by(session.engine()),
                    workplace),
                    saved.clinician(), clock);
            autosave.keepRecoveryIn(new RecoveryFiles(database.path().resolveSibling("recovery")));
            autosave.runInBackground(database::backup);
            Autosave shown = autosave;
            autosave.resume().whenComplete((done, failure) -> database.warning().ifPresent(shown::warn));
            ExamViewModel model = new ExamViewModel(session, autosave);
            model.clinicianProperty().set(saved.clinician());
            model.clinicProperty().set(saved.clinic());
            model.setSettingsKeeper(LocalSettings.WHERE, (name, clinic) -> settings.save(new SettingsStore.Settings(name, clinic)));
            // a note or exam file never replaces the open database, nor (another one open) this computer's own, as in clinic mode
            List<Path> kept = new java.util.ArrayList<>(OutputTarget.databaseFiles(database.path()));
            kept.addAll(OutputTarget.databaseFiles(localData.resolve(Database.defaultPath().getFileName())));
            model.setProtectedFiles(kept);
            model.setRestoreBackup(() -> shown.restore(() -> database.restoreFromBackup(model.clinicianProperty().get())));
            model.setPractice(() -> PracticeLibrary.open(session.engine(), new PracticeStore(database, clock),
                    database.path().resolveSibling("cases")));
            return model;
        }

        @Override
        public void close() {
            try {
                if (autosave != null) {
                    autosave.shutdown();
                }
            } finally {
                try {
                    settings.close(); // a save of Settings just asked for is written before the window goes
                } finally {
                    database.close();
                }
            }
        }
    }

    /**
     * A clinic server: backups and restores are the server's; the login role is the clinician. A teacher's or
     * student's login keeps no patients there, so their exams are not saved; practice and class scores are.
     */
    private final class Clinic implements OpenedStore {
        private final ClinicDatabase database;
        private final java.util.Optional<ClinicMembers.Kind> kind;
        /** Made with the window's engine (it lists the exam stored, ADR 4), once exams are kept here. */
        private ClinicEncounterStore store;
        private final ClinicPracticeStore practice;
        private Autosave autosave;

        Clinic(ClinicDatabase database, java.util.Optional<ClinicMembers.Kind> kind) {
            this.database = database;
            this.kind = kind;
            this.practice = new ClinicPracticeStore(database);
        }

        @Override
        public String name() {
            return database.url() + " as " + database.user();
        }

        @Override
        public String address() {
            return database.url().toString() + ("prefer".equals(database.url().sslMode()) ? "" : "?sslmode=" + database.url().sslMode());
        }

        /** The same server and database however spelt (the default port left out, say); a changed sslmode opens it anew. */
        @Override
        public boolean isAt(String address) {
            try {
                return ClinicUrl.names(address) && ClinicUrl.parse(address).equals(database.url());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private boolean keepsExams() {
            return kind.filter(k -> k == ClinicMembers.Kind.CLINICIAN).isPresent();
        }

        @Override
        public String remark() {
            if (keepsExams()) {
                return "";
            }
            return kind.map(k -> "Opened as a " + k.id() + ": exams are not saved here (the server keeps patients for its clinicians).")
                    .orElse(database.user() + " is not placed in a clinic or class on this server; ask its administrator (clinic-member).");
        }

        @Override
        public ExamViewModel model(ExamSession session) {
            ExamViewModel model;
            if (keepsExams()) {
                store = new ClinicEncounterStore(database, clock, ListedSummaries.by(session.engine()));
                autosave = new Autosave(session, store, database.user(), clock);
                autosave.namedByLogin(); // the server names every write by the login, whatever Settings says
                autosave.keepRecoveryIn(new RecoveryFiles(localData.resolve("recovery")));
                autosave.resume();
                model = new ExamViewModel(session, autosave);
            } else {
                model = new ExamViewModel(session);
            }
            // a note or CSV saved from this window never replaces this computer's own database or its side files
            List<Path> local = OutputTarget.databaseFiles(localData.resolve(Database.defaultPath().getFileName()));
            model.setProtectedFiles(local);
            model.setPractice(() -> PracticeLibrary.open(session.engine(), practice, localData.resolve("cases")));
            model.setClassScores(() -> {
                ClassScoresViewModel scores = new ClassScoresViewModel(() -> new ClinicScores().read(database));
                scores.protect(local);
                return scores;
            });
            return model;
        }

        @Override
        public void close() {
            try {
                if (autosave != null) {
                    autosave.shutdown();
                }
            } finally {
                if (store != null) {
                    store.close();
                }
                practice.close();
            }
        }
    }
}
