-- ExamPath store, version 15: the knowledge version each encounter's list summary (leading, leading_probability,
-- flags) stands under (review 41, finding 4). Until now a summary stayed as the knowledge of its last save worked it
-- out; a store whose summariser runs under another version now works it out again. A row from before that has a
-- summary is taken to stand under the version it was recorded with (a later save may have used newer knowledge: then
-- it is worked out once more, which changes nothing but the summary); a row with none (a store without a summariser
-- saved it: "not recorded") keeps none.
ALTER TABLE encounter ADD COLUMN summary_knowledge TEXT;
UPDATE encounter SET summary_knowledge = knowledge_version WHERE flags IS NOT NULL OR leading IS NOT NULL;
