-- ExamPath clinic store on PostgreSQL, version 1: the tables. Applied once by clinic-init, under an
-- advisory lock, by an administrator role. Row-level security and grants follow in 002.
CREATE SCHEMA IF NOT EXISTS exampath;

CREATE TABLE exampath.clinic (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200)
);

-- Who is who: one row per login role. The database's own roles are the only door; this table only
-- says which clinic or class a role belongs to.
CREATE TABLE exampath.member (
    role_name  NAME PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('clinician', 'student', 'teacher')),
    clinic_id  BIGINT REFERENCES exampath.clinic (id),
    class_name TEXT CHECK (class_name IS NULL OR length(class_name) BETWEEN 1 AND 200),
    CHECK ((kind = 'clinician') = (clinic_id IS NOT NULL)),
    CHECK ((kind = 'clinician') = (class_name IS NULL))
);

CREATE TABLE exampath.patient (
    id         BIGSERIAL PRIMARY KEY,
    clinic_id  BIGINT NOT NULL REFERENCES exampath.clinic (id),
    label      TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200 AND label !~ '[[:cntrl:]]'),
    -- Searched by its start. Stored, because under row-level security only leakproof operators on a
    -- plain column reach an index (lower() is not leakproof).
    label_key  TEXT GENERATED ALWAYS AS (lower(label)) STORED,
    birth_year INTEGER CHECK (birth_year BETWEEN 1850 AND 2200),
    sex        TEXT CHECK (sex IN ('female', 'male', 'other')),
    UNIQUE (clinic_id, label)
);

CREATE TABLE exampath.encounter (
    id                BIGSERIAL PRIMARY KEY,
    clinic_id         BIGINT NOT NULL REFERENCES exampath.clinic (id),
    patient_id        BIGINT NOT NULL REFERENCES exampath.patient (id),
    date              DATE NOT NULL,
    side              TEXT CHECK (side IN ('left', 'right', 'bilateral')),
    age               INTEGER CHECK (age BETWEEN 12 AND 110),
    knowledge_version TEXT NOT NULL,
    leading_hypothesis TEXT,
    leading_probability REAL,
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    assessment        TEXT CHECK (assessment IS NULL OR length(assessment) <= 10000),
    plan              TEXT CHECK (plan IS NULL OR length(plan) <= 10000),
    flags             TEXT,
    previous_id       BIGINT REFERENCES exampath.encounter (id),
    created_by        NAME NOT NULL DEFAULT session_user,
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX encounter_clinic_date ON exampath.encounter (clinic_id, date DESC, id DESC);
CREATE INDEX encounter_patient ON exampath.encounter (patient_id, date);
CREATE INDEX encounter_leading ON exampath.encounter (clinic_id, leading_hypothesis, date DESC);
CREATE INDEX patient_label ON exampath.patient (clinic_id, label_key text_pattern_ops);

-- One row per recorded finding, versioned: a writer names the version it saw, and a stale write is a
-- conflict shown to the clinician, never an overwrite.
CREATE TABLE exampath.finding (
    encounter_id BIGINT NOT NULL REFERENCES exampath.encounter (id) ON DELETE CASCADE,
    clinic_id    BIGINT NOT NULL REFERENCES exampath.clinic (id),
    finding      TEXT NOT NULL,
    value        TEXT,
    version      INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    set_by       NAME NOT NULL DEFAULT session_user,
    set_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (encounter_id, finding)
);

-- Append-only. "who" is the database's session_user, whatever the client sends.
CREATE TABLE exampath.audit (
    id           BIGSERIAL PRIMARY KEY,
    clinic_id    BIGINT NOT NULL REFERENCES exampath.clinic (id),
    encounter_id BIGINT NOT NULL REFERENCES exampath.encounter (id),
    finding      TEXT NOT NULL,
    old_value    TEXT,
    new_value    TEXT,
    who          NAME NOT NULL DEFAULT session_user,
    at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX audit_encounter ON exampath.audit (encounter_id);

CREATE TABLE exampath.red_flag_ack (
    id           BIGSERIAL PRIMARY KEY,
    clinic_id    BIGINT NOT NULL REFERENCES exampath.clinic (id),
    encounter_id BIGINT NOT NULL REFERENCES exampath.encounter (id),
    flag         TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (length(action) > 0),
    who          NAME NOT NULL DEFAULT session_user,
    at           TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE exampath.practice_attempt (
    id              BIGSERIAL PRIMARY KEY,
    student         NAME NOT NULL DEFAULT session_user,
    class_name      TEXT,
    case_name       TEXT NOT NULL,
    score           INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    leading_correct BOOLEAN NOT NULL,
    missed_flags    TEXT NOT NULL DEFAULT '',
    tests_used      INTEGER NOT NULL CHECK (tests_used >= 0),
    brier           REAL CHECK (brier >= 0),
    at              TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX practice_attempt_class ON exampath.practice_attempt (class_name, student, case_name);
