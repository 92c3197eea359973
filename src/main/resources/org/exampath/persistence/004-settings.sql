-- ExamPath store, version 4: the clinician's own settings (name and clinic for the note).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY CHECK (key IN ('clinician', 'clinic')),
    value TEXT NOT NULL CHECK (length(value) <= 200)
);
