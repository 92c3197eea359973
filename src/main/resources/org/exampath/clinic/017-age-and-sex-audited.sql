-- ExamPath clinic store, version 17: a change of an encounter's own age or sex is an audit row (review 27, finding 7).
--
-- Version 11 audits a change of the side, assessment and plan; the age and this visit's sex, inputs to the red-flag
-- rules, were audited only through the patient's details (patient.birth_year, patient.sex, version 13), which do not
-- move when an age is corrected by a year or one visit's sex is cleared (PatientDetails). Such a change was named in
-- the entry's stamp (age_by, sex_by) but in no row the note's and export's "changes by" read. Now the same trigger
-- writes encounter.age (as ValueCodec keeps a count: 'n:' and the years; NULL for none) and encounter.sex ('c:' and the
-- sex's id; NULL for none) for every change of either, clearing included, in the changer's name, as the SQLite store
-- does from its version 12. Changes made before this version left no row.
CREATE OR REPLACE FUNCTION exampath.audit_entries() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, exampath, pg_temp AS
$$
BEGIN
    INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value)
        SELECT NEW.id, x.entry, x.was, x.now
        FROM (VALUES (1, 'encounter.side', CASE WHEN OLD.side IS NULL OR OLD.side = '' THEN NULL ELSE 'c:' || OLD.side END,
                      CASE WHEN NEW.side IS NULL OR NEW.side = '' THEN NULL ELSE 'c:' || NEW.side END),
                     (2, 'encounter.age', 'n:' || OLD.age, 'n:' || NEW.age),
                     (3, 'encounter.sex', CASE WHEN OLD.sex IS NULL OR OLD.sex = '' THEN NULL ELSE 'c:' || OLD.sex END,
                      CASE WHEN NEW.sex IS NULL OR NEW.sex = '' THEN NULL ELSE 'c:' || NEW.sex END),
                     (4, 'encounter.assessment',
                      CASE WHEN OLD.assessment IS NULL OR OLD.assessment = '' THEN NULL ELSE 'c:' || OLD.assessment END,
                      CASE WHEN NEW.assessment IS NULL OR NEW.assessment = '' THEN NULL ELSE 'c:' || NEW.assessment END),
                     (5, 'encounter.plan', CASE WHEN OLD.plan IS NULL OR OLD.plan = '' THEN NULL ELSE 'c:' || OLD.plan END,
                      CASE WHEN NEW.plan IS NULL OR NEW.plan = '' THEN NULL ELSE 'c:' || NEW.plan END))
             AS x (n, entry, was, now)
        WHERE x.was IS DISTINCT FROM x.now
        ORDER BY x.n;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION exampath.audit_entries() FROM PUBLIC;
DROP TRIGGER IF EXISTS encounter_entries_audit ON exampath.encounter;
CREATE TRIGGER encounter_entries_audit AFTER UPDATE OF side, age, sex, assessment, plan ON exampath.encounter
    FOR EACH ROW WHEN (OLD.side IS DISTINCT FROM NEW.side OR OLD.age IS DISTINCT FROM NEW.age
                       OR OLD.sex IS DISTINCT FROM NEW.sex OR OLD.assessment IS DISTINCT FROM NEW.assessment
                       OR OLD.plan IS DISTINCT FROM NEW.plan)
    EXECUTE FUNCTION exampath.audit_entries();
