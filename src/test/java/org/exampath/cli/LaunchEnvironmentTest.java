package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.exampath.ChildJava;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the launcher behaves in the environment a user's desktop or an IT person's ssh session gives it. */
class LaunchEnvironmentTest {
    @TempDir
    Path dir;

    /** Runs the launcher in {@code workDir} with user.home pointed into the temp dir, so nothing real is touched. */
    private CommandRun launch(Path workDir, Map<String, String> env, List<String> unset, String... args) throws Exception {
        List<String> command = ChildJava.command(List.of("-Duser.home=" + dir.resolve("home")), "org.exampath.Launcher", args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        unset.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish");
        }
        return new CommandRun(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * The XDG base-directory spec: a relative XDG_DATA_HOME is invalid and must be ignored. Today the database is
     * made relative to the current directory, so the same user's exams "vanish" when the app or a command is
     * started from another folder (a menu launcher, a cron job, a different terminal).
     */
    @Test
    void aRelativeXdgDataHomeIsIgnoredSoTheDatabaseDoesNotDependOnTheCurrentFolder() throws Exception {
        Path work = Files.createDirectories(dir.resolve("somewhere"));
        CommandRun run = launch(work, Map.of("XDG_DATA_HOME", "data"), List.of(), "list");
        assertEquals(0, run.code(), run.err());
        assertFalse(Files.exists(work.resolve("data")), "a database was created under the current folder: "
                + work.resolve("data/exampath/exampath.db"));
        assertTrue(Files.exists(dir.resolve("home/.local/share/exampath/exampath.db")),
                "the default place ~/.local/share/exampath is used instead");
    }

    /**
     * Starting the window where there is no display (an ssh session on the practice server): one line saying so,
     * not a Java stack trace.
     */
    @Test
    void theWindowWithoutADisplayFailsInOneLineNotAStackTrace() throws Exception {
        CommandRun run = launch(dir, Map.of(), List.of("DISPLAY", "WAYLAND_DISPLAY"),
                "--db", dir.resolve("exampath.db").toString());
        assertNotEquals(0, run.code());
        assertFalse(run.err().contains("Exception in thread"), run.err());
        assertFalse(run.err().contains("\tat "), "a stack trace was printed: " + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("no display"), run.err());
        assertFalse(Files.exists(dir.resolve("exampath.db")), "nothing is created when the window cannot open");
    }

    /** {@code --db} with nothing after it names no database: said in one line, not the usual database opened silently. */
    @Test
    void theWindowWithDbButNoValueIsRefusedInOneLine() throws Exception {
        CommandRun run = launch(dir, Map.of(), List.of("DISPLAY", "WAYLAND_DISPLAY"), "--db");
        assertEquals(2, run.code(), run.err());
        assertEquals("--db needs a database path or postgresql:// address", run.err().strip());
        assertEquals("", run.out());
        assertFalse(Files.exists(dir.resolve("home/.local/share/exampath")), "the usual database was not touched");
    }
}
