-- ExamPath clinic store, version 15: the red-flag actions are found by their encounter through an index.
--
-- The encounter list now says, under each raised flag, whether an action is recorded; it reads the actions of every
-- row it lists (a subquery on red_flag_ack by encounter_id). The SQLite store has indexed that column since its first
-- version; the clinic table had only its primary key and the action key, so each listed row scanned every action the
-- clinic ever recorded. Nothing stored changes.
CREATE INDEX IF NOT EXISTS red_flag_ack_encounter ON exampath.red_flag_ack (encounter_id);
