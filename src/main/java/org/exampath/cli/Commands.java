package org.exampath.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.time.Clock;
import org.exampath.domain.Exam;
import org.exampath.exchange.AssessmentWriter;
import org.exampath.exchange.ExamFormatException;
import org.exampath.exchange.ExamReader;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.KnowledgeException;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.reasoning.Engine;

/**
 * The headless commands. Each returns an exit code: 0 done, 2 bad input (one line on stderr, nothing
 * on stdout) or output that could not be written (standard output failing: a full disk), 3 the shipped
 * knowledge base is broken, 141 standard output closed by its reader ({@code exampath list | head -1}):
 * nothing on stderr, and the status a shell gives any tool a closed pipe stops (128 + SIGPIPE).
 */
public final class Commands {
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int BROKEN = 3;
    /**
     * Standard output closed by whoever read it: what {@code cat}, {@code sort} or {@code git log} end with in
     * {@code ... | head -1} (killed by SIGPIPE, which a shell reports as 128 + 13). A Java program is not killed by the
     * signal, so it ends with the same status itself: under {@code set -o pipefail} a cut-short output is seen as cut
     * short, as any other tool's, and is never taken for the whole.
     */
    public static final int READER_CLOSED = 141;
    private static final String USAGE = Help.usage();

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    public Commands(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public int run(String... args) {
        int code = dispatch(args);
        // a PrintStream keeps a write error to itself: a full disk behind "> exam.json" must not end in 0 over a cut-short file
        if (stdout.checkError()) {
            if (stdout instanceof StandardOutput watched && watched.closedByReader()) {
                // the reader stopped on purpose (head, a pager quit): nothing was lost that anyone was waiting for
                return code == OK ? READER_CLOSED : code;
            }
            stderr.println(Terminal.line("standard output could not be written (a full disk or a closed pipe?): what was printed is "
                    + "incomplete" + ("import".equals(args[0]) && code == OK ? "; the import itself was stored" : "")));
            return code == OK ? BAD_INPUT : code;
        }
        return code;
    }

    private int dispatch(String... args) {
        if (Help.known(args[0]) && Arrays.stream(args).anyMatch(Help::asks)) {
            stdout.print(Help.of(args[0]));
            return OK;
        }
        try {
            switch (args[0]) {
                case "evaluate":
                    return evaluate(args);
                case "report":
                    return new ReportCommand(stdin, stderr, Clock.systemUTC()).run(args);
                case "import":
                case "export":
                case "list":
                    return new StoreCommands(stdout, stderr, Clock.systemUTC()).run(args);
                case "clinic-init":
                case "clinic-member":
                case "class-scores":
                    return new ClinicCommands(stdout, stderr, System.getenv()).run(args);
                case "--help":
                case "-h":
                    stdout.print(Help.overview());
                    return OK;
                case "--version":
                    stdout.print(Help.version(KnowledgeLoader.fromClasspath()));
                    return OK;
                default:
                    stderr.println(Terminal.line("unknown command \"" + args[0] + "\"; " + USAGE));
                    return BAD_INPUT;
            }
        } catch (KnowledgeException e) {
            stderr.println(Terminal.line("the knowledge base is broken: " + e.getMessage()));
            return BROKEN;
        } catch (InvalidPathException e) {
            stderr.println(Terminal.line(e.getInput() + ": this file name cannot be used (" + e.getReason() + ")"
                    + charsetHint(e.getInput())));
            return BAD_INPUT;
        }
    }

    private int evaluate(String... args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                stderr.println(Terminal.line("unknown option \"" + args[i] + "\"; evaluate takes one FILE (or - for standard input)"));
                return BAD_INPUT;
            }
        }
        if (args.length != 2) {
            stderr.println("evaluate takes one FILE (or - for standard input); " + USAGE);
            return BAD_INPUT;
        }
        KnowledgeBase knowledge = KnowledgeLoader.fromClasspath();
        try {
            Exam exam = new ExamReader(knowledge).read(readInput(stdin, args[1]));
            byte[] json = new AssessmentWriter().write(new Engine(knowledge).assess(exam));
            stdout.write(json, 0, json.length);
            stdout.flush();
            return OK;
        } catch (ExamFormatException e) {
            stderr.println(Terminal.line(args[1] + ": " + e.getMessage()));
            return BAD_INPUT;
        }
    }

    /** Why a name the shell passed may not be encodable: a POSIX ("C") locale knows only ASCII. */
    private static String charsetHint(String name) {
        String charset = System.getProperty("sun.jnu.encoding", "");
        boolean ascii = name.chars().allMatch(c -> c < 0x80);
        return ascii || charset.toUpperCase(java.util.Locale.ROOT).contains("UTF") ? ""
                : "; file names here are read as " + charset + ", so run with a UTF-8 locale (for example LANG=C.UTF-8)";
    }

    static byte[] readInput(InputStream stdin, String name) throws ExamFormatException {
        return "-".equals(name) ? StandardInput.read(stdin) : ExamReader.bytesOf(Path.of(name));
    }
}
