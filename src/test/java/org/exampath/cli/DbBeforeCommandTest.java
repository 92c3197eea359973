package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exampath.ChildJava;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README says "every command that touches the store takes --db DB". Written first, as many tools take a global
 * option ({@code exampath --db clinic.db import today.json}), the command is run, never dropped for a window nobody
 * asked for (over ssh that answer was "cannot open the window: no display here").
 */
class DbBeforeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCommandAfterDbIsRunOrNamedNotDroppedForTheWindow() throws Exception {
        Path exam = dir.resolve("today.json");
        Files.writeString(exam, "{\"format\":\"exam/1\",\"patient\":{\"label\":\"P-7\",\"age\":40,\"sex\":\"female\"},"
                + "\"findings\":{\"history.region.lateral_hip\":true}}", StandardCharsets.UTF_8);
        Path db = dir.resolve("clinic.db");
        ProcessBuilder builder = new ProcessBuilder(ChildJava.command(List.of("-Duser.home=" + dir.resolve("home")),
                "org.exampath.Launcher", "--db", db.toString(), "import", exam.toString())).directory(dir.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process p = builder.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean imported = p.exitValue() == 0 && Files.exists(db);
        assertTrue(imported, "\"--db clinic.db import today.json\" did not import the exam; exit " + p.exitValue() + ", said: " + err);
    }
}
