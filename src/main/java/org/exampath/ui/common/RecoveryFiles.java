package org.exampath.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.exampath.domain.Exam;
import org.exampath.exchange.AtomicFile;
import org.exampath.exchange.ExamWriter;
import org.exampath.store.Encounters;

/**
 * A local copy of every change the store could not take yet (a clinic server out of reach, a full
 * disk): one exam/1 file per unsaved snapshot in a private folder, removed once the change is stored.
 * Files left by an earlier session are reported at start, to be opened like any exam file.
 *
 * <p>A copy of an exam whose encounter the app never heard back about (its create failed, or committed
 * with its answer lost), or made by this session but never named (its create answered, then the store stopped
 * answering before the encounter's date and clinician could be read back) has its create key beside it, in a hidden file {@code .unsaved-….json.create-key}:
 * the copy itself stays a plain exam/1 file, and opening it sends the same key again, so a create that
 * did commit before the crash or outage is not made twice. A copy without that file (an older one, or
 * one whose encounter was known) opens as a new exam with a new key, as before. Such a copy of a new
 * exam also names the store it was being saved to ({@link Encounters#identity}) in a second hidden file,
 * {@code .unsaved-….json.store}, one line (a separate file, so the create-key file reads as before in
 * every version); a copy without it (written by an older version) is offered in whatever store is open.
 *
 * <p>A copy of an exam whose encounter was known (created and acknowledged, or opened from the store,
 * then a later save failed) has that encounter named in the same hidden file instead, as four lines
 * {@code encounter ID}, {@code date DATE}, {@code clinician NAME} (the date and clinician the store
 * gave it, read when it was made or opened) and {@code store IDENTITY} ({@link Encounters#identity}):
 * opening the copy saves it into that encounter when the store open is that store and holds one with
 * that id, date and clinician, and as a new exam otherwise (so does an older copy naming no store). A
 * fifth line, {@code by NAME}, names who entered the copy's changes: the clinician of the session that
 * made them (empty when no name was set), who may not be the encounter's clinician; only they restore it.
 *
 * <p>A new exam's copy also keeps beside it, in {@code .unsaved-….json.actions}, the red-flag actions recorded
 * for it while its encounter could not be made, or was made here but not named yet ({@link ActionCopies#keepWaiting}):
 * opening the copy records them again, with their keys, times and who recorded them, and they are stored with the
 * encounter it makes or, by its create key, finds.
 *
 * <p>A copy kept with a create key for an encounter this session made and stored into (its name never read back) also
 * keeps that encounter's exam as last stored, in {@code .unsaved-….json.stored-as}: opening the copy finds the encounter
 * by its key and applies only what the copy changed from it, as a copy kept for a named encounter does with its base, so
 * a copy older than the store (kept for a red-flag action beside it while the saves went through) undoes nothing stored
 * after it.
 */
public final class RecoveryFiles {
    private final Path dir;
    private final String session = Long.toString(ProcessHandle.current().pid()) + "-" + System.currentTimeMillis();
    private final ActionCopies actions;

    public RecoveryFiles(Path dir) {
        this.dir = dir;
        this.actions = new ActionCopies(dir, session, this::file);
    }

    /** The copies of red-flag actions not stored yet, kept in the same folder (see {@link ActionCopies}). */
    public ActionCopies actions() {
        return actions;
    }

    public Path folder() {
        return dir;
    }

    /**
     * Keeps the snapshot of one unsaved change, with its label; a newer one of the same exam replaces it.
     * {@code createKey} is the key its create was sent with while no encounter is named for it, else null.
     * True when the copy is on disk; false when it could not be written (a full disk, a folder that cannot be made).
     */
    boolean keep(long generation, Exam exam, String label, String createKey) {
        return keep(generation, exam, label, createKey, null, null, null, null);
    }

