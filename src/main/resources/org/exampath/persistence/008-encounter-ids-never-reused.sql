-- ExamPath store, version 8: an encounter's id is never given to another encounter. The audit and the red-flag
-- actions are kept by a restore even for an encounter the restore took away (they are history); a plain INTEGER
-- PRIMARY KEY would give its id to the next new encounter, which would then list that other visit's audit as its
-- own. AUTOINCREMENT never reuses an id, and its sequence starts above every id the audit or an action names.
CREATE TABLE encounter_v8 (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    patient_id          INTEGER NOT NULL REFERENCES patient (id),
    date                TEXT NOT NULL,
    clinician           TEXT NOT NULL DEFAULT '',
    side                TEXT CHECK (side IN ('left', 'right', 'bilateral')),
    age                 INTEGER CHECK (age BETWEEN 12 AND 110),
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    knowledge_version   TEXT NOT NULL,
    leading             TEXT,
    leading_probability REAL,
    previous_id         INTEGER REFERENCES encounter (id),
    updated_at          TEXT NOT NULL,
    assessment          TEXT CHECK (assessment IS NULL OR length(assessment) <= 10000),
    plan                TEXT CHECK (plan IS NULL OR length(plan) <= 10000),
    flags               TEXT,
    create_key          TEXT CHECK (create_key IS NULL OR length(create_key) BETWEEN 1 AND 100),
    sex                 TEXT CHECK (sex IS NULL OR sex IN ('female', 'male', 'other')),
    undated             INTEGER NOT NULL DEFAULT 0 CHECK (undated IN (0, 1))
);
INSERT INTO encounter_v8 (id, patient_id, date, clinician, side, age, status, knowledge_version, leading, leading_probability,
    previous_id, updated_at, assessment, plan, flags, create_key, sex, undated)
    SELECT id, patient_id, date, clinician, side, age, status, knowledge_version, leading, leading_probability,
    previous_id, updated_at, assessment, plan, flags, create_key, sex, undated FROM encounter;
DROP TABLE encounter;
ALTER TABLE encounter_v8 RENAME TO encounter;
CREATE INDEX encounter_patient ON encounter (patient_id, date);
CREATE INDEX encounter_date ON encounter (date);
CREATE INDEX encounter_leading ON encounter (leading, date);
CREATE INDEX encounter_updated ON encounter (updated_at);
CREATE UNIQUE INDEX encounter_create_key ON encounter (create_key);
INSERT INTO sqlite_sequence (name, seq) SELECT 'encounter', 0
    WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'encounter');
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(id) FROM encounter), 0),
    coalesce((SELECT max(encounter_id) FROM audit), 0), coalesce((SELECT max(encounter_id) FROM red_flag_ack), 0))
    WHERE name = 'encounter';
