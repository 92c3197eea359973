package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.exampath.domain.Exam;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;

/**
 * An encounter's own entries, beside its findings, as a client last saw them stored: the side, the age and sex this
 * visit records, and the clinician's assessment and plan. A save sends them with its own, so the server writes only
 * the entries this client changed and names one a colleague changed meanwhile as a conflict (clinic migration 010).
 */
record ClinicEntries(String side, Integer age, String sex, String assessment, String plan) {
    /** Prefix of an entry's name in a save's conflicts ({@code encounter.plan}), which no finding's id has. */
    static final String PREFIX = org.exampath.store.SaveConflict.ENTRY;

    /** The entries' names, in the order of {@link #texts()}. */
    static final java.util.List<String> NAMES = java.util.List.of("side", "age", "sex", "assessment", "plan");

    /** The entries as text, in the order of {@link #NAMES}. */
    String[] texts() {
        return new String[] {side, age == null ? null : age.toString(), sex, assessment, plan};
    }

    /** The entries from their text, in the order of {@link #NAMES}. */
    static ClinicEntries ofTexts(String[] t) {
        return new ClinicEntries(t[0], t[1] == null ? null : Integer.valueOf(t[1]), t[2], t[3], t[4]);
    }

    static ClinicEntries of(Exam exam) {
        return new ClinicEntries(exam.side() == null ? null : exam.side().id(), exam.patient().age(),
                exam.patient().sex() == null ? null : exam.patient().sex().id(), exam.record().assessment(), exam.record().plan());
    }

    /** The entries as stored now (row-level security limits the look-up to the caller's clinic), or null for none. */
    static ClinicEntries read(Connection c, long encounter) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT side, age, sex, assessment, plan FROM exampath.encounter WHERE id = ?")) {
            p.setLong(1, encounter);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new ClinicEntries(r.getString(1), (Integer) r.getObject(2), r.getString(3), r.getString(4),
                        r.getString(5)) : null;
            }
        }
    }

    /**
     * What this client knows stored after a save of {@code mine} over this: an entry it changed is stored unless it was
     * {@code refused} (a colleague's value stands, and this client has not seen it); one it did not change stays as
     * it saw it, since that is what its screen was built from.
     */
    ClinicEntries after(ClinicEntries mine, java.util.Set<String> refused) {
        return new ClinicEntries(pick("side", side, mine.side, refused), pick("age", age, mine.age, refused),
                pick("sex", sex, mine.sex, refused), pick("assessment", assessment, mine.assessment, refused),
                pick("plan", plan, mine.plan, refused));
    }

    private static <T> T pick(String entry, T seen, T mine, java.util.Set<String> refused) {
        return refused.contains(PREFIX + entry) ? seen : mine;
    }

    /**
     * The age and sex a save of {@code mine} leaves the encounter with, by the server's rule for its entries
     * ({@code exampath.entry_kept}, clinic migration 010): the client's own where it adopts the encounter or the stored
     * value ({@code stored}, null: no row) is still the one it saw ({@code seen}, null: none seen), else the stored one.
     * The patient's details are corrected to these only, so an age or sex the encounter refuses is never written to its
     * patient in the name of a client that has not seen the colleague's.
     */
    static Patient kept(ClinicEntries seen, ClinicEntries stored, Patient mine, boolean adopt) {
        if (adopt || stored == null) {
            return mine;
        }
        Integer age = java.util.Objects.equals(seen == null ? null : seen.age, stored.age) ? mine.age() : stored.age;
        String sex = java.util.Objects.equals(seen == null ? null : seen.sex, stored.sex)
                ? mine.sex() == null ? null : mine.sex().id() : stored.sex;
        return new Patient(age, Sex.fromId(sex));
    }
}
