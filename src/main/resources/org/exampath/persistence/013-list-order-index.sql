-- ExamPath store, version 13: an index in the encounter list's order (review 32, finding 5).
-- The list now puts undated imports after every dated visit (ORDER BY undated, date DESC, id DESC) so that its limit
-- keeps the newest dated visits; the date index alone no longer gives that order, so each list sorted every row.
CREATE INDEX encounter_list_order ON encounter (undated, date DESC, id DESC);
