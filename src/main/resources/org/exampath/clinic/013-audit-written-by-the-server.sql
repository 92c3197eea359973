-- ExamPath clinic store, version 13: only the server writes the audit.
--
-- Until now clinicians held INSERT on exampath.audit, because the audit triggers (versions 3, 6, 8, 11) ran as the
-- writer, and the store itself inserted two kinds of row: a confirmation (a finding examined again and found as
-- stored, a row from the value to itself) and a correction of the patient's sex or birth year. So a clinician
-- connecting with their own login could add any row they liked to any encounter of their clinic: a change nobody
-- made, or a confirmation of a value they never examined (who and when were the server's, but the rest was theirs).
-- And "a confirmation only of a finding that holds a value" was a rule of the store, not of the server.
--
-- Now:
-- * clinicians keep SELECT on the audit and lose INSERT (UPDATE and DELETE they never had; the append-only
--   triggers of version 2 stay, for every role);
-- * every audit row is written by a function owned by the schema's owner and run with its rights (SECURITY
--   DEFINER, search_path fixed): the finding and entry triggers as before, and two functions a clinician may call,
--   confirm_finding (a confirmation) and correct_patient (the patient's sex and birth year, with their audit rows);
--   the values they write are the stored ones, never the caller's, and who, when and the clinic are stamped as
--   before (session_user, which a definer function does not change);
-- * a confirmation (a row whose value is the same before and after) needs a value: a CHECK on the table, and
--   confirm_finding refuses one for a finding without a value (SQLSTATE 23514) before it writes anything;
-- * the patient's sex and birth year change only through correct_patient, so no correction goes unaudited
--   (clinicians lose UPDATE on exampath.patient; the app changed nothing else of a patient).
-- Rows already stored are kept as they are; the CHECK is NOT VALID, so it binds every row written from now on
-- without refusing the upgrade of a database holding an older row it would not allow.

-- The clinic stamp, as in version 2, with the parent's clinic compared explicitly: a definer function reads past
-- row-level security, so "the parent is visible" no longer says "the parent is in the caller's clinic".
CREATE OR REPLACE FUNCTION exampath.stamp_clinic() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    NEW.clinic_id := exampath.my_clinic();
    IF NEW.clinic_id IS NULL THEN
        RAISE EXCEPTION 'role % is not a clinician of any clinic', session_user USING ERRCODE = '42501';
    END IF;
    IF TG_TABLE_NAME = 'encounter' THEN
        IF NOT EXISTS (SELECT 1 FROM exampath.patient WHERE id = NEW.patient_id AND clinic_id = NEW.clinic_id) THEN
            RAISE EXCEPTION 'no patient % in this clinic', NEW.patient_id USING ERRCODE = '42501';
        END IF;
    ELSIF TG_TABLE_NAME IN ('finding', 'audit', 'red_flag_ack') THEN
        IF NOT EXISTS (SELECT 1 FROM exampath.encounter WHERE id = NEW.encounter_id AND clinic_id = NEW.clinic_id) THEN
            RAISE EXCEPTION 'no encounter % in this clinic', NEW.encounter_id USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

-- As in version 8, run with the owner's rights; a finding inserted with no value (nothing before, nothing after) is
-- no change and leaves no row.
CREATE OR REPLACE FUNCTION exampath.audit_finding() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, exampath, pg_temp AS
$$
BEGIN
    IF TG_OP = 'INSERT' AND (NEW.value IS NULL OR exampath.imported_start(NEW.encounter_id)
            OR EXISTS (SELECT 1 FROM exampath.carried_from(NEW.encounter_id, NEW.finding, NEW.value))) THEN
        RETURN NULL;
    END IF;
    INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value)
        VALUES (NEW.encounter_id, NEW.finding, CASE WHEN TG_OP = 'UPDATE' THEN OLD.value END, NEW.value);
    RETURN NULL;
END
$$;

-- As in version 11, run with the owner's rights.
CREATE OR REPLACE FUNCTION exampath.audit_entries() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, exampath, pg_temp AS
$$
BEGIN
    INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value)
        SELECT NEW.id, x.entry, x.was, x.now
        FROM (VALUES (1, 'encounter.side', CASE WHEN OLD.side IS NULL OR OLD.side = '' THEN NULL ELSE 'c:' || OLD.side END,
                      CASE WHEN NEW.side IS NULL OR NEW.side = '' THEN NULL ELSE 'c:' || NEW.side END),
                     (2, 'encounter.assessment',
                      CASE WHEN OLD.assessment IS NULL OR OLD.assessment = '' THEN NULL ELSE 'c:' || OLD.assessment END,
                      CASE WHEN NEW.assessment IS NULL OR NEW.assessment = '' THEN NULL ELSE 'c:' || NEW.assessment END),
                     (3, 'encounter.plan', CASE WHEN OLD.plan IS NULL OR OLD.plan = '' THEN NULL ELSE 'c:' || OLD.plan END,
                      CASE WHEN NEW.plan IS NULL OR NEW.plan = '' THEN NULL ELSE 'c:' || NEW.plan END))
             AS x (n, entry, was, now)
        WHERE x.was IS DISTINCT FROM x.now
        ORDER BY x.n;
    RETURN NULL;
END
$$;

