package org.exampath.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.ListedSummary;
import org.exampath.store.SaveConflict;
import org.exampath.store.ValueCodec;

/** One save of an open encounter in the SQLite store, inside the writer's transaction (see {@link EncounterStore#save}). */
final class EncounterSave {
    private EncounterSave() {
    }

    /**
     * What a save did: findings changed, the patient's label after it, findings a colleague changed that were kept as
     * theirs, and the assessment or plan a colleague changed that was kept as theirs ({@code texts}).
     */
    record Saved(int changed, String label, List<SaveConflict.Clash> conflicts, List<SaveConflict.Clash> texts) {
    }

    /**
     * One save, weighed against {@code base} (what the saving window last read or stored, null: the stored exam):
     * only what the window changed since is written (ADR 4), so a stale window never clears nor overwrites, in its
     * clinician's name, what a colleague entered meanwhile; a finding both changed keeps the colleague's value and
     * comes back as a conflict, and so does an assessment or plan both changed (the colleague's text stays, as in the clinic
     * store). A move to another patient or side, and a change of the assessment or plan, is audited. The list's summary
     * is the one of the exam as stored after that merge, by {@code summariser} (null: none is worked out).
     */
    static Saved run(Connection c, long encounterId, String patientLabel, Exam exam, SaveBases.Seen base, String clinician,
                     ListedSummary.Summariser summariser, String now) throws SQLException {
        Map<String, FindingValue> stored = EncounterStore.findings(c, encounterId);
        StoredEncounter was = StoredEncounter.read(c, encounterId, stored);
        Exam before = base == null ? was.exam() : base.exam();
        SaveBases.Merged merged = SaveBases.findings(before.findings(), exam.findings(), stored);
        int changed = FindingWrites.write(c, encounterId, stored, merged.findings(), clinician, now);
        // the encounter's own entries: one a colleague changed since this window's base is theirs, never written over
        List<SaveConflict.Clash> texts = new ArrayList<>();
        Side side = entry(c, encounterId, SaveBases.SIDE, List.of("encounter.side"), before.side(), exam.side(), was.exam().side(),
                Side::id, texts);
        // who set a refused age or sex: the encounter's own rows (store version 12), else, for a change from before them,
        // the patient's
        Integer age = entry(c, encounterId, SaveBases.AGE, List.of("encounter.age", "patient.birth_year"), before.patient().age(),
                exam.patient().age(), was.exam().patient().age(), String::valueOf, texts);
        Sex sex = entry(c, encounterId, SaveBases.SEX, List.of("encounter.sex", "patient.sex"), before.patient().sex(),
                exam.patient().sex(), was.exam().patient().sex(), Sex::id, texts);
        Patient patient = new Patient(age, sex);
        String assessment = text(c, encounterId, SaveBases.ASSESSMENT, before.record().assessment(), exam.record().assessment(),
                was.exam().record().assessment(), texts);
        String plan = text(c, encounterId, SaveBases.PLAN, before.record().plan(), exam.record().plan(), was.exam().record().plan(),
                texts);
        boolean relabelled = patientLabel != null && !patientLabel.isBlank()
                && (base == null || !Patients.clean(patientLabel).equals(Patients.nfc(base.label())));
        LocalDate visit = LocalDate.parse(was.date());
        long patientId = relabelled ? patientOf(c, was, patientLabel, patient, EncounterStore.birthYear(age, visit)) : was.patientId();
        // an age this save did not change states no birth year: the patient's stays as it is (finding 2 of the review)
        Integer stated = java.util.Objects.equals(age, was.exam().patient().age()) ? null : EncounterStore.birthYear(age, visit);
        Patients.update(c, patientId, encounterId, patient, stated, clinician, now);
        Long previousId = was.previousId();
        if (patientId != was.patientId()) {
            // a follow-up moved to another patient no longer names the other patient's visit as its last one
            previousId = previousId != null && patientOf(c, previousId) == patientId ? previousId : null;
            audit(c, encounterId, now, clinician, "encounter.patient", was.label(), Patients.labelOf(c, patientId));
        }
        audit(c, encounterId, now, clinician, "encounter.side", was.exam().side() == null ? null : was.exam().side().id(),
                side == null ? null : side.id());
        // the encounter's own age and sex, inputs to the red-flag rules, whether or not the patient's details move with them
        // (PatientDetails keeps the birth year for a year's correction, and the patient's sex when one visit's is cleared)
        Patients.audit(c, encounterId, now, clinician, "encounter.age", count(was.exam().patient().age()), count(age));
        audit(c, encounterId, now, clinician, "encounter.sex", was.exam().patient().sex() == null ? null
                : was.exam().patient().sex().id(), sex == null ? null : sex.id());
        // the clinician's own words are audited as findings are (store version 9 refuses a change of them left unaudited)
        Patients.audit(c, encounterId, now, clinician, "encounter.assessment",
                ValueCodec.encodeText(was.exam().record().assessment()), ValueCodec.encodeText(assessment));
        Patients.audit(c, encounterId, now, clinician, "encounter.plan", ValueCodec.encodeText(was.exam().record().plan()),
                ValueCodec.encodeText(plan));
        Exam kept = new Exam(patient, side, merged.findings(), ExamRecord.NONE.withAssessment(assessment).withPlan(plan));
        ListedSummary summary = summary(c, summariser, kept, previousId);
        try (PreparedStatement p = c.prepareStatement("UPDATE encounter SET patient_id = ?, side = ?, age = ?, leading = ?, "
                + "leading_probability = ?, updated_at = ?, assessment = ?, plan = ?, flags = ?, sex = ?, "
                + "previous_id = ?, summary_knowledge = ? WHERE id = ?")) {
            p.setLong(1, patientId);
            p.setString(2, side == null ? null : side.id());
            Patients.setInt(p, 3, age);
            p.setString(4, summary.leading());
            p.setObject(5, summary.leadingProbability(), Types.REAL);
            p.setString(6, now);
            p.setString(7, assessment);
            p.setString(8, plan);
            p.setString(9, summary.flags());
            p.setString(10, sex == null ? null : sex.id());
            p.setObject(11, previousId, Types.INTEGER);
            p.setString(12, summariser == null ? null : summariser.knowledgeVersion());
            p.setLong(13, encounterId);
            p.executeUpdate();
        }
        List<SaveConflict.Clash> conflicts = new ArrayList<>();
        for (String finding : merged.conflicts()) {
            conflicts.add(FlagActions.conflict(c, encounterId, finding, ValueCodec.encode(exam.findings().get(finding)),
                    ValueCodec.encode(stored.get(finding))));
        }
        return new Saved(changed, Patients.labelOf(c, patientId), conflicts, texts);
    }

