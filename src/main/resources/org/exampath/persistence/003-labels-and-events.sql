-- ExamPath store, version 3: patient labels as exam/1 allows them (1..200 characters, no control
-- characters); a marker of a clean stop; an append-only log of store events such as a restore.
CREATE TABLE patient_v3 (
    id         INTEGER PRIMARY KEY,
    label      TEXT NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 200
                   AND label NOT GLOB ('*[' || char(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                   21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138,
                   139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159) || ']*')),
    birth_year INTEGER CHECK (birth_year BETWEEN 1850 AND 2200),
    sex        TEXT CHECK (sex IN ('female', 'male', 'other'))
);
INSERT INTO patient_v3 (id, label, birth_year, sex) SELECT id, label, birth_year, sex FROM patient;
DROP TABLE patient;
ALTER TABLE patient_v3 RENAME TO patient;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE store_event (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    who    TEXT NOT NULL,
    kind   TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE TRIGGER store_event_no_update BEFORE UPDATE ON store_event BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER store_event_no_delete BEFORE DELETE ON store_event BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
