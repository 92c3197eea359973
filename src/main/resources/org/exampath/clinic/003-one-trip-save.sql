-- ExamPath clinic store, version 3: an autosave in one round trip. The versioned finding write
-- (compare, write) and the encounter's header move into two functions that run as the caller
-- (SECURITY INVOKER): row-level security, the clinic and who-stamping triggers and the append-only
-- audit apply to every statement inside them exactly as to the same statements sent one by one.
-- Called as a single statement in autocommit, a save is one transaction, acknowledged only once
-- it is committed (synchronous_commit is left as the server has it). The audit of findings moves
-- into a trigger, so that every change of a finding, however it is made, leaves its row.

-- Every change of a finding's value leaves an audit row with the value before and after; the audit's
-- own triggers stamp the clinic and who (session_user), and row-level security applies (the trigger
-- runs as the writer).
CREATE OR REPLACE FUNCTION exampath.audit_finding() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value)
        VALUES (NEW.encounter_id, NEW.finding, CASE WHEN TG_OP = 'UPDATE' THEN OLD.value END, NEW.value);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION exampath.audit_finding() FROM PUBLIC;

DROP TRIGGER IF EXISTS finding_audit_insert ON exampath.finding;
DROP TRIGGER IF EXISTS finding_audit_update ON exampath.finding;
CREATE TRIGGER finding_audit_insert AFTER INSERT ON exampath.finding
    FOR EACH ROW EXECUTE FUNCTION exampath.audit_finding();
CREATE TRIGGER finding_audit_update AFTER UPDATE ON exampath.finding
    FOR EACH ROW WHEN (OLD.value IS DISTINCT FROM NEW.value) EXECUTE FUNCTION exampath.audit_finding();

-- Writes the encounter's findings named in p_finding (a NULL value clears one) where this client's
-- version (p_seen; 0: never set) is still the stored one (each change audited by the trigger). With
-- p_whole the named findings are the client's whole record, and a finding stored but not named is
-- one it has not recorded. With p_adopt the stored versions stand in for p_seen (a client that has
-- not read this encounter yet). One row per finding: 'same' (already so), 'saved', or 'conflict'
-- (nothing written; the stored value, its version and who set it when).
CREATE OR REPLACE FUNCTION exampath.write_findings(p_encounter BIGINT, p_finding TEXT[], p_value TEXT[], p_seen INTEGER[],
                                                   p_adopt BOOLEAN, p_whole BOOLEAN)
    RETURNS TABLE (finding TEXT, outcome TEXT, version INTEGER, value TEXT, set_by NAME, set_at TIMESTAMPTZ)
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, exampath AS
$$
#variable_conflict use_column
DECLARE
    r RECORD;
BEGIN
    IF cardinality(p_finding) IS DISTINCT FROM cardinality(p_value) OR cardinality(p_finding) IS DISTINCT FROM cardinality(p_seen) THEN
        RAISE EXCEPTION 'findings, values and versions differ in number' USING ERRCODE = '22023';
    END IF;
    -- Each finding is compared and set in one statement (UPDATE ... WHERE version = seen, which
    -- PostgreSQL re-checks against the row as it stands once locked), in finding order, so two writers
    -- of one encounter queue and never deadlock; findings already as wanted are not locked at all.
    FOR r IN
        SELECT coalesce(w.finding, f.finding) AS finding, w.value AS wanted, f.value AS current,
               coalesce(f.version, 0) AS version, f.set_by, f.set_at,
               CASE WHEN p_adopt THEN coalesce(f.version, 0) ELSE coalesce(w.seen, 0) END AS seen
        FROM (SELECT s.finding, s.value, s.version, s.set_by, s.set_at FROM exampath.finding s
              WHERE s.encounter_id = p_encounter) f
        FULL JOIN unnest(p_finding, p_value, p_seen) AS w (finding, value, seen) ON w.finding = f.finding
        WHERE p_whole OR w.finding IS NOT NULL
        ORDER BY 1
    LOOP
        finding := r.finding;
        outcome := NULL;
        IF r.wanted IS NOT DISTINCT FROM r.current OR r.version <> r.seen THEN
            -- Already so, or changed by someone since this client saw it: the stored row stands.
            outcome := CASE WHEN r.wanted IS NOT DISTINCT FROM r.current THEN 'same' ELSE 'conflict' END;
            version := r.version;
            value := r.current;
            set_by := r.set_by;
            set_at := r.set_at;
        ELSE
            IF r.seen = 0 THEN
                INSERT INTO exampath.finding AS f (encounter_id, finding, value) VALUES (p_encounter, r.finding, r.wanted)
                    ON CONFLICT (encounter_id, finding) DO NOTHING
                    RETURNING 'saved', f.version, f.value, f.set_by, f.set_at INTO outcome, version, value, set_by, set_at;
            ELSE
                UPDATE exampath.finding f SET value = r.wanted, version = f.version + 1
                    WHERE f.encounter_id = p_encounter AND f.finding = r.finding AND f.version = r.seen
                    RETURNING 'saved', f.version, f.value, f.set_by, f.set_at INTO outcome, version, value, set_by, set_at;
            END IF;
            IF outcome IS NULL THEN
                -- Another clinician got there first, after this statement read the findings.
                SELECT 'conflict', f.version, f.value, f.set_by, f.set_at INTO STRICT outcome, version, value, set_by, set_at
                    FROM exampath.finding f WHERE f.encounter_id = p_encounter AND f.finding = r.finding;
            END IF;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;