    /**
     * As {@link #keep(long, Exam, String, String)}; {@code encounter} is the encounter the change belongs to
     * when one is known (then {@code createKey} is null), else null; {@code base} is that encounter's exam as
     * this session last knew it stored (null when not known), kept beside the copy so that opening it
     * applies only the changes made since and can tell them from changes others made meanwhile (for a new
     * exam, the exam file it was opened from, whose findings are not the maker's: ADR 8; else null);
     * {@code store} is the identity of the store the change was being saved to, written beside a copy kept
     * without an encounter (null writes none; a copy kept for an encounter names its store with it), with
     * {@code clinician}, who entered the change (this session's clinician, empty when no name is set), when not
     * null; an encounter's copy names them beside the encounter (whose own clinician may be someone else).
     */
    boolean keep(long generation, Exam exam, String label, String createKey, Kept encounter, Exam base, String store,
                 String clinician) {
        return keep(generation, exam, label, createKey, encounter, base, store, clinician, null);
    }

    /**
     * As {@link #keep(long, Exam, String, String, Kept, Exam, String, String)}; {@code storedAs}, for a copy kept with a
     * create key of an encounter this session made and stored into (not named), is that encounter's exam as this session
     * last knew it stored, written beside the copy ({@link #storedAsOf}) so that opening it applies only the changes made
     * since and never puts back a value stored after it (null writes none). True when the copy is on disk.
     */
    boolean keep(long generation, Exam exam, String label, String createKey, Kept encounter, Exam base, String store,
              String clinician, Exam storedAs) {
        try {
            AtomicFile.privateFolder(dir);
            Exam withLabel = label == null || label.isBlank() ? exam : exam.withRecord(exam.record().withLabel(label));
            byte[] json = new ExamWriter().write(withLabel);
            Path key = keyOf(file(generation));
            // an encounter's copy names who entered its changes (this session's clinician) after the encounter, whose
            // own clinician may be someone else (a colleague's encounter, an imported exam): only the maker restores it
            String side = createKey != null ? createKey
                    : encounter != null ? encounter.text() + (clinician != null ? "by " + clinician + "\n" : "") : null;
            Path baseFile = baseOf(file(generation));
            if (base != null) {
                byte[] baseJson = new ExamWriter().write(base);
                AtomicFile.write(baseFile, List.of(), out -> out.write(baseJson));
            } else {
                Files.deleteIfExists(baseFile);
            }
            Path storeFile = storeOf(file(generation));
            String madeIn = encounter == null && store != null && storeNamed(store)
                    ? store + "\n" + (clinician != null && nameKept(clinician) ? "clinician " + clinician + "\n" : "") : null;
            if (side != null) {
                // the side files first: a copy that needs one is never on disk without it
                AtomicFile.write(key, List.of(), out -> out.write(side.getBytes(StandardCharsets.UTF_8)));
            }
            if (madeIn != null) {
                AtomicFile.write(storeFile, List.of(), out -> out.write(madeIn.getBytes(StandardCharsets.UTF_8)));
            }
            AtomicFile.write(file(generation), List.of(), out -> out.write(json));
            // after the copy, never before: a crash between the two leaves this copy with the exam stored before the last
            // (its extra changes over that were stored too, so applying them puts back nothing newer), never an older copy
            // with a newer base, whose difference from it would undo what was stored in between
            Path storedAsFile = storedAsOf(file(generation));
            if (storedAs != null && createKey != null) {
                byte[] storedJson = new ExamWriter().write(storedAs);
                AtomicFile.write(storedAsFile, List.of(), out -> out.write(storedJson));
            } else {
                Files.deleteIfExists(storedAsFile);
            }
            if (side == null) {
                Files.deleteIfExists(key);
            }
            if (madeIn == null) {
                Files.deleteIfExists(storeFile);
            }
            return true;
        } catch (IOException e) {
            // the change is still on screen and in the retry queue; the caller says that no copy is on disk
            return false;
        }
    }

    /** The change is stored: its local copy goes. */
    void done(long generation) {
        try {
            Files.deleteIfExists(file(generation));
            Files.deleteIfExists(keyOf(file(generation)));
            Files.deleteIfExists(baseOf(file(generation)));
            Files.deleteIfExists(storeOf(file(generation)));
            Files.deleteIfExists(storedAsOf(file(generation)));
            Files.deleteIfExists(actionsOf(file(generation)));
        } catch (IOException e) {
            // left for the next start to report
        }
    }

