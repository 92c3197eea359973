package org.exampath.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.domain.PatientLabel;
import org.exampath.store.Attribution;
import org.exampath.store.Encounters;
import org.exampath.store.ImportKey;
import org.exampath.exchange.ExamFormatException;
import org.exampath.exchange.ExamReader;
import org.exampath.exchange.ExamWriter;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.store.StoreException;
import org.exampath.reasoning.Engine;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.text.FlagState;
import org.exampath.text.UndatedVisitWords;

/**
 * import, export and list on the same SQLite store as the app ({@code --db DB} to choose it). {@code list}
 * prints one line per encounter: id, date, patient label, leading hypothesis and red-flag state.
 */
final class StoreCommands {
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Clock clock;

    StoreCommands(PrintStream stdout, PrintStream stderr, Clock clock) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.clock = clock;
    }

    int run(String... args) {
        List<String> rest = new ArrayList<>();
        String db = null;
        for (int i = 1; i < args.length; i++) {
            if ("--db".equals(args[i])) {
                if (i + 1 >= args.length || args[i + 1].isEmpty()) {
                    return bad("--db needs a path or a postgresql:// address");
                }
                if (db != null) {
                    return bad("--db is given twice; give it once");
                }
                db = args[++i];
            } else if (args[i].startsWith("--")) {
                return bad("unknown option \"" + args[i] + "\"; " + args[0] + " takes only --db DB");
            } else {
                rest.add(args[i]);
            }
        }
        try {
            return switch (args[0]) {
                case "import" -> importFiles(db, rest);
                case "export" -> export(db, rest);
                default -> list(db, rest);
            };
        } catch (StoreException e) {
            return bad(OpenStore.failed(args[0], e));
        }
    }

    /** Opens the store (a warning on stderr if the last session stopped uncleanly and lost its -wal). */
    private OpenStore open(String db) {
        return OpenStore.open(db, clock, stderr);
    }

    /** As {@link #open}, for export and list, which only read: a named database file that does not exist is refused. */
    private OpenStore openToRead(String db) {
        return OpenStore.existing(db, clock, stderr);
    }

    private int bad(String message) {
        stderr.println(Terminal.line(message));
        return Commands.BAD_INPUT;
    }

    /** Reads every file first; only if all are good are they stored, in one transaction. */
    private int importFiles(String dbPath, List<String> files) {
        if (files.isEmpty()) {
            return bad("import takes one or more exam files");
        }
        KnowledgeBase knowledge = KnowledgeLoader.fromClasspath();
        ExamReader reader = new ExamReader(knowledge);
        List<Exam> exams = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String file : files) {
            try {
                exams.add(reader.read(ExamReader.bytesOf(Path.of(file))));
            } catch (ExamFormatException e) {
                return bad(file + ": " + e.getMessage() + " (nothing was imported)");
            }
            String label = exams.get(exams.size() - 1).record().label();
            // a file that records no label may be named by its file name, as exam/1 allows; that never refuses it
            labels.add(label != null ? label : PatientLabel.fromFileName(String.valueOf(Path.of(file).getFileName())));
        }
        Engine engine = new Engine(knowledge);
        List<Encounters.NewEncounter> encounters = new ArrayList<>();
        for (int i = 0; i < exams.size(); i++) {
            Assessment assessment = engine.assess(exams.get(i));
            // listed with its red flags, and no leading hypothesis under an emergency, as an encounter the window saves is
            HypothesisResult lead = assessment.shownLeading().orElse(null);
            encounters.add(new Encounters.NewEncounter(labels.get(i), exams.get(i), lead == null ? null : lead.id(),
                    lead == null ? null : lead.probability(),
                    ImportKey.of(labels.get(i), exams.get(i)), FlagState.of(assessment), files.get(i)));
        }
        List<Long> already = new ArrayList<>();
        List<Encounters.Imported> imported;
        try (OpenStore db = open(dbPath)) {
            // one transaction: a refusal of one exam (named by its file) stores none, and run() reports it as such
            imported = db.encounters().importAll(encounters, "", knowledge.version());
        }
        for (Encounters.Imported done : imported) {
            stdout.println(done.id());
            if (done.already()) {
                already.add(done.id());
            }
        }
        if (!already.isEmpty()) {
            stderr.println("already imported: " + already.size() + " of " + encounters.size() + " (encounter"
                    + (already.size() == 1 ? " " : "s ") + String.join(", ", already.stream().map(String::valueOf).toList())
                    + "): the same exam for the same label, not stored again");
        }
        return Commands.OK;
    }

    private int export(String dbPath, List<String> args) {
        if (args.size() != 1 || !args.get(0).matches("\\d{1,18}")) {
            return bad("export takes one encounter id (a number)");
        }
        long id = Long.parseLong(args.get(0));
        try (OpenStore db = openToRead(dbPath)) {
            var encounter = db.encounters().load(id);
            if (encounter.isEmpty()) {
                return bad("no encounter " + id + " in " + db.name());
            }
            byte[] json = new ExamWriter().write(withRecord(encounter.get(), db.encounters().audit(id)));
            stdout.write(json, 0, json.length);
            stdout.flush();
        }
        return Commands.OK;
    }

    private int list(String dbPath, List<String> args) {
        if (!args.isEmpty()) {
            return bad("list takes no arguments besides --db");
        }
        try (OpenStore db = openToRead(dbPath)) {
            for (Encounters.Row row : db.encounters().list("", Integer.MAX_VALUE)) {
                stdout.println(row.id() + "\t" + Terminal.cell(visitDate(row)) + "\t" + Terminal.cell(row.patientLabel()) + "\t"
                        + Terminal.cell(row.listedEmergency() ? "held back: emergency" : row.leading()) + "\t" + Terminal.cell(row.flags() == null ? "not recorded" : row.flags()));
            }
        }
        return Commands.OK;
    }

    /**
     * The date column: the visit's date, or for an import whose file recorded none "not recorded (imported DAY)", in
     * the window's words, never the import day on its own as if the visit were that day.
     */
    private static String visitDate(Encounters.Row row) {
        return row.undated() ? UndatedVisitWords.listed(row.date()) : row.date();
    }

    /**
     * The exam with the visit's record as the store holds it, and nothing it does not: no placeholder label, no
     * import day as the visit's date, no examiner who was not recorded. Someone else's changes since the examiner's
     * entries (the audit names them) are named beside the examiner, as the window's Save as names them (ADR 8).
     */
    private static Exam withRecord(Encounters.Encounter encounter, List<Encounters.AuditEntry> audit) {
        return encounter.exam().withRecord(encounter.recorded().withClinician(Attribution.inFile(encounter, audit)));
    }
}
