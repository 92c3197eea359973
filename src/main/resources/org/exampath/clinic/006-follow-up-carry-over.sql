-- ExamPath clinic store, version 6: a follow-up's carried-over findings are its starting state, not entries
-- in its audit (ADR 8), as in the SQLite store. Until now the audit trigger stamped every inserted finding
-- with the session's user, so whoever started a follow-up was named as having entered every finding it
-- carried over from the last visit.
--
-- The trigger has to tell "the transaction that creates this follow-up, writing a value the last visit
-- holds" from every other write, without trusting anything the client says. A transaction-local setting
-- (SET LOCAL exampath.carry = on) or a temporary table can be set by any client before its own inserts, so
-- neither can decide it. What the client cannot choose is the transaction it runs in: each encounter now
-- records the id of the transaction that inserted it (created_in, stamped by the server on INSERT whatever
-- the client sends, and never changed afterwards), and a finding inserted while pg_current_xact_id() is
-- still that id is one written by the encounter's own creating transaction. xid8 is the 64-bit,
-- epoch-extended id, so it never wraps round to match a later transaction. A finding inserted then is
-- left out of the audit only if the encounter is a follow-up (previous_id) of another visit of the same patient
-- that the writer can see (row-level security applies to the look-up) and that visit holds this very value
-- for this finding at that moment: the value is the last visit's, and that visit's audit says who entered
-- it. Anything else (a value the last visit does not hold, a finding added later, in any transaction, any
-- UPDATE, including changing or clearing a carried-over value) is audited in the writer's name as before.
-- So a client can at most copy, unaudited, values its clinic already holds in the patient's last visit,
-- into a new encounter that names that visit as where they came from; it cannot leave out of the audit a
-- value it enters itself. An encounter's previous_id is fixed once it is made, so that provenance stays. A
-- carried-over finding also keeps who set it at the last visit and when (its set_by, set_at), so a colleague
-- told of a conflict over it is not told that the clinician who started the follow-up set it.
-- Encounters made before this version keep created_in NULL, which no transaction matches.
ALTER TABLE exampath.encounter ADD COLUMN created_in xid8;

CREATE OR REPLACE FUNCTION exampath.stamp_created_in() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_in := pg_current_xact_id();
    ELSIF NEW.created_in IS DISTINCT FROM OLD.created_in THEN
        RAISE EXCEPTION 'the transaction that made an encounter cannot be changed' USING ERRCODE = '42501';
    ELSIF NEW.previous_id IS DISTINCT FROM OLD.previous_id THEN
        RAISE EXCEPTION 'the last visit an encounter follows cannot be changed' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION exampath.stamp_created_in() FROM PUBLIC;
DROP TRIGGER IF EXISTS encounter_created_in ON exampath.encounter;
CREATE TRIGGER encounter_created_in BEFORE INSERT OR UPDATE OF created_in, previous_id ON exampath.encounter
    FOR EACH ROW EXECUTE FUNCTION exampath.stamp_created_in();

-- The last visit's finding a follow-up's finding is carried over from, as the finding is inserted: who set
-- it and when, or no row when the insert is not one a follow-up carries over in the transaction that makes
-- it (see above). It runs as the writer, so row-level security limits the encounters it looks at. PL/pgSQL,
-- as my_clinic() in version 3, so that its query is planned once per session, not at every finding written.
CREATE OR REPLACE FUNCTION exampath.carried_from(p_encounter BIGINT, p_finding TEXT, p_value TEXT)
    RETURNS TABLE (set_by NAME, set_at TIMESTAMPTZ)
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, exampath AS
$$
BEGIN
    RETURN QUERY SELECT f.set_by, f.set_at FROM exampath.encounter e
        JOIN exampath.encounter last ON last.id = e.previous_id AND last.id <> e.id AND last.patient_id = e.patient_id
        JOIN exampath.finding f ON f.encounter_id = last.id AND f.finding = p_finding
        WHERE e.id = p_encounter AND e.created_in = pg_current_xact_id() AND f.value = p_value;
END
$$;
REVOKE ALL ON FUNCTION exampath.carried_from(BIGINT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION exampath.carried_from(BIGINT, TEXT, TEXT) TO exampath_clinician;

-- As in version 2, except that a finding carried over keeps who set it at the last visit and when, so a
-- colleague told of a conflict over it is not told the clinician who started the follow-up set it.
CREATE OR REPLACE FUNCTION exampath.stamp_finding() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    carried RECORD;
BEGIN
    IF TG_OP = 'INSERT' THEN
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

-- As in version 3, except that a finding a follow-up carries over in the transaction that makes it leaves no
-- audit row: the last visit's audit says who entered it.
CREATE OR REPLACE FUNCTION exampath.audit_finding() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM exampath.carried_from(NEW.encounter_id, NEW.finding, NEW.value)) THEN
        RETURN NULL;
    END IF;
    INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value)
        VALUES (NEW.encounter_id, NEW.finding, CASE WHEN TG_OP = 'UPDATE' THEN OLD.value END, NEW.value);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION exampath.audit_finding() FROM PUBLIC;