    /**
     * A copy left by an earlier session has been opened and its exam stored: it goes, with the files beside
     * it, so it is not reported again nor opened a second time. Only a copy in this folder is ever removed.
     */
    void discard(Path copy) {
        if (!holds(copy)) {
            return;
        }
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(keyOf(copy));
            Files.deleteIfExists(baseOf(copy));
            Files.deleteIfExists(storeOf(copy));
            Files.deleteIfExists(storedAsOf(copy));
            Files.deleteIfExists(actionsOf(copy));
        } catch (IOException e) {
            // reported again at the next start; opening it again changes nothing already stored
        }
    }

    /** Whether {@code copy} is an exam copy in this folder (any other file is never read as one, nor removed). */
    boolean holds(Path copy) {
        String name = copy.getFileName() == null ? "" : copy.getFileName().toString();
        return name.startsWith("unsaved-") && name.endsWith(".json") && copy.getParent() != null
                && copy.toAbsolutePath().normalize().getParent().equals(dir.toAbsolutePath().normalize());
    }

    /** Copies left by earlier sessions, which never reached the store. */
    public List<Path> leftovers() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("unsaved-")
                    && !f.getFileName().toString().startsWith("unsaved-" + session + "-")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The create key kept beside a copy in a recovery folder; empty for any other file, for a copy
     * written without one, and for a key file that is not a well-formed key (it is never guessed at).
     */
    public static Optional<String> createKeyOf(Path copy) {
        Path key = keyOf(copy);
        try {
            if (!Files.isRegularFile(key) || Files.size(key) > 64) {
                return Optional.empty();
            }
            String text = Files.readString(key, StandardCharsets.US_ASCII).strip();
            return UUID.fromString(text).toString().equals(text) ? Optional.of(text) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The encounter a copy's change belongs to, as the store named it: the store ({@link Encounters#identity}),
     * the id, and the date and clinician the store holds for it. The clinician is empty for an encounter made
     * before any name was set, never blank with spaces.
     */
    public record Kept(long id, String date, String clinician, String store) {
        public Kept {
            if (id <= 0 || date == null || clinician == null || store == null || date.isBlank() || store.isBlank()
                    || !date.strip().equals(date) || !clinician.strip().equals(clinician) || !store.strip().equals(store)
                    || (date + clinician + store).chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("not an encounter kept beside a copy");
            }
        }

        /** How {@code store} names encounter {@code e}: a copy kept for this one belongs to it. */
        public static Kept of(Encounters store, Encounters.Encounter e) {
            return new Kept(e.id(), e.date(), e.clinician(), store.identity());
        }

        /**
         * Whether this is encounter {@code e} of {@code store}: the same store, id, date and clinician. An
         * encounter of the same id, date and clinician in another store (another file, another server) is not.
         */
        public boolean is(Encounters store, Encounters.Encounter e) {
            return equals(of(store, e));
        }

        String text() {
            return "encounter " + id + "\ndate " + date + "\nclinician " + clinician + "\nstore " + store + "\n";
        }
    }

    /**
     * The encounter named beside a copy in a recovery folder; empty for any other file, for a copy kept
     * with a create key or with nothing, and for a side file that is not well formed (never guessed at).
     */
    public static Optional<Kept> encounterOf(Path copy) {
        return keptBeside(copy).map(Map.Entry::getKey);
    }

    /**
     * The encounter named beside a copy, with who entered the copy's changes: the fifth line, {@code by NAME}
     * (empty for a session with no name set); a copy of an older version has four lines and names no maker,
     * and was read as made by the encounter's clinician, as it still is.
     */
    private static Optional<Map.Entry<Kept, String>> keptBeside(Path copy) {
        Path key = keyOf(copy);
        try {
            if (!Files.isRegularFile(key) || Files.size(key) > 1024) {
                return Optional.empty();
            }
            List<String> lines = Files.readString(key, StandardCharsets.UTF_8).lines().toList();
            if (lines.size() < 4 || lines.size() > 5 || !lines.get(0).startsWith("encounter ") || !lines.get(1).startsWith("date ")
                    || !lines.get(2).startsWith("clinician ") || !lines.get(3).startsWith("store ")
                    || lines.size() == 5 && (!lines.get(4).startsWith("by ") || !nameKept(lines.get(4).substring("by ".length())))) {
                return Optional.empty();
            }
            String id = lines.get(0).substring("encounter ".length());
            if (!id.matches("[1-9][0-9]{0,17}")) {
                return Optional.empty();
            }
            Kept kept = new Kept(Long.parseLong(id), lines.get(1).substring("date ".length()),
                    lines.get(2).substring("clinician ".length()), lines.get(3).substring("store ".length()));
            return Optional.of(Map.entry(kept, lines.size() == 5 ? lines.get(4).substring("by ".length()) : kept.clinician()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What the side files beside a copy in a recovery folder say of it, read once: the encounter it was kept
     * for (null for a new exam's copy), the store ({@link Encounters#identity}) it was kept for, and who entered
     * its changes (the clinician of the session that made them, not the encounter's; empty for a session with
     * no name set). The store and clinician are null when the copy names none (an older version's copy, or any
     * other file) or its side file is not well formed (never guessed at).
     */
    public record Origin(Kept encounter, String store, String clinician) {
    }

    public static Origin originOf(Path copy) {
        Optional<Map.Entry<Kept, String>> encounter = keptBeside(copy);
        if (encounter.isPresent()) {
            Kept kept = encounter.get().getKey();
            return new Origin(kept, kept.store(), encounter.get().getValue());
        }
        List<String> lines = storeLines(copy);
        return new Origin(null, lines.isEmpty() ? null : lines.get(0),
                lines.size() == 2 ? lines.get(1).substring("clinician ".length()) : null);
    }

    /** The store a copy was kept for ({@link Origin#store}); empty when it names none. */
    public static Optional<String> keptFor(Path copy) {
        return Optional.ofNullable(originOf(copy).store());
    }

    /** Who entered the changes a copy holds ({@link Origin#clinician}); empty when it names no one. */
    public static Optional<String> madeBy(Path copy) {
        return Optional.ofNullable(originOf(copy).clinician());
    }

    /** A new exam's store side file: its store, then optionally "clinician NAME"; empty when absent or not well formed. */
    private static List<String> storeLines(Path copy) {
        Path file = storeOf(copy);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 1024) {
                return List.of();
            }
            List<String> lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
            boolean well = (lines.size() == 1 || lines.size() == 2 && lines.get(1).startsWith("clinician ")
                    && nameKept(lines.get(1).substring("clinician ".length()))) && storeNamed(lines.get(0));
            return well ? lines : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Whether a side file can hold {@code name} as who made a copy: one line, no surrounding spaces, empty allowed (no name set). */
    private static boolean nameKept(String name) {
        return name.strip().equals(name) && name.chars().noneMatch(Character::isISOControl);
    }

    /** Whether {@code store} is an identity a side file can hold: not blank, no surrounding spaces, one line. */
    private static boolean storeNamed(String store) {
        return !store.isBlank() && store.strip().equals(store) && store.chars().noneMatch(Character::isISOControl);
    }

    /**
     * The hidden exam/1 file beside a copy holding its encounter as last stored before the copy's changes
     * ({@code .unsaved-….json.base}), read by whoever opens the copy; for a new exam's copy, the exam file it was
     * opened from (its starting state, not the maker's entries); absent otherwise.
     */
    public static Path baseOf(Path copy) {
        return copy.resolveSibling("." + copy.getFileName() + ".base");
    }

    /**
     * The hidden exam/1 file beside a copy kept with a create key, for an encounter this session made and stored into
     * but could not name, holding that encounter's exam as the session last knew it stored ({@code .unsaved-….json.stored-as}):
     * the copy's changes are those it makes to it, and a value stored after it (a colleague's, say) is not the maker's
     * to undo. Absent for any other copy.
     */
    public static Path storedAsOf(Path copy) {
        return copy.resolveSibling("." + copy.getFileName() + ".stored-as");
    }

    /**
     * The hidden file beside a new exam's copy holding the red-flag actions recorded for it before its encounter
     * was made ({@code .unsaved-….json.actions}, see {@link ActionCopies#keepWaiting}); absent when there are none.
     */
    static Path actionsOf(Path copy) {
        return copy.resolveSibling("." + copy.getFileName() + ".actions");
    }

    private static Path storeOf(Path copy) {
        return copy.resolveSibling("." + copy.getFileName() + ".store");
    }

    private static Path keyOf(Path copy) {
        return copy.resolveSibling("." + copy.getFileName() + ".create-key");
    }

    Path file(long generation) {
        return dir.resolve("unsaved-" + session + "-" + generation + ".json");
    }
}
