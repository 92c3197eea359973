package org.exampath.ui.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.exampath.exchange.AtomicFile;
import org.exampath.store.Encounters;

/**
 * A local copy of each red-flag action on its way to the store, in the recovery folder beside the exam
 * copies ({@code action-SESSION-KEY.properties}), written before the action is sent and removed once it
 * is stored. It names the encounter as the store named it (store, id, date, clinician), the action as the
 * clinician entered it (flag, text, time, who, and the urgency the flag stood at, which a copy written before the
 * stores kept it lacks) and the key every try of it is sent with, so sending a
 * copy left by a crashed session again stores it once even if the first try committed and its answer
 * was lost. A file that is not well formed is never used (it is never guessed at).
 */
public final class ActionCopies {
    private static final String PREFIX = "action-";
    private static final String SUFFIX = ".properties";
    private static final String FORMAT = "exampath-red-flag-action/1";
    private static final String WAITING_FORMAT = "exampath-red-flag-actions-waiting/1";
    private static final int WAITING_MAX = 100;
    private final Path dir;
    private final String session;
    /** This session's copy of the exam shown as generation {@code g} ({@link RecoveryFiles#file}). */
    private final java.util.function.LongFunction<Path> examCopies;

    /** One action kept on disk: the encounter it was recorded for, the action, its key and the file. */
    public record Copy(RecoveryFiles.Kept encounter, Encounters.Acknowledgement action, String key, Path file) {
    }

    /**
     * An action recorded for a new exam whose encounter is not made yet (its create failing): kept beside the exam's
     * own copy, not on its own, since there is no encounter to name ({@link #keepWaiting}).
     */
    public record Waiting(Encounters.Acknowledgement action, String key) {
    }

    ActionCopies(Path dir, String session, java.util.function.LongFunction<Path> examCopies) {
        this.dir = dir;
        this.session = session;
        this.examCopies = examCopies;
    }

    /**
     * Keeps {@code waiting}, every action recorded for the new exam of generation {@code generation} while its
     * encounter is not made, beside that exam's copy ({@link RecoveryFiles#actionsOf}), replacing what was there; with
     * none, the file goes. False when they could not be written, or when the exam has no copy on disk (they then
     * live in memory only, as the exam does).
     */
    boolean keepWaiting(long generation, List<Waiting> waiting) {
        Path copy = examCopies.apply(generation);
        Path file = RecoveryFiles.actionsOf(copy);
        try {
            if (waiting.isEmpty()) {
                Files.deleteIfExists(file);
                return true;
            }
            if (!Files.isRegularFile(copy) || waiting.size() > WAITING_MAX) {
                return false;
            }
            Properties p = new Properties();
            p.setProperty("format", WAITING_FORMAT);
            p.setProperty("count", Integer.toString(waiting.size()));
            for (int i = 0; i < waiting.size(); i++) {
                p.setProperty(i + ".key", waiting.get(i).key());
                putAction(p, i + ".", waiting.get(i).action());
            }
            write(file, p);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The actions kept beside a new exam's copy ({@link #keepWaiting}), in the order recorded; empty when there is no
     * such file, and when it is not well formed (it is never guessed at).
     */
    public static List<Waiting> waitingBeside(Path copy) {
        Path file = RecoveryFiles.actionsOf(copy);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 16_384L * WAITING_MAX) {
                return List.of();
            }
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            String count = p.getProperty("count", "");
            if (!WAITING_FORMAT.equals(p.getProperty("format")) || !count.matches("[1-9][0-9]{0,2}")
                    || Integer.parseInt(count) > WAITING_MAX) {
                return List.of();
            }
            int n = Integer.parseInt(count);
            Set<String> names = new java.util.HashSet<>(Set.of("format", "count"));
            List<Waiting> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (String field : List.of("key", "flag", "action", "at", "by")) {
                    names.add(i + "." + field);
                }
                if (p.getProperty(i + ".urgency") != null) {
                    names.add(i + ".urgency"); // kept since store version 11; a copy written before has none
                }
                String key = p.getProperty(i + ".key", "");
                if (!UUID.fromString(key).toString().equals(key)) {
                    return List.of();
                }
                out.add(new Waiting(actionIn(p, i + "."), key));
            }
            return p.stringPropertyNames().equals(names) ? List.copyOf(out) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Keeps the action before it is sent; false when it could not be written (it then lives in memory only). */
    boolean keep(String key, RecoveryFiles.Kept encounter, Encounters.Acknowledgement action) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("key", key);
        p.setProperty("encounter", Long.toString(encounter.id()));
        p.setProperty("encounter.date", encounter.date());
        p.setProperty("encounter.clinician", encounter.clinician());
        p.setProperty("encounter.store", encounter.store());
        putAction(p, "", action);
        try {
            AtomicFile.privateFolder(dir);
            write(fileFor(key), p);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The action of this session sent with {@code key} is stored: its copy goes. */
    void done(String key) {
        remove(fileFor(key));
    }

    /** A copy left by an earlier session is stored: it goes. Only a copy in this folder is ever removed. */
    void done(Copy copy) {
        Path f = copy.file();
        if (f.getParent() != null && f.toAbsolutePath().normalize().getParent().equals(dir.toAbsolutePath().normalize())
                && f.getFileName().toString().startsWith(PREFIX)) {
            remove(f);
        }
    }

    private static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // sent again at the next opening, under the same key, so stored once all the same
        }
    }

