package org.exampath.ui;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.ExamWindow;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the clinic window tests share: a real PostgreSQL server for the test class ({@link PgTestServer}: a database of
 * its own at the newest schema, skipped without a server unless EXAMPATH_REQUIRE_PG is set), clinicians of one clinic
 * placed on it, and a window on it as one of them. Registered on a static field, so the server is there before the
 * first {@code @Start} and gone after the last test:
 * <pre>
 * &#64;RegisterExtension
 * static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("alice", "carol");
 * </pre>
 */
final class ClinicWindowFixture implements BeforeAllCallback, AfterAllCallback {
    /** The clinic every clinician of the fixture belongs to. */
    static final String CLINIC = "Harbour Physio";
    private final List<String> names;
    private final Map<String, String> roles = new LinkedHashMap<>();
    private PgTestServer server;
    private int added;

    /** Clinicians of {@link #CLINIC} placed before the first test, by name. */
    ClinicWindowFixture(String... clinicians) {
        this.names = List.of(clinicians);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        for (String name : names) {
            roles.put(name, server.newMember(name, ClinicMembers.Kind.CLINICIAN, CLINIC));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
        }
    }

    PgTestServer server() {
        return server;
    }

    /** The login role of a clinician named when the fixture was made. */
    String role(String name) {
        String role = roles.get(name);
        if (role == null) {
            throw new IllegalArgumentException("no clinician " + name + " in this fixture (" + roles.keySet() + ")");
        }
        return role;
    }

    /** A new clinician of {@link #CLINIC}, {@code name} and a number: one with no encounters yet, for a window to resume none. */
    String newClinician(String name) throws SQLException {
        return server.newMember(name + (++added), ClinicMembers.Kind.CLINICIAN, CLINIC);
    }

    /** An exam view on the server as one clinician: the session, that login's store and autosave, and the view's model. */
    record ExamOnServer(ExamSession session, ClinicEncounterStore store, Autosave autosave, ExamViewModel model) {
        /** Stops the autosave and closes the store, for {@code @AfterEach}. */
        void close() {
            autosave.shutdown();
            store.close();
        }
    }

    /**
     * Puts an exam view in {@code stage} (not yet shown: a test may size the stage first), saving to the server as
     * {@code role} with the system clock; {@code setUp} gets the session, store, autosave and model before the view is
     * made of them (a recovery folder, a retry interval, a clinician's name).
     */
    ExamOnServer examView(Stage stage, String role, ExamFiles files, Consumer<ExamOnServer> setUp) {
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        ClinicEncounterStore store = new ClinicEncounterStore(server.as(role), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
        Autosave autosave = new Autosave(session, store, role, Clock.systemUTC());
        ExamOnServer exam = new ExamOnServer(session, store, autosave, new ExamViewModel(session, autosave));
        setUp.accept(exam);
        stage.setScene(ExamView.scene(new ExamView(exam.model(), files)));
        return exam;
    }

    /**
     * The app's exam window in {@code stage} (not yet shown), logged in to the server as {@code role} through the
     * libpq environment, with a local database of its own under {@code dir} as the app keeps one.
     */
    ExamWindow window(Stage stage, String role, Path dir) throws Exception {
        WindowStores stores = new WindowStores(server.env(role), dir.resolve("local-" + System.nanoTime()), Clock.systemUTC());
        ExamWindow window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, ExamFiles.chooser());
        window.show(stores.open(server.address()));
        return window;
    }
}
