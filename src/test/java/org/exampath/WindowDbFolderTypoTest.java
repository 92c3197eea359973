package org.exampath;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exampath --db ~/Documnets/exampath.db}: the window refuses a database whose folder does not exist, as the
 * commands do ("the folder for it does not exist; nothing was created"), instead of making the misspelt folder and an
 * empty database in it, where the clinician's patients would seem gone.
 */
class WindowDbFolderTypoTest {
    @TempDir
    Path dir;

    @Test
    void theWindowRefusesADbWhoseFolderDoesNotExistAsTheCommandsDo() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("Documents"));
        Path typo = home.resolve("Documnets").resolve("exampath.db");
        // the window of the real launcher, headless (the start-up probe would close a window opened on the database)
        List<String> options = List.of("-Duser.home=" + home, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dheadless.geometry=1366x800-32", "-Djava.awt.headless=true",
                "-Djavafx.preloader=org.exampath.StartupHook", "-Dexampath.hook=probe");
        ProcessBuilder builder = new ProcessBuilder(ChildJava.command(options, "org.exampath.Launcher", "--db", typo.toString()))
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove("XDG_DATA_HOME");
        Process p = builder.start();
        p.getOutputStream().close();
        // the refusal is a dialog, which waits for the user: its line on stderr says it was shown, and the test ends it
        StringBuffer out = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(line -> out.append(line).append('\n'));
            } catch (java.io.IOException e) {
                out.append(e);
            }
        });
        reader.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (p.isAlive() && !out.toString().contains("the folder for it does not exist") && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        reader.join(10_000);
        assertTrue(out.toString().contains(typo + ": the folder for it does not exist (nothing was created; check the path)"),
                "the window did not say why it refuses the database: " + out);
        assertFalse(Files.exists(typo.getParent()), "the window made the misspelt folder " + typo.getParent()
                + " and an empty database in it (" + Files.exists(typo) + "), and opened on it; the commands refuse the same "
                + "--db (the folder for it does not exist; nothing was created). Window output: " + out.toString().strip().replace("\n", "; "));
    }
}
