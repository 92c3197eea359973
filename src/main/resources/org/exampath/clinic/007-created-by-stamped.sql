-- ExamPath clinic store, version 7: who made an encounter is the server's word, as every other "who" is.
-- encounter.created_by only defaulted to session_user, so a client could name any other login in its
-- INSERT, or change the name afterwards with an UPDATE; the encounter list shows it as the encounter's
-- clinician, and a session resumes only its own login's open encounters by it. Now the server stamps it
-- on INSERT with session_user whatever the client sends, and refuses to change it afterwards (for the
-- owner too: a trigger, not a grant). Encounters made before keep the name they were given.
CREATE OR REPLACE FUNCTION exampath.stamp_created_by() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := session_user;
    ELSIF NEW.created_by IS DISTINCT FROM OLD.created_by THEN
        RAISE EXCEPTION 'who made an encounter cannot be changed' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION exampath.stamp_created_by() FROM PUBLIC;
DROP TRIGGER IF EXISTS encounter_created_by ON exampath.encounter;
CREATE TRIGGER encounter_created_by BEFORE INSERT OR UPDATE OF created_by ON exampath.encounter
    FOR EACH ROW EXECUTE FUNCTION exampath.stamp_created_by();
