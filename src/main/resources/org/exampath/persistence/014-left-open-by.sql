-- ExamPath store, version 14: which window left each encounter open (review 36, finding 3).
-- Two computers may share one file. A window's start resumes the open encounter its own user, on its own computer, saved
-- last (left_open_by names them: a random id kept in that user's data folder), never a colleague's exam in the next room.
-- Encounters of earlier versions name no one: they are opened from the list, never resumed.
ALTER TABLE encounter ADD COLUMN left_open_by TEXT;
CREATE INDEX encounter_left_open ON encounter (left_open_by, status, updated_at);
