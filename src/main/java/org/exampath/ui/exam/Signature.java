package org.exampath.ui.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.exampath.domain.Exam;
import org.exampath.store.Attribution;

/**
 * Who a note of the exam shown names as its clinician. An exam that came into the window already examined by
 * someone (opened from an exam file, or a stored encounter another clinician made, opened from the list or
 * resumed) is signed by that examiner as it came in (or by no one, when none is named), not by whoever shows
 * it: the window's user is named only for the changes they made since, so nothing is signed in a name that
 * did not enter it. Any other exam (a new one, a follow-up started here, an encounter of the window user's own)
 * is signed as Settings says.
 */
final class Signature {
    private Signature() {
    }

    /**
     * The exam as it came into the window, with who examined it: {@code exam}'s record names the examiner (or
     * no one), and {@code unnamed} says where that name is missing when changes are signed; {@code others}, who
     * else the store's audit says changed it before it came in (a colleague); {@code userBefore}, the window user
     * did too (in a session before a restart, say); {@code own}, the encounter is the window user's own (signed
     * with the name and clinic from Settings).
     */
    record Baseline(Exam exam, String unnamed, List<String> others, boolean userBefore, boolean own) {
        Baseline {
            others = List.copyOf(others);
        }

        /** An exam as read from its exam file. */
        static Baseline file(Exam fromFile) {
            return fromFile == null ? null : new Baseline(fromFile, "not named in the exam file", List.of(), false, false);
        }

        /**
         * An exam made in this window (a new exam, a follow-up started here), the window user's own, that others the
         * store's audit names changed since ({@code others}, a colleague whose value a refused save left in it; the
         * window's own name, {@code sessionClinician}, left out); null, signing as today, when there is no one else.
         */
        static Baseline own(Exam shown, List<String> others, String sessionClinician) {
            List<String> by = others.stream().filter(o -> !o.equals(sessionClinician)).toList();
            return shown == null || by.isEmpty() ? null : new Baseline(shown, Attribution.NO_EXAMINER, by, false, true);
        }

        /**
         * This baseline with {@code more} also named as having changed the exam before (as the store's audit says, read
         * again after a colleague's change was kept), but for {@code sessionClinician}, the name this window's saves
         * carry (the window user, named for what differs), and the examiner.
         */
        Baseline alsoChangedBy(List<String> more, String sessionClinician) {
            List<String> by = new ArrayList<>(others);
            more.stream().filter(m -> !m.equals(sessionClinician) && !m.equals(exam.record().clinician()) && !by.contains(m))
                    .forEach(by::add);
            return new Baseline(exam, unnamed, by, userBefore, own);
        }

        /**
         * A stored encounter's exam as loaded, {@code examiner} who examined as the store records it (null or blank
         * when it does not know), {@code others} who else changed it as the store's audit says; null, signing as
         * today, when that examiner is {@code sessionClinician}, the name this window's saves carry, and no one else
         * changed it: the encounter is the window user's own.
         */
        static Baseline stored(Exam loaded, String examiner, String sessionClinician, List<String> others) {
            boolean named = examiner != null && !examiner.isBlank();
            boolean own = named && examiner.equals(sessionClinician);
            if (loaded == null || own && others.isEmpty()) {
                return null;
            }
            return new Baseline(loaded.withRecord(loaded.record().withClinician(named ? examiner : null)),
                    Attribution.NO_EXAMINER, others.stream().filter(o -> !o.equals(sessionClinician)).toList(),
                    !own && others.contains(sessionClinician), own);
        }
    }

    /**
     * {@code baseline}: the exam as it came in (null when the window user's own); {@code now}: the exam shown;
     * {@code windowUser}: the name and clinic from Settings (empty when not set).
     */
    static String of(Baseline baseline, Exam now, String windowUser) {
        if (baseline == null) {
            return windowUser;
        }
        return Attribution.signature(examiner(baseline, windowUser), changedBy(baseline, now, windowUser), baseline.unnamed());
    }

    private static String examiner(Baseline baseline, String windowUser) {
        return baseline.own() ? windowUser : baseline.exam().record().clinician();
    }

    /** Who besides the examiner changed the exam: the baseline's others, and the window user if they did. */
    private static List<String> changedBy(Baseline baseline, Exam now, String windowUser) {
        List<String> by = new ArrayList<>(baseline.others());
        if (baseline.userBefore() || !baseline.own() && !sameEntries(baseline.exam(), now)) {
            String changer = windowUser == null || windowUser.isBlank() ? Attribution.UNNAMED : windowUser;
            if (!by.contains(changer)) {
                by.add(changer);
            }
        }
        return by;
    }

    /**
     * The exam to write to a file, naming who examined as the note does (exam/1 has one clinician, "who
     * examined"): unchanged, the examiner it came in with; changed (here or, as the store's audit says, before it
     * came in), the examiner and whoever changed it, so the file never puts anyone's entries in another
     * clinician's name; past exam/1's 200 characters the list of those who changed it is shortened, never the
     * examiner dropped ({@link Attribution#inFile(String, List, String)}). The window user's own exam is written as
     * it stands.
     */
    static Exam inFile(Baseline baseline, Exam now, String windowUser) {
        if (baseline == null) {
            return now;
        }
        String signed = Attribution.inFile(examiner(baseline, windowUser), changedBy(baseline, now, windowUser), baseline.unnamed());
        return now.withRecord(now.record().withClinician(signed));
    }

    /** Whether nothing anyone enters differs: findings, side, patient, assessment and plan (blank as none). */
    private static boolean sameEntries(Exam a, Exam b) {
        return a.findings().equals(b.findings()) && a.side() == b.side() && a.patient().equals(b.patient())
                && Objects.equals(text(a.record().assessment()), text(b.record().assessment()))
                && Objects.equals(text(a.record().plan()), text(b.record().plan()));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
