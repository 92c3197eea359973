-- ExamPath store, version 1. Applied once, under PRAGMA user_version.
PRAGMA application_id = 1163414864;

CREATE TABLE patient (
    id         INTEGER PRIMARY KEY,
    label      TEXT NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 80),
    birth_year INTEGER CHECK (birth_year BETWEEN 1850 AND 2200),
    sex        TEXT CHECK (sex IN ('female', 'male', 'other'))
);

CREATE TABLE encounter (
    id                  INTEGER PRIMARY KEY,
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
    updated_at          TEXT NOT NULL
);
CREATE INDEX encounter_patient ON encounter (patient_id, date);
CREATE INDEX encounter_date ON encounter (date);
CREATE INDEX encounter_leading ON encounter (leading, date);
CREATE INDEX encounter_updated ON encounter (updated_at);

CREATE TABLE finding (
    encounter_id INTEGER NOT NULL REFERENCES encounter (id) ON DELETE CASCADE,
    finding      TEXT NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (encounter_id, finding)
) WITHOUT ROWID;

CREATE TABLE audit (
    id           INTEGER PRIMARY KEY,
    encounter_id INTEGER NOT NULL REFERENCES encounter (id),
    at           TEXT NOT NULL,
    clinician    TEXT NOT NULL,
    finding      TEXT NOT NULL,
    old_value    TEXT,
    new_value    TEXT
);
CREATE INDEX audit_encounter ON audit (encounter_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END;

CREATE TABLE red_flag_ack (
    id           INTEGER PRIMARY KEY,
    encounter_id INTEGER NOT NULL REFERENCES encounter (id),
    flag         TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (length(action) > 0),
    at           TEXT NOT NULL,
    clinician    TEXT NOT NULL
);
CREATE INDEX red_flag_ack_encounter ON red_flag_ack (encounter_id);
