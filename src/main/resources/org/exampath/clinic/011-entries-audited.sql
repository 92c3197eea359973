-- ExamPath clinic store, version 11: a change of an encounter's side, assessment or plan is an audit row, as a
-- finding's is (version 3). Until now the server stamped who last set each (version 10) but kept no history of them,
-- so a colleague who changed only the plan was named nowhere the audit is read (the note's and export's "changes
-- by …"). The server writes the rows itself, after the encounter's row changes, in the changer's name (the audit's
-- own triggers stamp session_user, the time and the clinic): encounter.side, encounter.assessment and
-- encounter.plan, the values as ValueCodec keeps them ('c:' and the text; NULL for none or an empty text), a row
-- only for a value that changed by that rule. Making an encounter is not a change (its findings' audit is the
-- record of it); an entry refused as a conflict is not changed, so it leaves no row either. Changes made before this
-- version left no row: an encounter's entries are audited from their first change after it.
CREATE OR REPLACE FUNCTION exampath.audit_entries() RETURNS trigger LANGUAGE plpgsql AS
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
REVOKE ALL ON FUNCTION exampath.audit_entries() FROM PUBLIC;
DROP TRIGGER IF EXISTS encounter_entries_audit ON exampath.encounter;
CREATE TRIGGER encounter_entries_audit AFTER UPDATE OF side, assessment, plan ON exampath.encounter
    FOR EACH ROW WHEN (OLD.side IS DISTINCT FROM NEW.side OR OLD.assessment IS DISTINCT FROM NEW.assessment
                       OR OLD.plan IS DISTINCT FROM NEW.plan)
    EXECUTE FUNCTION exampath.audit_entries();
