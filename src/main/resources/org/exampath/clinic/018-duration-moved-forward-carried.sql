-- ExamPath clinic store, version 18: a follow-up's pain duration moved forward since the last visit is carried over,
-- not the new clinician's entry, as in the SQLite store (review 32, finding 2).
--
-- A follow-up starts with the last visit's duration in weeks moved forward by the time since (FollowUp.movedForwardFrom
-- counts it from the visit that entered it, rounded once). Until now carried_from (version 6) knew only a value the
-- last visit holds, so the server audited "duration 8 weeks" in the name of whoever started the follow-up, who never
-- typed it, and stamped set_by with their name. The rule stays the server's, trusting nothing the client says: in the
-- transaction that creates the follow-up, a count for a finding whose name ends in _weeks is also carried over when it
-- is above the last visit's count by no more than the whole weeks between the two visits' dates, plus one for the
-- rounding (the follow-up's date taken no later than tomorrow by the server's clock). A client can so leave out of the
-- audit only the time that has passed, on a value its clinic already holds in the patient's last visit; any other
-- value, and every later change, is audited in the writer's name as before. The set_by and set_at stay the last
-- visit's, as for any carried-over finding.
CREATE OR REPLACE FUNCTION exampath.carried_from(p_encounter BIGINT, p_finding TEXT, p_value TEXT)
    RETURNS TABLE (set_by NAME, set_at TIMESTAMPTZ)
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, exampath AS
$$
BEGIN
    RETURN QUERY SELECT f.set_by, f.set_at FROM exampath.encounter e
        JOIN exampath.encounter last ON last.id = e.previous_id AND last.id <> e.id AND last.patient_id = e.patient_id
        JOIN exampath.finding f ON f.encounter_id = last.id AND f.finding = p_finding
        WHERE e.id = p_encounter AND e.created_in = pg_current_xact_id()
          AND (f.value = p_value
               OR (p_finding LIKE '%\_weeks' AND f.value ~ '^n:[0-9]{1,9}$' AND p_value ~ '^n:[0-9]{1,9}$'
                   AND substr(p_value, 3)::BIGINT > substr(f.value, 3)::BIGINT
                   AND substr(p_value, 3)::BIGINT <= substr(f.value, 3)::BIGINT
                       + GREATEST(0, LEAST(e.date, current_date + 1) - last.date) / 7 + 1));
END
$$;
