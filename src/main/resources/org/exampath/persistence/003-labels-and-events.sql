-- ExamPath store, version 3: patient labels as exam/1 allows them (1..200 characters, no control
-- characters); a marker of a clean stop; an append-only log of store events such as a restore.
CREATE TABLE store_event (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    who    TEXT NOT NULL,
    kind   TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE TRIGGER store_event_no_update BEFORE UPDATE ON store_event BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER store_event_no_delete BEFORE DELETE ON store_event BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

-- Versions 1 and 2 kept a label as typed, so one pasted from a spreadsheet may hold a tab or a line break, which
-- version 3 refuses. Such a label is carried across, never refused (that would lock every record of the practice
-- away): each control character becomes a space, as PatientLabel does for a label taken from a file name, the ends are
-- trimmed, a label left empty becomes "patient <id>", and one that would then clash with another gets " (<id>)". Each
-- label changed is one store event naming the patient row, the old label and the new one.
CREATE TABLE label_clean AS
WITH RECURSIVE fold (id, n, label) AS (
    SELECT id, 0, label FROM patient WHERE label GLOB ('*[' || char(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
        17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137,
        138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159) || ']*')
    UNION ALL
    SELECT id, n + 1, CASE WHEN n + 1 BETWEEN 32 AND 126 THEN label ELSE replace(label, char(n + 1), ' ') END
    FROM fold WHERE n < 159
)
SELECT f.id AS id, p.label AS old, trim(f.label) AS new FROM fold f JOIN patient p ON p.id = f.id WHERE f.n = 159;
UPDATE label_clean SET new = 'patient ' || id WHERE new = '';
UPDATE label_clean SET new = new || ' (' || id || ')'
WHERE new IN (SELECT label FROM patient WHERE patient.id <> label_clean.id)
   OR EXISTS (SELECT 1 FROM label_clean o WHERE o.new = label_clean.new AND o.id < label_clean.id);
INSERT INTO store_event (at, who, kind, detail)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'ExamPath', 'label-cleaned',
       'patient ' || id || ': its label held control characters (such as a tab), which store version 3 does not allow; '
       || 'each became a space. Was ' || quote(old) || ', now ' || quote(new) || '.'
FROM label_clean ORDER BY id;
UPDATE patient SET label = (SELECT new FROM label_clean WHERE label_clean.id = patient.id)
WHERE id IN (SELECT id FROM label_clean);
DROP TABLE label_clean;

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
