package org.exampath;

import org.exampath.cli.Commands;
import org.exampath.cli.StandardOutput;

/**
 * The jar's entry point. It does not extend Application, so a plain {@code java -jar} can start
 * JavaFX from the shaded jar. No arguments: the window ({@code open FILE} opens an exam in it);
 * otherwise a command.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || "open".equals(args[0]) || "--db".equals(args[0])) {
            int code = App.launchWindow(args);
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        System.exit(new Commands(System.in, StandardOutput.ofProcess(), System.err).run(args));
    }
}
