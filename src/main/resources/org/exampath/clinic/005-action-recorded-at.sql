-- ExamPath clinic store, version 5: when a red-flag action was recorded, beside when it was stored.
-- An action the server could not take at once (out of reach, or the app stopped before its retry) is
-- sent again later, perhaps days later from a recovery copy; its `at` is stamped by the server when it is
-- stored, so the moment the clinician recorded it travels with it as `recorded_at`, which the client
-- sets. It can only lie before the server's own stamp (five minutes allowed for a clock running ahead),
-- and rows from before keep none (read as their `at`).
ALTER TABLE exampath.red_flag_ack ADD COLUMN recorded_at TIMESTAMPTZ
    CHECK (recorded_at IS NULL OR recorded_at <= at + INTERVAL '5 minutes');
