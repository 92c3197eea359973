-- ExamPath clinic store, version 8: what each encounter itself recorded, as the SQLite store keeps it since its
-- version 7, so that export writes that and no more, and an imported exam's findings are its starting state.
--
-- sex: the patient's sex as this encounter's exam gave it (the patient row keeps the sex known from any visit);
-- sex feeds rules, so evaluate of an export must see this visit's. Rows from before take their patient's, as
-- they were read until now.
-- imported: the encounter was made from an exam file (import, or a file opened in the window), and examiner is
-- the clinician that file records (NULL when it names nobody): who examined, which the importing login
-- (created_by, stamped by the server) is not. Rows from before made by import (their create key starts with
-- import-sha256:) are marked imported with no examiner, which is how they were read until now; other rows stay
-- as they were, their examiner being the login that made them.
-- undated: an import whose file recorded no visit date. It is listed under the day it was imported, but that
-- day is never written out as the visit's date. Rows from before cannot tell and stay dated.
-- All three of imported, examiner and undated are fixed once the encounter is made; sex is set by every save.
ALTER TABLE exampath.encounter ADD COLUMN sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male', 'other'));
ALTER TABLE exampath.encounter ADD COLUMN imported BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE exampath.encounter ADD COLUMN examiner TEXT
    CHECK (examiner IS NULL OR length(examiner) BETWEEN 1 AND 200);
ALTER TABLE exampath.encounter ADD COLUMN undated BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE exampath.encounter ADD CONSTRAINT encounter_as_imported
    CHECK ((examiner IS NULL OR imported) AND (NOT undated OR imported) AND (NOT imported OR previous_id IS NULL));
UPDATE exampath.encounter e SET sex = p.sex,
       imported = coalesce(e.create_key LIKE 'import-sha256:%' AND e.previous_id IS NULL, false)
    FROM exampath.patient p WHERE p.id = e.patient_id;

CREATE OR REPLACE FUNCTION exampath.keep_as_imported() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.imported IS DISTINCT FROM OLD.imported OR NEW.examiner IS DISTINCT FROM OLD.examiner
            OR NEW.undated IS DISTINCT FROM OLD.undated THEN
        RAISE EXCEPTION 'whether an encounter was imported, who its file names and whether it was dated cannot be changed'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION exampath.keep_as_imported() FROM PUBLIC;
DROP TRIGGER IF EXISTS encounter_as_imported ON exampath.encounter;
CREATE TRIGGER encounter_as_imported BEFORE UPDATE OF imported, examiner, undated ON exampath.encounter
    FOR EACH ROW EXECUTE FUNCTION exampath.keep_as_imported();

-- An imported exam's findings are its starting state, not entries in its audit (ADR 8, option c): the server
-- stamps every audit row with session_user, which for an import is the login that put the file in the store,
-- not the clinician who examined. A finding inserted by the very transaction that inserted its encounter
-- (created_in, version 6) into an encounter marked imported leaves no audit row and names no one as having set
-- it (set_by NULL): the encounter says it was imported, by whom (created_by) and from whose exam (examiner).
-- What a client can do unaudited is therefore only to make a new encounter, marked for good as imported by its
-- own login; every later write, in any transaction, and every change, is audited in the writer's name.
ALTER TABLE exampath.finding ALTER COLUMN set_by DROP NOT NULL;

CREATE OR REPLACE FUNCTION exampath.imported_start(p_encounter BIGINT) RETURNS BOOLEAN
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, exampath AS
$$
BEGIN
    RETURN EXISTS (SELECT 1 FROM exampath.encounter e
                   WHERE e.id = p_encounter AND e.imported AND e.created_in = pg_current_xact_id());
