package org.exampath;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts a test's own child JVM on this test run's class path. The child compiles with C1 only and
 * collects with one thread, as the surefire forks do (see the pom): a child lives for a second or two, so the
 * optimising compiler's threads only take CPU from the other fork on a two-core machine. The flags change how fast the
 * child runs, never what it does or prints.
 */
public final class ChildJava {
    /** The JVM options every child gets, before its class path. */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ChildJava() {
    }

    /** The java executable of this JVM. */
    public static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java <quick start> <options> -cp <this class path> main args…}. */
    public static List<String> command(List<String> options, String main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable());
        command.addAll(QUICK_START);
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        return command;
    }

    /** {@code java <quick start> -cp <this class path> main args…}. */
    public static List<String> command(String main, String... args) {
        return command(List.of(), main, args);
    }

    /** The same command as one line for a shell script, class path included (a shell splits it on spaces). */
    public static String shellLine(String main) {
        return String.join(" ", command(main));
    }
}
