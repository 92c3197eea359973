-- ExamPath store, version 5: the clinician's own assessment and plan are kept with the encounter, and
-- the red-flag state it was last saved with (for the encounter list; the flags themselves are always
-- worked out again from the findings).
ALTER TABLE encounter ADD COLUMN assessment TEXT CHECK (assessment IS NULL OR length(assessment) <= 10000);
ALTER TABLE encounter ADD COLUMN plan TEXT CHECK (plan IS NULL OR length(plan) <= 10000);
ALTER TABLE encounter ADD COLUMN flags TEXT;
