package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exampath.ChildJava;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.ClinicPracticeStore;
import org.exampath.clinic.ClinicScores;
import org.exampath.clinic.PgTestServer;
import org.exampath.persistence.Database;
import org.exampath.store.PracticeRecords;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamWindow;
import org.exampath.ui.exam.OpenedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Go > Class scores… on a real clinic server: a teacher sees their class's attempts per student, per case
 * and per both, and exports the CSV the class-scores command prints; a student sees only their own; a
 * clinician is told why there is nothing; an SQLite window says where class scores live.
 */
@ExtendWith(ApplicationExtension.class)
class ClassScoresWindowTest {
    private static PgTestServer server;
    private static String tess;
    private static String sam;
    private static String sue;
    private static String tim;
    private static String carl;
    @TempDir
    static Path dir;
    private Path folder;
    private Path csv;
    private Stage stage;
    private ExamWindow window;

    @BeforeAll
    static void server() throws Exception {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        tess = server.newMember("tess", ClinicMembers.Kind.TEACHER, "PT2 2026");
        sam = server.newMember("sam", ClinicMembers.Kind.STUDENT, "PT2 2026");
        sue = server.newMember("sue", ClinicMembers.Kind.STUDENT, "PT2 2026");
        tim = server.newMember("tim", ClinicMembers.Kind.STUDENT, "PT3 2026");
        carl = server.newMember("carl", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        attempt(sam, "Deep gluteal", 60, true, 0.3, List.of());
        attempt(sam, "Hamstring origin", 40, false, 0.5, List.of("hamstring_avulsion"));
        attempt(sue, "Deep gluteal", 80, true, 0.2, List.of());
        attempt(sue, "Deep gluteal", 90, true, 0.1, List.of());
        attempt(tim, "Deep gluteal", 10, false, 0.9, List.of("cauda_equina", "infection"));
    }

    private static void attempt(String student, String caseName, int score, boolean right, double brier, List<String> missed) {
        try (ClinicPracticeStore practice = new ClinicPracticeStore(server.as(student))) {
            practice.record(new PracticeRecords.NewAttempt(student, caseName, score, right, missed, 3, brier)).join();
        }
    }

    @AfterAll
    static void closeServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        csv = folder.resolve("scores.csv");
        show(new WindowStores(Map.of(), folder, Clock.systemUTC()).sqlite(Database.open(folder.resolve("local.db"))), Map.of());
    }