    /**
     * The list's summary of the exam {@code kept} (what this save leaves stored): worked out by {@code summariser} with the
     * visit it follows up as stored ({@code previousId}, null for none), else none (ADR 4: the list never names the flags
     * of an exam that is not stored, and the window sends none).
     */
    private static ListedSummary summary(Connection c, ListedSummary.Summariser summariser, Exam kept, Long previousId)
            throws SQLException {
        if (summariser == null) {
            return ListedSummary.NOT_WORKED_OUT;
        }
        Exam lastVisit = previousId == null ? null : StoredEncounter.read(c, previousId, EncounterStore.findings(c, previousId)).exam();
        return summariser.of(kept, lastVisit);
    }

    /**
     * The assessment or plan ({@code entry}) to store, by {@link SaveBases#text}; a text refused is added to
     * {@code refused} with both texts and who set the stored one when (its last audit row).
     */
    private static String text(Connection c, long encounterId, String entry, String base, String sent, String stored,
                               List<SaveConflict.Clash> refused) throws SQLException {
        SaveBases.Entry<String> text = SaveBases.text(base, sent, stored);
        if (text.refused()) {
            refused.add(FlagActions.conflict(c, encounterId, entry, sent, stored));
        }
        return text.kept();
    }

    /**
     * The side, age or sex ({@code entry}) to store, by {@link SaveBases#header}; one refused is added to {@code refused}
     * with both values as text and who set the stored one when (the last audit row of any of {@code audited}).
     */
    private static <T> T entry(Connection c, long encounterId, String entry, List<String> audited, T base, T sent, T stored,
                               java.util.function.Function<T, String> text, List<SaveConflict.Clash> refused) throws SQLException {
        SaveBases.Entry<T> header = SaveBases.header(base, sent, stored);
        if (header.refused()) {
            refused.add(FlagActions.conflict(c, encounterId, entry, audited, sent == null ? null : text.apply(sent),
                    stored == null ? null : text.apply(stored)));
        }
        return header.kept();
    }

    /** An age as the audit keeps it (a count), null for none. */
    private static String count(Integer years) {
        return years == null ? null : ValueCodec.encode(new FindingValue.Count(years));
    }

    /** One audit row for a change of the encounter itself (its patient, its side, its sex), none when nothing changed. */
    private static void audit(Connection c, long encounterId, String at, String clinician, String field, String old, String now)
            throws SQLException {
        if (java.util.Objects.equals(old, now)) {
            return;
        }
        Patients.audit(c, encounterId, at, clinician, field, old == null ? null : ValueCodec.encode(new FindingValue.Choice(old)),
                now == null ? null : ValueCodec.encode(new FindingValue.Choice(now)));
    }

    /** The patient the new label names (made if new), checked against the details this save leaves. */
    private static long patientOf(Connection c, StoredEncounter was, String label, Patient patient, Integer birthYear)
            throws SQLException {
        if (Patients.clean(label).equals(Patients.nfc(was.label()))) {
            return was.patientId();
        }
        return Patients.forNew(c, label, patient, birthYear);
    }

    private static long patientOf(Connection c, long encounterId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT patient_id FROM encounter WHERE id = ?")) {
            p.setLong(1, encounterId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }
}
