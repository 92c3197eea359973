package org.exampath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which lines start the window and which run a command, with {@code --db DB} written before the command or after it. */
class LauncherArgumentsTest {
    @Test
    void theWindowsOwnLinesStartTheWindow() {
        assertNull(Launcher.commandOf(new String[0]));
        assertNull(Launcher.commandOf(new String[] {"open", "a.json"}));
        assertNull(Launcher.commandOf(new String[] {"--db", "x.db"}));
        assertNull(Launcher.commandOf(new String[] {"--db", "x.db", "open", "a.json"}));
        assertNull(Launcher.commandOf(new String[] {"--db"}), "the window says --db needs a value");
    }

    @Test
    void aCommandAfterDbRunsWithDbMovedAfterIt() {
        assertArrayEquals(new String[] {"import", "a.json", "b.json", "--db", "x.db"},
                Launcher.commandOf(new String[] {"--db", "x.db", "import", "a.json", "b.json"}));
        assertArrayEquals(new String[] {"list", "--db", "x.db"}, Launcher.commandOf(new String[] {"--db", "x.db", "list"}));
        assertArrayEquals(new String[] {"frobnicate", "--db", "x.db"}, Launcher.commandOf(new String[] {"--db", "x.db", "frobnicate"}),
                "an unknown word goes to the commands, which refuse it with the usage");
    }

    @Test
    void aCommandFirstIsLeftAsWritten() {
        String[] line = {"import", "a.json", "--db", "x.db"};
        assertArrayEquals(line, Launcher.commandOf(line));
    }

    @Test
    void theWindowRefusesAnArgumentItDoesNotTakeBeforeStarting() {
        assertEquals(2, App.launchWindow(new String[] {"open", "a.json", "import"}));
        assertEquals(2, App.launchWindow(new String[] {"--db", "x.db", "open", "a.json", "--verbose", "1"}));
    }

    @Test
    void aWindowLineAskingForHelpGetsTheWindowsUsageNotAWindow() {
        assertArrayEquals(new String[] {"open", "--help"}, Launcher.helpOrCommandOf(new String[] {"open", "a.json", "--help"}));
        assertArrayEquals(new String[] {"open", "--help"}, Launcher.helpOrCommandOf(new String[] {"--db", "x.db", "open", "-h"}));
        assertArrayEquals(new String[] {"--help", "--db", "x.db"}, Launcher.helpOrCommandOf(new String[] {"--db", "x.db", "--help"}));
        assertNull(Launcher.helpOrCommandOf(new String[] {"open", "a.json"}));
    }
}
