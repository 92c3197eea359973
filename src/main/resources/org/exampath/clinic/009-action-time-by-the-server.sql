-- ExamPath clinic store, version 9: a red-flag action's time is the server's, whatever the workstation's clock says.
--
-- Version 5 let the client send recorded_at, read from the workstation's clock, and refused one more than five
-- minutes after the server's stamp. A consulting-room PC whose clock ran ten minutes fast could then store no
-- action at all: every try, and the recovery copy at every start, was refused. A clinical action is never refused
-- over a clock.
--
-- Now the client reports two readings of its own clock: when the clinician recorded the action (reported_at) and
-- when it sent it (reported_sent_at). Both are kept as reported and never checked. The server works out
-- recorded_at itself: its own stamp less how long before sending the workstation says the action was recorded, so
-- a clock that runs fast or slow by the same amount at both readings cancels out. A recorded time after the
-- sending time (the workstation's clock was put back meanwhile) gives the server's stamp, the latest the action
-- can have been recorded. Whatever the client sends as recorded_at is replaced, so recorded_at can never lie
-- after `at`. Rows from before keep the recorded_at they were given.
ALTER TABLE exampath.red_flag_ack DROP CONSTRAINT IF EXISTS red_flag_ack_check;
ALTER TABLE exampath.red_flag_ack DROP CONSTRAINT IF EXISTS red_flag_ack_recorded_at_check;
ALTER TABLE exampath.red_flag_ack ADD COLUMN reported_at TIMESTAMPTZ;
ALTER TABLE exampath.red_flag_ack ADD COLUMN reported_sent_at TIMESTAMPTZ;
ALTER TABLE exampath.red_flag_ack ADD CONSTRAINT red_flag_ack_recorded_by_server
    CHECK (recorded_at IS NULL OR recorded_at <= at) NOT VALID;

CREATE OR REPLACE FUNCTION exampath.stamp_recorded_at() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    NEW.recorded_at := CASE
        WHEN NEW.reported_at IS NULL OR NEW.reported_sent_at IS NULL THEN NULL
        WHEN NEW.reported_at >= NEW.reported_sent_at THEN now()
        ELSE now() - (NEW.reported_sent_at - NEW.reported_at)
    END;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION exampath.stamp_recorded_at() FROM PUBLIC;
DROP TRIGGER IF EXISTS ack_recorded_at ON exampath.red_flag_ack;
CREATE TRIGGER ack_recorded_at BEFORE INSERT ON exampath.red_flag_ack
    FOR EACH ROW EXECUTE FUNCTION exampath.stamp_recorded_at();
