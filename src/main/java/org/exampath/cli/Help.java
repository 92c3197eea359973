package org.exampath.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.text.BuildWords;

/**
 * What {@code exampath --help}, {@code exampath COMMAND --help} and {@code exampath --version} print: the whole
 * command line in one screen, each command's own usage and what it does, and which build and knowledge base
 * answer. Every command's usage line is also the one its error messages name.
 */
final class Help {
    /** The commands, in the order a clinician meets them, each with its usage line and what it does. */
    private static final Map<String, List<String>> COMMANDS = new LinkedHashMap<>();
    private static final String PROGRAM = "exampath ";

    static {
        COMMANDS.put("open", List.of("exampath [open FILE] [--db DB]",
                "Starts the window on this computer's database (or DB: a SQLite file or a postgresql:// address),",
                "opening the exam FILE in it if one is given."));
        COMMANDS.put("evaluate", List.of("exampath evaluate FILE|-",
                "Reads one exam file (- reads standard input) and prints its assessment as JSON: probabilities,",
                "red flags, the pain driver, inconsistent findings, the imaging gate and the next test."));
        COMMANDS.put("import", List.of("exampath import FILE... [--db DB]",
                "Stores each exam file as an encounter, all in one transaction; an exam already imported is said so",
                "and not stored twice."));
        COMMANDS.put("export", List.of("exampath export ID [--db DB]",
                "Prints the encounter ID as an exam file (exam/1 JSON) on standard output."));
        COMMANDS.put("list", List.of("exampath list [--db DB]",
                "Prints one line per encounter: id, date, patient label, leading hypothesis and red flags."));
        COMMANDS.put("report", List.of("exampath report FILE|ID --out NOTE.pdf [--overwrite] [--db DB]",
                "Writes the consultation note of an exam file or a stored encounter as a PDF; a file already at",
                "NOTE.pdf is kept unless --overwrite is given."));
        COMMANDS.put("clinic-init", List.of("exampath clinic-init --db postgresql://HOST/DB",
                "Sets up or updates a shared clinic database (run as a PostgreSQL role that may create roles)."));
        COMMANDS.put("clinic-member", List.of("exampath clinic-member ROLE --as KIND --clinic|--class NAME --db URL",
                "Places a PostgreSQL login ROLE in a clinic or class as a clinician, student or teacher."));
        COMMANDS.put("class-scores", List.of("exampath class-scores --db URL",
                "Prints the practice scores you may see (a teacher: their classes') as CSV."));
    }

    private Help() {
    }

    /** True for the words that ask for help wherever they stand on a command line. */
    static boolean asks(String arg) {
        return "--help".equals(arg) || "-h".equals(arg);
    }

    /** Whether {@code command} is one of the commands (the window's {@code open} included). */
    static boolean known(String command) {
        return COMMANDS.containsKey(command);
    }

    /** The one-line usage of every command, as error messages quote it. */
    static String usage() {
        StringJoiner out = new StringJoiner(" | ", "usage: exampath ", "");
        COMMANDS.values().forEach(lines -> out.add(lines.get(0).substring(PROGRAM.length())));
        return out.toString();
    }

    /** The whole command line: every command's usage and what it does, then the exit statuses. */
    static String overview() {
        StringBuilder out = new StringBuilder("ExamPath: an exam assistant for buttock and posterior hip pain.\n\nusage:\n");
        COMMANDS.values().forEach(lines -> {
            out.append("  ").append(lines.get(0)).append('\n');
            lines.subList(1, lines.size()).forEach(line -> out.append("      ").append(line).append('\n'));
        });
        return out.append("""
                  exampath COMMAND --help
                      What one command takes and does.
                  exampath --version
                      The build, and the knowledge base it reasons with.

                Exit status: 0 done; 2 bad input or output that could not be written (one line on standard error);
                3 the shipped knowledge base is broken; 141 standard output closed by its reader.
                """).toString();
    }

    /** One command's usage and what it does. */
    static String of(String command) {
        StringBuilder out = new StringBuilder();
        append(out, COMMANDS.get(command));
        return out.toString();
    }

    /** Which build this is and which knowledge base it reasons with. */
    static String version(KnowledgeBase knowledge) {
        return "ExamPath " + BuildWords.version() + ", knowledge base " + knowledge.version() + "\n";
    }

    private static void append(StringBuilder out, List<String> lines) {
        out.append("usage: ").append(lines.get(0)).append('\n');
        lines.subList(1, lines.size()).forEach(line -> out.append("  ").append(line).append('\n'));
        out.append('\n');
    }
}
