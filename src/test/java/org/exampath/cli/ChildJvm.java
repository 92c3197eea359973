package org.exampath.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.exampath.ChildJava;

/** The launcher run as its own process, to see what a user's shell would see. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** Runs {@code sh -c script} with $JAVA set to the launcher command line; env entries are added. */
    static CommandRun shell(Path dir, Map<String, String> env, String script) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", script));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        builder.environment().put("JAVA", ChildJava.shellLine("org.exampath.Launcher"));
        Process p = builder.start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish");
        }
        return new CommandRun(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
