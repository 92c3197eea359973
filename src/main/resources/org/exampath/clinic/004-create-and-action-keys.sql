-- ExamPath clinic store, version 4: a create or a red-flag action whose commit was written but whose
-- answer was lost (the server went down in between) is stored once when the client sends it again.
-- The client names each new encounter and each action with a key of its own choosing (a random UUID)
-- and sends the same key on a retry; a key already stored in the clinic means the work was done.
-- Rows from before keep no key (NULL), and NULLs never clash. Keys are unique per clinic: the clinic
-- is stamped by the BEFORE INSERT trigger, so a key says nothing about another clinic's rows, and the
-- look-up by key runs under the same row-level security as every other read.
ALTER TABLE exampath.encounter ADD COLUMN create_key TEXT
    CHECK (create_key IS NULL OR length(create_key) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX encounter_create_key ON exampath.encounter (clinic_id, create_key);
ALTER TABLE exampath.red_flag_ack ADD COLUMN action_key TEXT
    CHECK (action_key IS NULL OR length(action_key) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX red_flag_ack_action_key ON exampath.red_flag_ack (clinic_id, action_key);

-- An encounter's key is fixed once it is made (clinicians may UPDATE encounters, not their key).
CREATE OR REPLACE FUNCTION exampath.keep_create_key() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.create_key IS DISTINCT FROM OLD.create_key THEN
        RAISE EXCEPTION 'an encounter''s create key cannot be changed' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION exampath.keep_create_key() FROM PUBLIC;
DROP TRIGGER IF EXISTS encounter_key_fixed ON exampath.encounter;
CREATE TRIGGER encounter_key_fixed BEFORE UPDATE OF create_key ON exampath.encounter
    FOR EACH ROW EXECUTE FUNCTION exampath.keep_create_key();
