-- ExamPath store, version 9: a change of an encounter's side, assessment or plan is an audit row, as a finding's is
-- (who, when, before and after; entries named encounter.side, encounter.assessment, encounter.plan, values as
-- ValueCodec keeps them: 'c:' and the text, NULL for none or an empty text). The store writes the row before it
-- changes the encounter; this trigger refuses a change of any of the three whose audit row is not there, so nothing
-- (nor an ExamPath of store version 8 or older, which refuses a newer file) changes the clinician's words unaudited.
-- Changes made before this version left no row; the audit of an encounter begins with its first change from now on.
CREATE TRIGGER encounter_entries_audited BEFORE UPDATE OF side, assessment, plan ON encounter
WHEN (CASE WHEN OLD.side IS NULL OR OLD.side = '' THEN NULL ELSE 'c:' || OLD.side END)
         IS NOT (CASE WHEN NEW.side IS NULL OR NEW.side = '' THEN NULL ELSE 'c:' || NEW.side END)
     AND NOT EXISTS (SELECT 1 FROM (SELECT old_value, new_value FROM audit WHERE encounter_id = NEW.id
                                    AND finding = 'encounter.side' ORDER BY id DESC LIMIT 1)
                     WHERE old_value IS (CASE WHEN OLD.side IS NULL OR OLD.side = '' THEN NULL ELSE 'c:' || OLD.side END)
                       AND new_value IS (CASE WHEN NEW.side IS NULL OR NEW.side = '' THEN NULL ELSE 'c:' || NEW.side END))
  OR (CASE WHEN OLD.assessment IS NULL OR OLD.assessment = '' THEN NULL ELSE 'c:' || OLD.assessment END)
         IS NOT (CASE WHEN NEW.assessment IS NULL OR NEW.assessment = '' THEN NULL ELSE 'c:' || NEW.assessment END)
     AND NOT EXISTS (SELECT 1 FROM (SELECT old_value, new_value FROM audit WHERE encounter_id = NEW.id
                                    AND finding = 'encounter.assessment' ORDER BY id DESC LIMIT 1)
                     WHERE old_value IS (CASE WHEN OLD.assessment IS NULL OR OLD.assessment = '' THEN NULL
                                              ELSE 'c:' || OLD.assessment END)
                       AND new_value IS (CASE WHEN NEW.assessment IS NULL OR NEW.assessment = '' THEN NULL
                                              ELSE 'c:' || NEW.assessment END))
  OR (CASE WHEN OLD.plan IS NULL OR OLD.plan = '' THEN NULL ELSE 'c:' || OLD.plan END)
         IS NOT (CASE WHEN NEW.plan IS NULL OR NEW.plan = '' THEN NULL ELSE 'c:' || NEW.plan END)
     AND NOT EXISTS (SELECT 1 FROM (SELECT old_value, new_value FROM audit WHERE encounter_id = NEW.id
                                    AND finding = 'encounter.plan' ORDER BY id DESC LIMIT 1)
                     WHERE old_value IS (CASE WHEN OLD.plan IS NULL OR OLD.plan = '' THEN NULL ELSE 'c:' || OLD.plan END)
                       AND new_value IS (CASE WHEN NEW.plan IS NULL OR NEW.plan = '' THEN NULL ELSE 'c:' || NEW.plan END))
BEGIN
    SELECT RAISE(ABORT, 'an encounter''s side, assessment or plan changes only with its audit row');
END;
