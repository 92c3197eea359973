-- ExamPath clinic store, version 20: the knowledge version each encounter's list summary (leading hypothesis, its
-- probability, flags) stands under (review 41, finding 4), as in the desktop store's version 15. A store whose
-- summariser runs under another version works those summaries out again. A row from before that has a summary is taken
-- to stand under the version it was recorded with; a row with none keeps none. Run twice, it changes nothing more.
ALTER TABLE exampath.encounter ADD COLUMN IF NOT EXISTS summary_knowledge TEXT;
UPDATE exampath.encounter SET summary_knowledge = knowledge_version
WHERE summary_knowledge IS NULL AND (flags IS NOT NULL OR leading_hypothesis IS NOT NULL);
