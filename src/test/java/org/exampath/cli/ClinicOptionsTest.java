package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The clinic commands take each option once: a second --db or --as is named, never quietly taken instead of the first. */
class ClinicOptionsTest {
    @Test
    void anOptionGivenTwiceIsRefusedBeforeAnyServerIsAsked() {
        // 192.0.2.x is reserved for documentation: were it asked, the command would wait on it, not answer at once
        for (String[] args : List.of(
                new String[] {"clinic-init", "--db", "postgresql://192.0.2.1/a", "--db", "postgresql://192.0.2.2/b"},
                new String[] {"class-scores", "--db", "postgresql://192.0.2.1/a", "--db", "postgresql://192.0.2.2/b"},
                new String[] {"clinic-member", "sam", "--as", "student", "--as", "teacher", "--class", "PT2",
                        "--db", "postgresql://192.0.2.1/a"})) {
            CommandRun run = CommandRun.of(args);
            assertTrue(run.refusedInOneLine(), String.join(" ", args) + " -> " + run.code() + " " + run.err());
            assertTrue(run.err().contains("given twice"), run.err());
        }
    }
}
