package org.exampath.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.exampath.TestKnowledge;

/** One command run in process: its exit code and what it printed. */
record CommandRun(int code, String out, String err) {
    static CommandRun of(String... args) {
        return with(new ByteArrayInputStream(new byte[0]), args);
    }

    static CommandRun with(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Commands(stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A shared case's exam written as a plain exam file. */
    static Path examFile(Path dir, String name) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path file = dir.resolve(name + ".json");
        json.writeValue(file.toFile(), json.readTree(TestKnowledge.resource("shared-cases/" + name + ".json").toFile()).get("exam"));
        return file;
    }

    /** One line on stderr, nothing on stdout. */
    boolean refusedInOneLine() {
        return code == Commands.BAD_INPUT && out.isEmpty() && err.endsWith("\n") && err.indexOf('\n') == err.length() - 1;
    }
}
