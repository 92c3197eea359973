-- ExamPath store, version 10: an encounter moves to another patient (a save under another label) only with its audit
-- row. The store has written that row since version 1 (entry encounter.patient, from the old patient's label to the
-- new one, as ValueCodec keeps a choice: 'c:' and the label; who is the clinician name the save carries, when its
-- time), before it changes the encounter, in the same transaction; but nothing in the file asked for it, so a write
-- that went round the store could file a note under another person with no trace. As version 9 does for the side,
-- assessment and plan, this trigger refuses a change of the encounter's patient whose audit row (the newest
-- encounter.patient row of that encounter, naming the labels the two patients hold) is not there.
-- Rows and moves stored before this version are kept as they were.
CREATE TRIGGER encounter_patient_audited BEFORE UPDATE OF patient_id ON encounter
WHEN NEW.patient_id IS NOT OLD.patient_id
     AND NOT EXISTS (SELECT 1 FROM (SELECT old_value, new_value FROM audit WHERE encounter_id = NEW.id
                                    AND finding = 'encounter.patient' ORDER BY id DESC LIMIT 1)
                     WHERE old_value IS 'c:' || (SELECT label FROM patient WHERE id = OLD.patient_id)
                       AND new_value IS 'c:' || (SELECT label FROM patient WHERE id = NEW.patient_id))
BEGIN
    SELECT RAISE(ABORT, 'an encounter moves to another patient only with its audit row');
END;

-- Renaming a patient in place would file every encounter of that patient under another label at once, with no
-- audit row; the store never does it (a save under another label moves the one encounter, audited above).
CREATE TRIGGER patient_label_kept BEFORE UPDATE OF label ON patient
WHEN NEW.label IS NOT OLD.label
BEGIN
    SELECT RAISE(ABORT, 'a patient''s label is not changed in place: save the encounter under the other label');
END;
