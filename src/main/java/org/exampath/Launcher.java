package org.exampath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.exampath.cli.Commands;
import org.exampath.cli.StandardOutput;

/**
 * The jar's entry point. It does not extend Application, so a plain {@code java -jar} can start
 * JavaFX from the shaded jar. No arguments: the window ({@code open FILE} opens an exam in it,
 * {@code --db DB} names its store); otherwise a command, which may also be written after
 * {@code --db DB} ({@code exampath --db practice.db import today.json}), as many tools take it.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        String[] command = helpOrCommandOf(args);
        if (command == null) {
            int code = App.launchWindow(args);
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        System.exit(new Commands(System.in, StandardOutput.ofProcess(), System.err).run(command));
    }

    /**
     * As {@link #commandOf}, but a window's line that asks for help ({@code open FILE --help}) gets the window's
     * usage instead of a window.
     */
    static String[] helpOrCommandOf(String[] args) {
        String[] command = commandOf(args);
        boolean asks = Arrays.stream(args).anyMatch(arg -> "--help".equals(arg) || "-h".equals(arg));
        return command == null && asks ? new String[] {"open", "--help"} : command;
    }

    /**
     * The command line for the commands, with a leading {@code --db DB} moved after the command it comes before; null
     * when the line is the window's (nothing, {@code open FILE}, {@code --db DB}, or {@code --db DB open FILE}).
     */
    static String[] commandOf(String[] args) {
        if (args.length == 0 || "open".equals(args[0])) {
            return null;
        }
        if (!"--db".equals(args[0])) {
            return args;
        }
        if (args.length <= 2 || "open".equals(args[2])) {
            return null;
        }
        List<String> moved = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
        moved.add("--db");
        moved.add(args[1]);
        return moved.toArray(String[]::new);
    }
}
