-- ExamPath clinic store, version 19: an index in the encounter list's order (review 32, finding 5).
-- The list now puts undated imports after every dated visit (ORDER BY undated, date DESC, id DESC, within the clinic)
-- so that its limit keeps the newest dated visits; encounter_clinic_date alone no longer gives that order, so each
-- list would sort every encounter of the clinic.
CREATE INDEX encounter_clinic_list_order ON exampath.encounter (clinic_id, undated, date DESC, id DESC);