    /** Well-formed action copies left by earlier sessions, oldest action first (then by key). */
    public List<Copy> leftovers() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Copy> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && !name.startsWith(PREFIX + session + "-")) {
                    read(f).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(java.util.Comparator.comparing((Copy c) -> c.action().at()).thenComparing(Copy::key));
        return out;
    }

    /** The leftover copies of encounter {@code e} of {@code store} (the same store, id, date and clinician). */
    List<Copy> leftoversFor(Encounters store, Encounters.Encounter e) {
        return leftovers().stream().filter(c -> c.encounter().is(store, e)).toList();
    }

    /** One copy, or empty when it is not a well-formed action copy. */
    static Optional<Copy> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 16_384) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            Set<String> names = Set.of("format", "key", "encounter", "encounter.date", "encounter.clinician", "encounter.store",
                    "flag", "action", "at", "by");
            Set<String> withUrgency = new java.util.HashSet<>(names);
            withUrgency.add("urgency");
            if (!(p.stringPropertyNames().equals(names) || p.stringPropertyNames().equals(withUrgency))
                    || !FORMAT.equals(p.getProperty("format"))) {
                return Optional.empty();
            }
            String key = p.getProperty("key");
            String id = p.getProperty("encounter");
            if (!UUID.fromString(key).toString().equals(key) || !id.matches("[1-9][0-9]{0,17}")
                    || !file.getFileName().toString().endsWith("-" + key + SUFFIX)) {
                return Optional.empty();
            }
            return Optional.of(new Copy(new RecoveryFiles.Kept(Long.parseLong(id), p.getProperty("encounter.date"),
                    p.getProperty("encounter.clinician"), p.getProperty("encounter.store")),
                    actionIn(p, ""), key, file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** An action's fields under {@code prefix} ("" for a single action's copy, "3." for the fourth one waiting). */
    private static void putAction(Properties p, String prefix, Encounters.Acknowledgement a) {
        p.setProperty(prefix + "flag", a.flag());
        p.setProperty(prefix + "action", a.action());
        p.setProperty(prefix + "at", a.at());
        p.setProperty(prefix + "by", a.clinician());
        if (a.urgency() != null) {
            p.setProperty(prefix + "urgency", a.urgency());
        }
    }

    /** The action under {@code prefix}; an IllegalArgumentException when a field is missing or not as written. */
    private static Encounters.Acknowledgement actionIn(Properties p, String prefix) {
        String flag = p.getProperty(prefix + "flag", "");
        String action = p.getProperty(prefix + "action", "");
        String at = p.getProperty(prefix + "at", "");
        String by = p.getProperty(prefix + "by", "");
        if (flag.isBlank() || action.isBlank() || !action.strip().equals(action) || !by.strip().equals(by)) {
            throw new IllegalArgumentException("not a well-formed action");
        }
        java.time.Instant.parse(at);
        String urgency = p.getProperty(prefix + "urgency");
        if (urgency != null && !Encounters.ACTION_URGENCIES.contains(urgency)) {
            throw new IllegalArgumentException("not a well-formed action");
        }
        return new Encounters.Acknowledgement(flag, action, at, by, urgency);
    }

    private static void write(Path file, Properties p) throws IOException {
        StringWriter text = new StringWriter();
        p.store(text, null);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, List.of(), out -> out.write(bytes));
    }

    private Path fileFor(String key) {
        return dir.resolve(PREFIX + session + "-" + key + SUFFIX);
    }
}
