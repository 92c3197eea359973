package org.exampath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.exchange.ExamFormatException;
import org.exampath.exchange.ExamReader;
import org.exampath.exchange.OutputTarget;
import org.exampath.exchange.UnsafeTargetException;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.KnowledgeLoader;
import org.exampath.persistence.Database;
import org.exampath.clinic.ClinicUrl;
import org.exampath.store.Attribution;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.exampath.reasoning.Engine;
import org.exampath.report.CarriedFindings;
import org.exampath.report.ConsultationNote;
import org.exampath.report.FindingOrigins;
import org.exampath.report.NoteContext;
import org.exampath.text.Describe;

/**
 * report FILE|ID --out NOTE.pdf [--overwrite] [--db DB]: the consultation note of an exam file or a stored encounter.
 * A file already at NOTE.pdf (last week's note, say) is kept and the command refused, unless {@code --overwrite} says
 * to replace it.
 */
final class ReportCommand {
    private final InputStream stdin;
    private final PrintStream stderr;
    private final Clock clock;

    ReportCommand(InputStream stdin, PrintStream stderr, Clock clock) {
        this.stdin = stdin;
        this.stderr = stderr;
        this.clock = clock;
    }

    int run(String... args) {
        String source = null;
        Path out = null;
        String db = null;
        boolean overwrite = false;
        for (int i = 1; i < args.length; i++) {
            boolean valued = "--out".equals(args[i]) || "--db".equals(args[i]);
            if (valued && (i + 1 >= args.length || args[i + 1].isEmpty())) {
                return bad(args[i] + " needs a path");
            }
            if (valued && ("--out".equals(args[i]) ? out != null : db != null)) {
                return bad(args[i] + " is given twice; give it once");
            }
            switch (args[i]) {
                case "--out" -> {
                    if ("-".equals(args[++i])) {
                        return bad("--out -: the note is a PDF, written to a file, not to standard output; give a file name");
                    }
                    out = Path.of(args[i]);
                }
                case "--db" -> db = args[++i];
                case "--overwrite" -> overwrite = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        return bad("unknown option \"" + args[i] + "\"; report takes --out NOTE.pdf, --overwrite and --db DB");
                    }
                    if (source != null) {
                        return bad("report takes one exam file or encounter id");
                    }
                    source = args[i];
                }
            }
        }
        if (source == null || out == null) {
            return bad("usage: exampath report FILE|ID --out NOTE.pdf [--overwrite] [--db DB]");
        }
        boolean isId = source.matches("\\d{1,18}") && !Files.exists(Path.of(source));
        // this computer's own database is kept whatever store is named, as the window keeps it in clinic mode
        List<Path> keep = new ArrayList<>(OutputTarget.databaseFiles(Database.defaultPath()));
        if (db != null && !ClinicUrl.names(db) && !ClinicUrl.carriesPassword(db)) {
            keep.addAll(OutputTarget.databaseFiles(Path.of(db)));
        }
        if (!isId && !"-".equals(source)) {
            keep.add(Path.of(source));
        }
        KnowledgeBase knowledge = KnowledgeLoader.fromClasspath();
        try {
            OutputTarget.check(out, keep);
            if (!overwrite && Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return bad(exists(out));
            }
            Exam exam;
            Exam previous = null;
            NoteContext context;
            if (isId) {
                try (OpenStore opened = OpenStore.existing(db, clock, stderr)) {
                    Encounters store = opened.encounters();
                    long id = Long.parseLong(source);
                    Encounters.Encounter e = store.load(id).orElse(null);
                    if (e == null) {
                        return bad("no encounter " + id + " in " + opened.name());
                    }
                    exam = e.exam();
                    // a follow-up is judged against the visit before, as the window judges it: a deficit grown since then raises its flag
                    Encounters.Encounter last = e.previousId() == null ? null : store.load(e.previousId()).orElse(null);
                    previous = last == null ? null : last.exam();
                    List<NoteContext.FlagAction> actions = store.acknowledgements(id).stream()
                            .map(a -> new NoteContext.FlagAction(a.flag(), a.action(), Describe.minute(a.at()), a.clinician(),
                            a.urgency())).toList();
                    // signed by who examined as the store records it (an import's: its file's), never by whoever imported it,
                    // and by whoever changed it since as the audit names them (ADR 8)
                    List<Encounters.AuditEntry> audit = store.audit(id);
                    String examiner = Attribution.of(e, audit);
                    // an import that records no visit date is listed under its import day; the note never gives that
                    // day as the visit's, nor dates the red-flag screen with it: it says the date was not recorded
                    boolean undated = e.undated();
                    context = new NoteContext(e.patientLabel(), undated ? Encounters.today(clock).toString() : e.date(),
                            examiner, e.knowledgeVersion(), actions, previous, Attribution.moves(e.patientLabel(), audit), undated,
                            carried(store, e, last, audit));
                }
            } else {
                exam = new ExamReader(knowledge).read(Commands.readInput(stdin, source));
                // who signs is what the file records, never the computer's login
                String clinician = exam.record().clinician() == null ? "" : exam.record().clinician();
                // the label the file records, as the window shows it; none is "(no label)", never the file's name
                String label = exam.record().label();
                // dated with the visit the file records; a file that records none is undated, as report ID words an undated
                // import: "Visit date not recorded (note made …)", and the red-flag screen is given no date
                LocalDate recorded = exam.record().date();
                boolean undated = recorded == null;
                context = new NoteContext(label, (undated ? Encounters.today(clock) : recorded).toString(), clinician,
                        knowledge.version(), List.of(), null, List.of(), undated);
            }
            new ConsultationNote(knowledge).write(exam, new Engine(knowledge).assess(exam, previous), context, out, keep, overwrite);
            return Commands.OK;
        } catch (ExamFormatException e) {
            return bad(source + ": " + e.getMessage());
        } catch (StoreException e) {
            return bad(OpenStore.failed("report", e));
        } catch (UnsafeTargetException e) {
            return bad(e.getMessage());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return bad(exists(out)); // made there while the note was being written
        } catch (IOException e) {
            return bad("the note could not be written to " + out + ": " + e.getMessage());
        }
    }

    /**
     * A follow-up's findings carried over from {@code last} and not examined again, as the window marks them: those the
     * store's audit names no entry or confirmation for at this encounter; none for a first visit.
     */
    private static CarriedFindings carried(Encounters store, Encounters.Encounter e, Encounters.Encounter last,
                                           List<Encounters.AuditEntry> audit) {
        if (last == null) {
            return CarriedFindings.NONE;
        }
        java.util.Set<String> examined = new java.util.HashSet<>();
        audit.forEach(entry -> examined.add(entry.finding()));
        return new CarriedFindings(CarriedFindings.idsOf(last.exam(), e.exam(), examined), FindingOrigins.of(store, last));
    }

    private static String exists(Path out) {
        return out + ": a file with this name already exists and was left as it is; add --overwrite to replace it, "
                + "or choose another name (nothing was written)";
    }

    private int bad(String message) {
        stderr.println(Terminal.line(message));
        return Commands.BAD_INPUT;
    }
}
