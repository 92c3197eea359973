-- ExamPath store, version 7: what each encounter itself recorded, so that export writes that and no more.
-- The patient's sex as this encounter's exam gave it (the patient row keeps the sex known from any visit);
-- rows from before take their patient's, as they were read until now. An encounter imported from a file that
-- recorded no visit date is marked undated: it is listed under the day it was imported, but that day is
-- never written out as the visit's date. Rows from before cannot tell and stay dated.
ALTER TABLE encounter ADD COLUMN sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male', 'other'));
ALTER TABLE encounter ADD COLUMN undated INTEGER NOT NULL DEFAULT 0 CHECK (undated IN (0, 1));
UPDATE encounter SET sex = (SELECT sex FROM patient WHERE patient.id = encounter.patient_id);
