-- ExamPath clinic store, version 14: moving an encounter to another patient is an audit row, written by the server.
--
-- A save under another label moves the encounter to the patient that label names (UPDATE of encounter.patient_id),
-- and until now no trigger watched that column: a note filed under another person left no trace of who moved it,
-- when, or from whom. Now the server writes, after the move, one row on the encounter: entry encounter.patient, from
-- the old patient's label to the new one as ValueCodec keeps a choice ('c:' and the label), the same row the SQLite
-- store writes. Who, when and the clinic are stamped by the audit's own triggers as for every row (session_user: the
-- login that moved it). The function is a SECURITY DEFINER owned by the audit's owner with a fixed search_path, as in
-- version 13, so clinicians still write no audit row themselves. Because it reads past row-level security, it first
-- refuses (42501) a move to a patient outside the encounter's clinic: no other clinic's label is ever written, and
-- an encounter is never filed under another clinic's patient (which nothing refused before).
-- Rows already stored are kept as they are; moves made before this version left no row.
CREATE OR REPLACE FUNCTION exampath.audit_patient_move() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, exampath, pg_temp AS
$$
DECLARE
    was_label TEXT := (SELECT label FROM exampath.patient WHERE id = OLD.patient_id);
    now_label TEXT := (SELECT label FROM exampath.patient WHERE id = NEW.patient_id AND clinic_id = NEW.clinic_id);
BEGIN
    IF now_label IS NULL THEN
        RAISE EXCEPTION 'no patient % in this clinic', NEW.patient_id USING ERRCODE = '42501';
    END IF;
    INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value)
        VALUES (NEW.id, 'encounter.patient', 'c:' || was_label, 'c:' || now_label);
    RETURN NULL;
END
$$;
DO $$
DECLARE
    audit_owner NAME := (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                          WHERE c.oid = 'exampath.audit'::regclass);
BEGIN
    EXECUTE format('ALTER FUNCTION exampath.audit_patient_move() OWNER TO %I', audit_owner);
END
$$;
REVOKE ALL ON FUNCTION exampath.audit_patient_move() FROM PUBLIC;
DROP TRIGGER IF EXISTS encounter_patient_audit ON exampath.encounter;
CREATE TRIGGER encounter_patient_audit AFTER UPDATE OF patient_id ON exampath.encounter
    FOR EACH ROW WHEN (OLD.patient_id IS DISTINCT FROM NEW.patient_id)
    EXECUTE FUNCTION exampath.audit_patient_move();
