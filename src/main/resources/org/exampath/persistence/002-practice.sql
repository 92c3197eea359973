-- ExamPath store, version 2: practice mode.
CREATE TABLE student (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80)
);

CREATE TABLE attempt (
    id             INTEGER PRIMARY KEY,
    student_id     INTEGER NOT NULL REFERENCES student (id),
    case_name      TEXT NOT NULL,
    at             TEXT NOT NULL,
    score          INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    leading_correct INTEGER NOT NULL,
    missed_flags   TEXT NOT NULL,
    tests_used     INTEGER NOT NULL,
    brier          REAL
);
CREATE INDEX attempt_student ON attempt (student_id, at);
