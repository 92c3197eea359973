-- ExamPath store, version 6: a create or a red-flag action sent again (its answer was lost) is stored
-- once. The caller names each new encounter and each action with a key of its own choosing (a random
-- UUID) and sends the same key on a retry; a key already stored means the work was done. Rows from
-- before keep no key (NULL), and NULLs never clash.
ALTER TABLE encounter ADD COLUMN create_key TEXT CHECK (create_key IS NULL OR length(create_key) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX encounter_create_key ON encounter (create_key);
ALTER TABLE red_flag_ack ADD COLUMN action_key TEXT CHECK (action_key IS NULL OR length(action_key) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX red_flag_ack_action_key ON red_flag_ack (action_key);