-- A save of an open encounter: the header (side, age, leading hypothesis, assessment, plan, flag
-- state; a NULL p_flags keeps the last) and the findings as write_findings writes them. p_label,
-- p_sex and p_birth_year are the patient as this client last saw it: if the stored patient differs,
-- nothing is written and the error is SQLSTATE EP001 (the client then works out the patient's
-- details again); a NULL p_label skips that check (the client settled the patient earlier in this
-- transaction).
CREATE OR REPLACE FUNCTION exampath.save_encounter(p_encounter BIGINT, p_label TEXT, p_sex TEXT, p_birth_year INTEGER,
                                                   p_side TEXT, p_age INTEGER, p_leading TEXT, p_probability DOUBLE PRECISION,
                                                   p_assessment TEXT, p_plan TEXT, p_flags TEXT,
                                                   p_finding TEXT[], p_value TEXT[], p_seen INTEGER[], p_adopt BOOLEAN)
    RETURNS TABLE (finding TEXT, outcome TEXT, version INTEGER, value TEXT, set_by NAME, set_at TIMESTAMPTZ)
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, exampath AS
$$
#variable_conflict use_column
BEGIN
    UPDATE exampath.encounter e SET side = p_side, age = p_age, leading_hypothesis = p_leading,
           leading_probability = p_probability, updated_at = now(), assessment = p_assessment, plan = p_plan,
           flags = coalesce(p_flags, e.flags)
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

REVOKE ALL ON FUNCTION exampath.write_findings(BIGINT, TEXT[], TEXT[], INTEGER[], BOOLEAN, BOOLEAN) FROM PUBLIC;
REVOKE ALL ON FUNCTION exampath.save_encounter(BIGINT, TEXT, TEXT, INTEGER, TEXT, INTEGER, TEXT, DOUBLE PRECISION, TEXT, TEXT,
    TEXT, TEXT[], TEXT[], INTEGER[], BOOLEAN) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exampath.write_findings(BIGINT, TEXT[], TEXT[], INTEGER[], BOOLEAN, BOOLEAN) TO exampath_clinician;
GRANT EXECUTE ON FUNCTION exampath.save_encounter(BIGINT, TEXT, TEXT, INTEGER, TEXT, INTEGER, TEXT, DOUBLE PRECISION, TEXT, TEXT,
    TEXT, TEXT[], TEXT[], INTEGER[], BOOLEAN) TO exampath_clinician;

-- The caller's clinic, by the same rule as in version 2, in PL/pgSQL: its query is planned once per
-- session and kept, where a SQL function called from a policy is parsed and planned afresh for every
-- statement (about ten statements of a save each call it).
CREATE OR REPLACE FUNCTION exampath.my_clinic() RETURNS BIGINT LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, exampath AS
$$
BEGIN
    RETURN (SELECT clinic_id FROM exampath.member WHERE role_name = session_user AND kind = 'clinician');
END
$$;

-- The same clinic rule, asked once per statement (an InitPlan) instead of once per row: a search
-- that walks a few thousand encounters calls my_clinic() once, not a few thousand times.
DROP POLICY IF EXISTS own_clinic ON exampath.patient;
CREATE POLICY own_clinic ON exampath.patient TO exampath_clinician
    USING (clinic_id = (SELECT exampath.my_clinic())) WITH CHECK (clinic_id = (SELECT exampath.my_clinic()));
DROP POLICY IF EXISTS own_clinic ON exampath.encounter;
CREATE POLICY own_clinic ON exampath.encounter TO exampath_clinician
    USING (clinic_id = (SELECT exampath.my_clinic())) WITH CHECK (clinic_id = (SELECT exampath.my_clinic()));
DROP POLICY IF EXISTS own_clinic ON exampath.finding;
CREATE POLICY own_clinic ON exampath.finding TO exampath_clinician
    USING (clinic_id = (SELECT exampath.my_clinic())) WITH CHECK (clinic_id = (SELECT exampath.my_clinic()));
DROP POLICY IF EXISTS own_clinic ON exampath.audit;
CREATE POLICY own_clinic ON exampath.audit TO exampath_clinician
    USING (clinic_id = (SELECT exampath.my_clinic())) WITH CHECK (clinic_id = (SELECT exampath.my_clinic()));
DROP POLICY IF EXISTS own_clinic ON exampath.red_flag_ack;
CREATE POLICY own_clinic ON exampath.red_flag_ack TO exampath_clinician
    USING (clinic_id = (SELECT exampath.my_clinic())) WITH CHECK (clinic_id = (SELECT exampath.my_clinic()));
