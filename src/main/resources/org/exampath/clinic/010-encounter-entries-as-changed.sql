-- ExamPath clinic store, version 10: a save writes only the encounter's own entries its client changed.
--
-- Findings are versioned (version 3), but save_encounter set the encounter's own entries (side, age, this visit's
-- sex, the clinician's assessment and plan) to whatever the saving window held: a colleague's save of one finding
-- wrote their window's empty plan over the plan written meanwhile, with no conflict and no word. Now the client
-- sends each entry as it last saw it stored beside its own, and each is merged on the server, under the row's
-- lock, by one rule: an entry the client did not change keeps what is stored; one it changed is written if nobody
-- else changed it since the client saw it (or it already holds the client's value); otherwise the stored value
-- stays and is returned as a conflict (`encounter.ENTRY`, with who set it and when), as a finding's is. With
-- p_adopt (the client has seen nothing of this encounter) the client's entries are written, as its findings are.
--
-- Who last changed each entry, and when, is stamped by the server (ENTRY_by, ENTRY_at), whatever the client sends;
-- NULL until someone changes it after the encounter was made, when the encounter's maker (or, for an import, the
-- exam file) set it.
ALTER TABLE exampath.encounter
    ADD COLUMN side_by NAME, ADD COLUMN side_at TIMESTAMPTZ,
    ADD COLUMN age_by NAME, ADD COLUMN age_at TIMESTAMPTZ,
    ADD COLUMN sex_by NAME, ADD COLUMN sex_at TIMESTAMPTZ,
    ADD COLUMN assessment_by NAME, ADD COLUMN assessment_at TIMESTAMPTZ,
    ADD COLUMN plan_by NAME, ADD COLUMN plan_at TIMESTAMPTZ;

CREATE OR REPLACE FUNCTION exampath.stamp_entries() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.side_by := NULL; NEW.side_at := NULL; NEW.age_by := NULL; NEW.age_at := NULL;
        NEW.sex_by := NULL; NEW.sex_at := NULL; NEW.assessment_by := NULL; NEW.assessment_at := NULL;
        NEW.plan_by := NULL; NEW.plan_at := NULL;
        RETURN NEW;
    END IF;
    IF NEW.side IS DISTINCT FROM OLD.side THEN
        NEW.side_by := session_user; NEW.side_at := now();
    ELSE
        NEW.side_by := OLD.side_by; NEW.side_at := OLD.side_at;
    END IF;
    IF NEW.age IS DISTINCT FROM OLD.age THEN
        NEW.age_by := session_user; NEW.age_at := now();
    ELSE
        NEW.age_by := OLD.age_by; NEW.age_at := OLD.age_at;
    END IF;
    IF NEW.sex IS DISTINCT FROM OLD.sex THEN
        NEW.sex_by := session_user; NEW.sex_at := now();
    ELSE
        NEW.sex_by := OLD.sex_by; NEW.sex_at := OLD.sex_at;
    END IF;
    IF NEW.assessment IS DISTINCT FROM OLD.assessment THEN
        NEW.assessment_by := session_user; NEW.assessment_at := now();
    ELSE
        NEW.assessment_by := OLD.assessment_by; NEW.assessment_at := OLD.assessment_at;
    END IF;
    IF NEW.plan IS DISTINCT FROM OLD.plan THEN
        NEW.plan_by := session_user; NEW.plan_at := now();
    ELSE
        NEW.plan_by := OLD.plan_by; NEW.plan_at := OLD.plan_at;
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION exampath.stamp_entries() FROM PUBLIC;
DROP TRIGGER IF EXISTS encounter_entries_by ON exampath.encounter;
CREATE TRIGGER encounter_entries_by BEFORE INSERT OR UPDATE ON exampath.encounter
    FOR EACH ROW EXECUTE FUNCTION exampath.stamp_entries();

-- The merge rule for one entry: the value to store, and whether the client's change clashes with another's.
CREATE OR REPLACE FUNCTION exampath.entry_kept(p_mine TEXT, p_seen TEXT, p_stored TEXT, p_adopt BOOLEAN) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS
$$
    SELECT CASE WHEN p_adopt OR p_seen IS NOT DISTINCT FROM p_stored THEN p_mine ELSE p_stored END
$$;
CREATE OR REPLACE FUNCTION exampath.entry_clash(p_mine TEXT, p_seen TEXT, p_stored TEXT, p_adopt BOOLEAN) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE AS
$$
    SELECT NOT p_adopt AND p_mine IS DISTINCT FROM p_stored AND p_seen IS DISTINCT FROM p_stored
           AND p_mine IS DISTINCT FROM p_seen
$$;
REVOKE ALL ON FUNCTION exampath.entry_kept(TEXT, TEXT, TEXT, BOOLEAN) FROM PUBLIC;
REVOKE ALL ON FUNCTION exampath.entry_clash(TEXT, TEXT, TEXT, BOOLEAN) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exampath.entry_kept(TEXT, TEXT, TEXT, BOOLEAN) TO exampath_clinician;
GRANT EXECUTE ON FUNCTION exampath.entry_clash(TEXT, TEXT, TEXT, BOOLEAN) TO exampath_clinician;