-- The caller examined p_finding of p_encounter again and found it as stored: one audit row from the stored value to
-- itself, if the finding is still at p_version (the version the caller last saw or wrote; a value a colleague set
-- since is theirs, not what the caller examined, and nothing is written: 0). A finding of the caller's clinic that
-- holds no value, or none at all, is refused (23514): there is nothing to confirm. The finding itself is untouched.
CREATE OR REPLACE FUNCTION exampath.confirm_finding(p_encounter BIGINT, p_finding TEXT, p_version INTEGER) RETURNS INTEGER
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, exampath, pg_temp AS
$$
DECLARE
    stored RECORD;
BEGIN
    SELECT f.value, f.version INTO stored FROM exampath.finding f
        WHERE f.encounter_id = p_encounter AND f.finding = p_finding AND f.clinic_id = exampath.my_clinic()
        FOR SHARE;
    IF NOT FOUND OR stored.value IS NULL THEN
        RAISE EXCEPTION 'a confirmation needs a value: encounter % holds none for %', p_encounter, p_finding
            USING ERRCODE = '23514';
    END IF;
    IF stored.version IS DISTINCT FROM p_version THEN
        RETURN 0;
    END IF;
    INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value)
        VALUES (p_encounter, p_finding, stored.value, stored.value);
    RETURN 1;
END
$$;

-- Sets the sex and birth year of p_encounter's patient (in the caller's clinic), and leaves an audit row on that
-- encounter for each that changed, from the stored value to the new one, as ValueCodec keeps them ('c:' a choice,
-- 'n:' a number). The store works out the values (PatientDetails); the server writes what it stores.
CREATE OR REPLACE FUNCTION exampath.correct_patient(p_encounter BIGINT, p_sex TEXT, p_birth_year INTEGER) RETURNS VOID
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, exampath, pg_temp AS
$$
DECLARE
    clinic BIGINT := exampath.my_clinic();
    was exampath.patient%ROWTYPE;
BEGIN
    IF clinic IS NULL THEN
        RAISE EXCEPTION 'role % is not a clinician of any clinic', session_user USING ERRCODE = '42501';
    END IF;
    SELECT p.* INTO was FROM exampath.encounter e JOIN exampath.patient p ON p.id = e.patient_id
        WHERE e.id = p_encounter AND e.clinic_id = clinic AND p.clinic_id = clinic
        FOR UPDATE OF p;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'encounter % does not exist in this clinic', p_encounter USING ERRCODE = 'P0002';
    END IF;
    UPDATE exampath.patient SET sex = p_sex, birth_year = p_birth_year WHERE id = was.id;
    INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value)
        SELECT p_encounter, x.entry, x.was_value, x.new_value
        FROM (VALUES (1, 'patient.sex', 'c:' || was.sex, 'c:' || p_sex),
                     (2, 'patient.birth_year', 'n:' || was.birth_year, 'n:' || p_birth_year))
             AS x (n, entry, was_value, new_value)
        WHERE x.was_value IS DISTINCT FROM x.new_value
        ORDER BY x.n;
END
$$;

-- The definer functions run as the schema's owner: the owner of the audit table, whoever runs this migration.
DO $$
DECLARE
    audit_owner NAME := (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                          WHERE c.oid = 'exampath.audit'::regclass);
BEGIN
    EXECUTE format('ALTER FUNCTION exampath.audit_finding() OWNER TO %I', audit_owner);
    EXECUTE format('ALTER FUNCTION exampath.audit_entries() OWNER TO %I', audit_owner);
    EXECUTE format('ALTER FUNCTION exampath.confirm_finding(BIGINT, TEXT, INTEGER) OWNER TO %I', audit_owner);
    EXECUTE format('ALTER FUNCTION exampath.correct_patient(BIGINT, TEXT, INTEGER) OWNER TO %I', audit_owner);
    -- what they call, should another administrator have made it
    EXECUTE format('GRANT EXECUTE ON FUNCTION exampath.my_clinic(), exampath.imported_start(BIGINT), '
                   'exampath.carried_from(BIGINT, TEXT, TEXT) TO %I', audit_owner);
END
$$;
REVOKE ALL ON FUNCTION exampath.audit_finding() FROM PUBLIC;
REVOKE ALL ON FUNCTION exampath.audit_entries() FROM PUBLIC;
REVOKE ALL ON FUNCTION exampath.confirm_finding(BIGINT, TEXT, INTEGER) FROM PUBLIC;
REVOKE ALL ON FUNCTION exampath.correct_patient(BIGINT, TEXT, INTEGER) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exampath.confirm_finding(BIGINT, TEXT, INTEGER) TO exampath_clinician;
GRANT EXECUTE ON FUNCTION exampath.correct_patient(BIGINT, TEXT, INTEGER) TO exampath_clinician;

-- A confirmation carries the value confirmed (dropped first, so the step can be applied again by hand).
ALTER TABLE exampath.audit DROP CONSTRAINT IF EXISTS audit_confirmation_has_value;
ALTER TABLE exampath.audit ADD CONSTRAINT audit_confirmation_has_value
    CHECK (old_value IS DISTINCT FROM new_value OR new_value IS NOT NULL) NOT VALID;

-- Clinicians read their clinic's audit, and write none of it.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON exampath.audit FROM exampath_clinician;
REVOKE USAGE ON SEQUENCE exampath.audit_id_seq FROM exampath_clinician;
DROP POLICY IF EXISTS own_clinic ON exampath.audit;
CREATE POLICY own_clinic ON exampath.audit FOR SELECT TO exampath_clinician
    USING (clinic_id = (SELECT exampath.my_clinic()));
REVOKE UPDATE ON exampath.patient FROM exampath_clinician;
