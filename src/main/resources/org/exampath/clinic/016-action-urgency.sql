-- ExamPath clinic store, version 16: each red-flag action keeps the urgency its flag stood at when it was recorded.
--
-- One flag can stand at several urgencies (cauda equina is urgent with symptoms in both legs, an emergency once the
-- saddle is numb). An action was stored by flag id alone, so one recorded at urgent made the encounter list say
-- "action recorded" under EMERGENCY once the flag rose, and "Flags without an action" left the encounter out. The
-- client now sends the urgency the flag stood at as the clinician saw it; the list counts an action only for its
-- flag at that urgency or a lower one. The SQLite store's version 11 is the same.
--
-- Actions stored before this version keep none (NULL) and are never altered (the table is append-only): the
-- encounter keeps only its latest flags, which may have risen since the action, so no level is guessed from them.
-- The list counts such an action only for its flag at soon, the lowest urgency an action is recorded at (ADR 6).
-- Safe to run again by hand.
ALTER TABLE exampath.red_flag_ack ADD COLUMN IF NOT EXISTS urgency TEXT;
ALTER TABLE exampath.red_flag_ack DROP CONSTRAINT IF EXISTS red_flag_ack_urgency_known;
ALTER TABLE exampath.red_flag_ack ADD CONSTRAINT red_flag_ack_urgency_known
    CHECK (urgency IS NULL OR urgency IN ('emergency', 'urgent', 'soon'));
