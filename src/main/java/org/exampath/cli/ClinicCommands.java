package org.exampath.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Map;
import org.exampath.clinic.ClinicDatabase;
import org.exampath.clinic.ClinicFailure;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.ClinicScores;
import org.exampath.clinic.ClinicUrl;
import org.exampath.store.StoreException;

/**
 * The administrator's clinic commands, run as a PostgreSQL role that may create roles and schemas:
 * {@code clinic-init --db postgresql://HOST/DB} sets up (or updates) the schema, the group roles and
 * row-level security; {@code clinic-member ROLE --as clinician|student|teacher --clinic NAME|--class NAME
 * --db URL} places a login role; {@code class-scores --db URL} prints, as CSV, the practice scores per
 * student and case that the caller's role may see (a teacher: their classes').
 */
final class ClinicCommands {
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Map<String, String> env;

    ClinicCommands(PrintStream stdout, PrintStream stderr, Map<String, String> env) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.env = env;
    }

    int run(String... args) {
        String db = null;
        String role = null;
        String kind = null;
        String place = null;
        String placeOption = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            boolean valued = arg.equals("--db") || arg.equals("--as") || arg.equals("--clinic") || arg.equals("--class");
            if (valued && i + 1 >= args.length) {
                return bad(arg + " needs a value");
            }
            if (("--db".equals(arg) && db != null) || ("--as".equals(arg) && kind != null)) {
                return bad(arg + " is given twice; give it once (nothing was changed)");
            }
            switch (arg) {
                case "--db" -> db = args[++i];
                case "--as" -> kind = args[++i];
                case "--clinic", "--class" -> {
                    if (placeOption != null) {
                        return bad("give one of --clinic or --class, once");
                    }
                    placeOption = arg;
                    place = args[++i];
                }
                default -> {
                    if (role != null || arg.startsWith("--")) {
                        return bad("unexpected argument \"" + arg + "\"");
                    }
                    role = arg;
                }
            }
        }
        if (!ClinicUrl.names(db)) {
            return bad(args[0] + " needs --db postgresql://HOST[:PORT]/DBNAME");
        }
        ClinicUrl url = null;
        try {
            url = ClinicUrl.parse(db);
            ClinicDatabase database = ClinicDatabase.forThisUser(url, env);
            if ("clinic-init".equals(args[0])) {
                if (role != null) {
                    return bad("clinic-init takes no role; use clinic-member");
                }
                int ran = database.migrate();
                stdout.println(url + ": schema up to date (" + ran + " migration" + (ran == 1 ? "" : "s") + " applied)");
                return Commands.OK;
            }
            if ("class-scores".equals(args[0])) {
                if (role != null || kind != null || place != null) {
                    return bad("class-scores takes only --db URL");
                }
                // the window's check first: a database never set up, or of an older or newer schema, is named as such
                database.check();
                // read as the window reads them: a login that is no class's teacher or student is told why there are none
                stdout.print(ClinicScores.csv(new ClinicScores().read(database).perStudentAndCase()));
                return Commands.OK;
            }
            if (role == null || kind == null || place == null) {
                return bad("clinic-member ROLE --as clinician --clinic NAME (or --as student|teacher --class NAME) --db URL");
            }
            ClinicMembers.Kind k = ClinicMembers.Kind.of(kind);
            // the option names the place: a clinician joins a clinic, a student or teacher a class; a mix-up places no one
            String wanted = k == ClinicMembers.Kind.CLINICIAN ? "--clinic" : "--class";
            if (!wanted.equals(placeOption)) {
                return bad("a " + k.id() + " is placed in a " + wanted.substring(2) + ": use " + wanted + " NAME, not "
                        + placeOption + " (nothing was changed)");
            }
            new ClinicMembers(database).add(role, k, place);
            stdout.println(role + " is now a " + k.id() + " of " + place);
            return Commands.OK;
        } catch (IllegalArgumentException e) {
            return bad(e.getMessage());
        } catch (StoreException e) {
            return bad(e.getMessage());
        } catch (SQLException e) {
            return bad((url == null ? db : url) + ": " + ClinicFailure.oneLine(e.getMessage()));
        }
    }

    private int bad(String message) {
        stderr.println(Terminal.line(message));
        return Commands.BAD_INPUT;
    }
}
