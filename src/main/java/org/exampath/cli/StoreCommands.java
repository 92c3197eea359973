package org.exampath.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.exchange.ExamFormatException;
import org.exampath.exchange.ExamReader;
import org.exampath.exchange.ExamWriter;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.StoreException;
import org.exampath.reasoning.Engine;
import org.exampath.reasoning.HypothesisResult;

/** import, export and list on the same SQLite store as the app ({@code --db DB} to choose it). */
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
        Path db = Database.defaultPath();
        for (int i = 1; i < args.length; i++) {
            if ("--db".equals(args[i])) {
                if (i + 1 >= args.length) {
                    return bad("--db needs a path");
                }
                db = Path.of(args[++i]);
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
            return bad(e.getMessage());
        }
    }

    /** Opens the store and says, on stderr, if the last session stopped uncleanly and lost its -wal. */
    private Database open(Path path) {
        Database db = Database.open(path);
        db.warning().ifPresent(w -> stderr.println("warning: " + w));
        return db;
    }

    private int bad(String message) {
        stderr.println(Terminal.line(message));
        return Commands.BAD_INPUT;
    }

    /** Reads every file first; only if all are good are they stored, in one transaction. */
    private int importFiles(Path dbPath, List<String> files) {
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
            String name = Path.of(file).getFileName().toString();
            labels.add(label != null ? label : name.endsWith(".json") ? name.substring(0, name.length() - 5) : name);
        }
        Engine engine = new Engine(knowledge);
        List<EncounterStore.NewEncounter> encounters = new ArrayList<>();
        for (int i = 0; i < exams.size(); i++) {
            HypothesisResult lead = engine.assess(exams.get(i)).leading();
            encounters.add(new EncounterStore.NewEncounter(labels.get(i), exams.get(i), lead.id(), lead.probability()));
        }
        try (Database db = open(dbPath)) {
            for (long id : new EncounterStore(db, clock).createAll(encounters, System.getProperty("user.name", ""),
                    knowledge.version())) {
                stdout.println(id);
            }
        }
        return Commands.OK;
    }

    private int export(Path dbPath, List<String> args) {
        if (args.size() != 1 || !args.get(0).matches("\\d{1,18}")) {
            return bad("export takes one encounter id (a number)");
        }
        long id = Long.parseLong(args.get(0));
        try (Database db = open(dbPath)) {
            var encounter = new EncounterStore(db, clock).load(id);
            if (encounter.isEmpty()) {
                return bad("no encounter " + id + " in " + db.path());
            }
            byte[] json = new ExamWriter().write(encounter.get().exam());
            stdout.write(json, 0, json.length);
            stdout.flush();
        }
        return Commands.OK;
    }

    private int list(Path dbPath, List<String> args) {
        if (!args.isEmpty()) {
            return bad("list takes no arguments besides --db");
        }
        try (Database db = open(dbPath)) {
            for (EncounterStore.Row row : new EncounterStore(db, clock).list("", Integer.MAX_VALUE)) {
                stdout.println(row.id() + "\t" + Terminal.cell(row.date()) + "\t" + Terminal.cell(row.patientLabel()) + "\t"
                        + Terminal.cell(row.leading()));
            }
        }
        return Commands.OK;
    }
}