-- As in version 8, with each of the encounter's own entries as the client last saw it (p_seen_…), merged by the
-- rule above; the conflicts come first, as rows named encounter.side, encounter.age, encounter.sex,
-- encounter.assessment and encounter.plan, then the findings as write_findings writes them.
DROP FUNCTION IF EXISTS exampath.save_encounter(BIGINT, TEXT, TEXT, INTEGER, TEXT, INTEGER, TEXT, DOUBLE PRECISION, TEXT, TEXT,
    TEXT, TEXT[], TEXT[], INTEGER[], BOOLEAN, TEXT);
CREATE FUNCTION exampath.save_encounter(p_encounter BIGINT, p_label TEXT, p_sex TEXT, p_birth_year INTEGER,
                                        p_side TEXT, p_age INTEGER, p_leading TEXT, p_probability DOUBLE PRECISION,
                                        p_assessment TEXT, p_plan TEXT, p_flags TEXT,
                                        p_finding TEXT[], p_value TEXT[], p_seen INTEGER[], p_adopt BOOLEAN,
                                        p_encounter_sex TEXT, p_seen_side TEXT, p_seen_age INTEGER, p_seen_sex TEXT,
                                        p_seen_assessment TEXT, p_seen_plan TEXT)
    RETURNS TABLE (finding TEXT, outcome TEXT, version INTEGER, value TEXT, set_by NAME, set_at TIMESTAMPTZ)
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, exampath AS
$$
#variable_conflict use_column
DECLARE
    cur exampath.encounter%ROWTYPE;
    maker NAME;
BEGIN
    SELECT * INTO cur FROM exampath.encounter e
        WHERE e.id = p_encounter
          AND (p_label IS NULL OR EXISTS (SELECT 1 FROM exampath.patient p WHERE p.id = e.patient_id AND p.label = p_label
                                          AND p.sex IS NOT DISTINCT FROM p_sex AND p.birth_year IS NOT DISTINCT FROM p_birth_year))
        FOR UPDATE;
    IF NOT FOUND THEN
        IF EXISTS (SELECT 1 FROM exampath.encounter e WHERE e.id = p_encounter) THEN
            RAISE EXCEPTION 'the patient of encounter % is not as this client last saw it', p_encounter USING ERRCODE = 'EP001';
        END IF;
        RAISE EXCEPTION 'encounter % does not exist in this clinic', p_encounter USING ERRCODE = 'P0002';
    END IF;
    UPDATE exampath.encounter e SET
           side = exampath.entry_kept(p_side, p_seen_side, cur.side, p_adopt),
           age = exampath.entry_kept(p_age::text, p_seen_age::text, cur.age::text, p_adopt)::integer,
           sex = exampath.entry_kept(p_encounter_sex, p_seen_sex, cur.sex, p_adopt),
           assessment = exampath.entry_kept(p_assessment, p_seen_assessment, cur.assessment, p_adopt),
           plan = exampath.entry_kept(p_plan, p_seen_plan, cur.plan, p_adopt),
           leading_hypothesis = p_leading, leading_probability = p_probability, updated_at = now(),
           flags = coalesce(p_flags, e.flags)
        WHERE e.id = p_encounter;
    maker := CASE WHEN cur.imported THEN NULL ELSE cur.created_by END;
    RETURN QUERY
        SELECT x.entry, 'conflict'::text, 0, x.stored, coalesce(x.who, maker), x.stamped
        FROM (VALUES ('encounter.side', p_side, p_seen_side, cur.side, cur.side_by, cur.side_at),
                     ('encounter.age', p_age::text, p_seen_age::text, cur.age::text, cur.age_by, cur.age_at),
                     ('encounter.sex', p_encounter_sex, p_seen_sex, cur.sex, cur.sex_by, cur.sex_at),
                     ('encounter.assessment', p_assessment, p_seen_assessment, cur.assessment, cur.assessment_by,
                      cur.assessment_at),
                     ('encounter.plan', p_plan, p_seen_plan, cur.plan, cur.plan_by, cur.plan_at))
             AS x (entry, mine, seen, stored, who, stamped)
        WHERE exampath.entry_clash(x.mine, x.seen, x.stored, p_adopt);
    RETURN QUERY SELECT * FROM exampath.write_findings(p_encounter, p_finding, p_value, p_seen, p_adopt, true);
END
$$;
REVOKE ALL ON FUNCTION exampath.save_encounter(BIGINT, TEXT, TEXT, INTEGER, TEXT, INTEGER, TEXT, DOUBLE PRECISION, TEXT, TEXT,
    TEXT, TEXT[], TEXT[], INTEGER[], BOOLEAN, TEXT, TEXT, INTEGER, TEXT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exampath.save_encounter(BIGINT, TEXT, TEXT, INTEGER, TEXT, INTEGER, TEXT, DOUBLE PRECISION, TEXT, TEXT,
    TEXT, TEXT[], TEXT[], INTEGER[], BOOLEAN, TEXT, TEXT, INTEGER, TEXT, TEXT, TEXT) TO exampath_clinician;
