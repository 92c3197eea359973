-- ExamPath store, version 15: the knowledge version each encounter's list summary (leading, leading_probability,
-- flags) was worked out under (review 41, finding 4). Until now a summary stayed as the knowledge of its last save
-- worked it out; a store whose summariser runs under another knowledge version works it out again. Rows from before
-- have none recorded (a save may have come after encounter.knowledge_version was set), so each is worked out once.
ALTER TABLE encounter ADD COLUMN summary_knowledge TEXT;