    private void show(OpenedStore store, Map<String, String> env) {
        ExamFiles files = new ExamFiles() {
            @Override
            public Optional<Path> chooseOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSave(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseNote(Window owner, String suggestedName) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseCsv(Window owner, String suggestedName) {
                return Optional.of(csv);
            }
        };
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), new WindowStores(env, folder, Clock.systemUTC()), files);
        window.show(store);
        stage.show();
    }

    /** The window as {@code role} logs in to the test server (PGUSER, PGPASSWORD), with its class scores open. */
    private void openAs(FxRobot robot, String role) throws Exception {
        window.close();
        OpenedStore store = new WindowStores(server.env(role), folder, Clock.systemUTC()).open(server.address());
        WindowRobot.onFx(() -> show(store, server.env(role)));
        fire(robot, "menu-class-scores");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#scores-message").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(robot, "#scores-message").startsWith("Reading")
                && !(text(robot, "#scores-message") + text(robot, "#scores-error")).isEmpty());
    }

    @AfterEach
    void tidy() {
        window.close();
    }

    @Test
    void aTeacherSeesTheClassPerStudentAndPerCaseAndExportsTheCommandsCsv(FxRobot robot) throws Exception {
        openAs(robot, tess);
        assertEquals("Opened as a teacher: exams are not saved here (the server keeps patients for its clinicians).",
                text(robot, "#status"), "a teacher's login keeps no patients, and the window says so instead of failing saves");
        assertEquals("Your classes' practice, as " + tess + " sees it: 4 attempts by 2 students over 2 cases.",
                text(robot, "#scores-message"));
        assertEquals(List.of(
                        new ClinicScores.Total(sam, "PT2 2026", 2, 2, 1, 0.5, 50.0, 0.4),
                        new ClinicScores.Total(sue, "PT2 2026", 2, 1, 0, 1.0, 85.0, 0.15)),
                rounded(table(robot, "#scores-per-student")), "per student (an attempt that left out a red flag counted), the other class's Tim not among them");
        assertEquals(List.of(
                        new ClinicScores.Total("Deep gluteal", "", 3, 2, 0, 1.0, 76.667, 0.2),
                        new ClinicScores.Total("Hamstring origin", "", 1, 1, 1, 0.0, 40.0, 0.5)),
                rounded(table(robot, "#scores-per-case")));
        robot.clickOn("#scores-tab-detail");
        assertEquals(3, robot.lookup("#scores-detail").queryAs(TableView.class).getItems().size());
        robot.clickOn("#scores-export");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(csv));
        String exported = Files.readString(csv, StandardCharsets.UTF_8);
        assertEquals(command(tess), exported, "the export is what class-scores prints for the same login");
        assertTrue(exported.contains(sue + ",PT2 2026,Deep gluteal,2,0,1.000,85.000,0.150\r\n"), exported);
        assertEquals("Wrote 3 rows to scores.csv.", text(robot, "#scores-message"));
    }

    @Test
    void aStudentSeesOnlyTheirOwnAttemptsAndIsToldSo(FxRobot robot) throws Exception {
        openAs(robot, sam);
        assertTrue(text(robot, "#scores-message").startsWith("Your own practice only (" + sam + " is a student"),
                text(robot, "#scores-message"));
        assertEquals(List.of(new ClinicScores.Total(sam, "PT2 2026", 2, 2, 1, 0.5, 50.0, 0.4)), rounded(table(robot, "#scores-per-student")));
        robot.clickOn("#scores-tab-detail");
        assertEquals(List.of(sam, sam), robot.lookup("#scores-detail").queryAs(TableView.class).getItems().stream()
                .map(r -> ((ClinicScores.Row) r).student()).toList());
    }

    @Test
    void aClinicianIsToldClassScoresAreATeachersViewAndCannotExport(FxRobot robot) throws Exception {
        openAs(robot, carl);
        assertEquals("Class scores cannot be read: " + carl + " is neither a teacher nor a student of a class on "
                + server.address().replace("?sslmode=disable", "") + "; class scores are for a class's teacher (and each student's own)",
                text(robot, "#scores-error"));
        assertTrue(table(robot, "#scores-per-student").isEmpty());
        assertTrue(robot.lookup("#scores-export").queryAs(Button.class).isDisabled());
    }

    @Test
    void anSqliteWindowSaysWhereClassScoresLive(FxRobot robot) {
        fire(robot, "menu-class-scores");
        assertEquals("Class scores live on a clinic's PostgreSQL server; open one with File > Open database….", text(robot, "#error"));
        assertTrue(robot.lookup("#class-scores").tryQuery().isEmpty());
    }

    /** The class-scores command run as its own process, logged in as {@code role}; its standard output. */
    private static String command(String role) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ChildJava.command("org.exampath.Launcher", "class-scores", "--db", server.address()));
        builder.environment().putAll(server.env(role));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "class-scores did not finish");
        assertEquals(0, p.exitValue(), "class-scores exit code");
        return out;
    }

    private static List<ClinicScores.Total> rounded(List<ClinicScores.Total> rows) {
        return rows.stream().map(t -> new ClinicScores.Total(t.name(), t.className(), t.attempts(), t.distinct(),
                t.missedFlagAttempts(), round(t.leadingCorrectRate()), round(t.meanScore()), t.meanBrier() == null ? null : round(t.meanBrier()))).toList();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    @SuppressWarnings("unchecked")
    private static List<ClinicScores.Total> table(FxRobot robot, String id) {
        return List.copyOf(robot.lookup(id).queryAs(TableView.class).getItems());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void fire(FxRobot robot, String id) {
        WindowRobot.onFx(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
