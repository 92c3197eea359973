-- ExamPath clinic store, version 12: the search finds a patient whatever Unicode form their label was stored in.
-- Labels have been stored in NFC since the store began normalising them, and the search looks for its text in NFC,
-- but a label stored before then as the client gave it (NFD from a file written on a Mac: 'e' and a combining
-- accent) never matched 'José' typed. The labels themselves are left as they were stored (the same label in both
-- forms may name two patients, which one NFC label per clinic could not hold); the search key the list reads,
-- label_key, becomes the lower-cased NFC of the label, for every row, and is indexed as before. normalize() needs a
-- UTF8 database; in another encoding, which cannot hold a combining accent beside its letter anyway, the key stays
-- lower(label).
ALTER TABLE exampath.patient DROP COLUMN label_key;
DO $$
BEGIN
    IF current_setting('server_encoding') = 'UTF8' THEN
        EXECUTE 'ALTER TABLE exampath.patient ADD COLUMN label_key TEXT GENERATED ALWAYS AS (lower(normalize(label, NFC))) STORED';
    ELSE
        EXECUTE 'ALTER TABLE exampath.patient ADD COLUMN label_key TEXT GENERATED ALWAYS AS (lower(label)) STORED';
    END IF;
END
$$;
CREATE INDEX patient_label ON exampath.patient (clinic_id, label_key text_pattern_ops);