END
$$;
REVOKE ALL ON FUNCTION exampath.imported_start(BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exampath.imported_start(BIGINT) TO exampath_clinician;

-- As in version 6, except that an imported encounter's starting findings are set by no one named.
CREATE OR REPLACE FUNCTION exampath.stamp_finding() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    carried RECORD;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF exampath.imported_start(NEW.encounter_id) THEN
            NEW.set_by := NULL;
            NEW.set_at := now();
            RETURN NEW;
        END IF;
        SELECT * INTO carried FROM exampath.carried_from(NEW.encounter_id, NEW.finding, NEW.value);
        IF FOUND THEN
            NEW.set_by := carried.set_by;
            NEW.set_at := carried.set_at;
            RETURN NEW;
        END IF;
    END IF;
    NEW.set_by := session_user;
    NEW.set_at := now();
    RETURN NEW;
END
$$;

-- As in version 6, except that an imported encounter's starting findings leave no audit row either.
CREATE OR REPLACE FUNCTION exampath.audit_finding() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' AND (exampath.imported_start(NEW.encounter_id)
            OR EXISTS (SELECT 1 FROM exampath.carried_from(NEW.encounter_id, NEW.finding, NEW.value))) THEN
        RETURN NULL;
    END IF;
    INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value)
        VALUES (NEW.encounter_id, NEW.finding, CASE WHEN TG_OP = 'UPDATE' THEN OLD.value END, NEW.value);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION exampath.audit_finding() FROM PUBLIC;

-- As in version 3, with the encounter's own sex (p_encounter_sex: the sex this visit's exam records), which the
-- patient's (p_sex, the patient as this client last saw it) is not.
DROP FUNCTION IF EXISTS exampath.save_encounter(BIGINT, TEXT, TEXT, INTEGER, TEXT, INTEGER, TEXT, DOUBLE PRECISION, TEXT, TEXT,
    TEXT, TEXT[], TEXT[], INTEGER[], BOOLEAN);
CREATE FUNCTION exampath.save_encounter(p_encounter BIGINT, p_label TEXT, p_sex TEXT, p_birth_year INTEGER,
                                        p_side TEXT, p_age INTEGER, p_leading TEXT, p_probability DOUBLE PRECISION,
                                        p_assessment TEXT, p_plan TEXT, p_flags TEXT,
                                        p_finding TEXT[], p_value TEXT[], p_seen INTEGER[], p_adopt BOOLEAN,
                                        p_encounter_sex TEXT)
    RETURNS TABLE (finding TEXT, outcome TEXT, version INTEGER, value TEXT, set_by NAME, set_at TIMESTAMPTZ)
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, exampath AS
$$
#variable_conflict use_column
BEGIN
    UPDATE exampath.encounter e SET side = p_side, age = p_age, leading_hypothesis = p_leading,
           leading_probability = p_probability, updated_at = now(), assessment = p_assessment, plan = p_plan,
           flags = coalesce(p_flags, e.flags), sex = p_encounter_sex
        WHERE e.id = p_encounter
          AND (p_label IS NULL OR EXISTS (SELECT 1 FROM exampath.patient p WHERE p.id = e.patient_id AND p.label = p_label
                                          AND p.sex IS NOT DISTINCT FROM p_sex AND p.birth_year IS NOT DISTINCT FROM p_birth_year));
    IF NOT FOUND THEN
        IF EXISTS (SELECT 1 FROM exampath.encounter e WHERE e.id = p_encounter) THEN
            RAISE EXCEPTION 'the patient of encounter % is not as this client last saw it', p_encounter USING ERRCODE = 'EP001';
        END IF;
        RAISE EXCEPTION 'encounter % does not exist in this clinic', p_encounter USING ERRCODE = 'P0002';
    END IF;
    RETURN QUERY SELECT * FROM exampath.write_findings(p_encounter, p_finding, p_value, p_seen, p_adopt, true);
END
$$;
REVOKE ALL ON FUNCTION exampath.save_encounter(BIGINT, TEXT, TEXT, INTEGER, TEXT, INTEGER, TEXT, DOUBLE PRECISION, TEXT, TEXT,
    TEXT, TEXT[], TEXT[], INTEGER[], BOOLEAN, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exampath.save_encounter(BIGINT, TEXT, TEXT, INTEGER, TEXT, INTEGER, TEXT, DOUBLE PRECISION, TEXT, TEXT,
    TEXT, TEXT[], TEXT[], INTEGER[], BOOLEAN, TEXT) TO exampath_clinician;
