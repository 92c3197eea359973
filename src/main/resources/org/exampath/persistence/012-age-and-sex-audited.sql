-- ExamPath store, version 12: a change of an encounter's own age or sex is an audit row (review 27, finding 7).
-- Until now only the patient's birth year and sex were audited (patient.birth_year, patient.sex), and those move by
-- the rule in PatientDetails: an age corrected by a year or less keeps the birth year, and a sex cleared in one
-- encounter keeps the patient's, so the change of the encounter's age or sex (inputs to the red-flag rules) left no
-- row at all, and a refusal of a stale window's age or sex named nobody, or whoever set it before. The store now writes
-- encounter.age (as ValueCodec keeps a count: 'n:' and the years; NULL for none) and encounter.sex ('c:' and the sex's
-- id; NULL for none), who and when, before it changes the encounter, and names a refused age or sex from those rows.
-- As version 9 does for the side, assessment and plan, this trigger refuses a change of either whose audit row (the
-- newest of that entry, from the old value to the new) is not there. Changes made before this version left no row.
CREATE TRIGGER encounter_age_sex_audited BEFORE UPDATE OF age, sex ON encounter
WHEN (CASE WHEN OLD.age IS NULL THEN NULL ELSE 'n:' || OLD.age END)
         IS NOT (CASE WHEN NEW.age IS NULL THEN NULL ELSE 'n:' || NEW.age END)
     AND NOT EXISTS (SELECT 1 FROM (SELECT old_value, new_value FROM audit WHERE encounter_id = NEW.id
                                    AND finding = 'encounter.age' ORDER BY id DESC LIMIT 1)
                     WHERE old_value IS (CASE WHEN OLD.age IS NULL THEN NULL ELSE 'n:' || OLD.age END)
                       AND new_value IS (CASE WHEN NEW.age IS NULL THEN NULL ELSE 'n:' || NEW.age END))
  OR (CASE WHEN OLD.sex IS NULL OR OLD.sex = '' THEN NULL ELSE 'c:' || OLD.sex END)
         IS NOT (CASE WHEN NEW.sex IS NULL OR NEW.sex = '' THEN NULL ELSE 'c:' || NEW.sex END)
     AND NOT EXISTS (SELECT 1 FROM (SELECT old_value, new_value FROM audit WHERE encounter_id = NEW.id
                                    AND finding = 'encounter.sex' ORDER BY id DESC LIMIT 1)
                     WHERE old_value IS (CASE WHEN OLD.sex IS NULL OR OLD.sex = '' THEN NULL ELSE 'c:' || OLD.sex END)
                       AND new_value IS (CASE WHEN NEW.sex IS NULL OR NEW.sex = '' THEN NULL ELSE 'c:' || NEW.sex END))
BEGIN
    SELECT RAISE(ABORT, 'an encounter''s age or sex changes only with its audit row');
END;
