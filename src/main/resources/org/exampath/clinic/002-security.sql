-- ExamPath clinic store, version 2: roles, grants and row-level security. The database decides who
-- sees what; the application holds no secret and no privilege of its own.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'exampath_clinician') THEN
        CREATE ROLE exampath_clinician NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'exampath_student') THEN
        CREATE ROLE exampath_student NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'exampath_teacher') THEN
        CREATE ROLE exampath_teacher NOLOGIN;
    END IF;
END
$$;

-- The caller's clinic and class, read from member by the table owner (SECURITY DEFINER), so that a
-- clinician needs no right to read the member list itself.
CREATE FUNCTION exampath.my_clinic() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, exampath AS
$$ SELECT clinic_id FROM exampath.member WHERE role_name = session_user AND kind = 'clinician' $$;

CREATE FUNCTION exampath.my_class() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, exampath AS
$$ SELECT class_name FROM exampath.member WHERE role_name = session_user AND kind IN ('student', 'teacher') $$;

CREATE FUNCTION exampath.i_teach(class TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, exampath AS
$$ SELECT EXISTS (SELECT 1 FROM exampath.member
                  WHERE role_name = session_user AND kind = 'teacher' AND class_name = class) $$;

-- Rows written by a clinician belong to that clinician's clinic, and say who wrote them; the client
-- cannot choose either.
CREATE FUNCTION exampath.stamp_clinic() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    NEW.clinic_id := exampath.my_clinic();
    IF NEW.clinic_id IS NULL THEN
        RAISE EXCEPTION 'role % is not a clinician of any clinic', session_user USING ERRCODE = '42501';
    END IF;
    -- A row may hang only from a parent the writer can see: row-level security applies to this look-up.
    IF TG_TABLE_NAME = 'encounter' THEN
        IF NOT EXISTS (SELECT 1 FROM exampath.patient WHERE id = NEW.patient_id) THEN
            RAISE EXCEPTION 'no patient % in this clinic', NEW.patient_id USING ERRCODE = '42501';
        END IF;
    ELSIF TG_TABLE_NAME IN ('finding', 'audit', 'red_flag_ack') THEN
        IF NOT EXISTS (SELECT 1 FROM exampath.encounter WHERE id = NEW.encounter_id) THEN
            RAISE EXCEPTION 'no encounter % in this clinic', NEW.encounter_id USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION exampath.stamp_audit() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    NEW.who := session_user;
    NEW.at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION exampath.stamp_finding() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    NEW.set_by := session_user;
    NEW.set_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION exampath.stamp_student() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    NEW.student := session_user;
    NEW.class_name := exampath.my_class();
    NEW.at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION exampath.refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the audit is append-only' USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER patient_clinic BEFORE INSERT ON exampath.patient FOR EACH ROW EXECUTE FUNCTION exampath.stamp_clinic();
CREATE TRIGGER encounter_clinic BEFORE INSERT ON exampath.encounter FOR EACH ROW EXECUTE FUNCTION exampath.stamp_clinic();
CREATE TRIGGER finding_clinic BEFORE INSERT ON exampath.finding FOR EACH ROW EXECUTE FUNCTION exampath.stamp_clinic();
CREATE TRIGGER finding_who BEFORE INSERT OR UPDATE ON exampath.finding FOR EACH ROW EXECUTE FUNCTION exampath.stamp_finding();
CREATE TRIGGER audit_clinic BEFORE INSERT ON exampath.audit FOR EACH ROW EXECUTE FUNCTION exampath.stamp_clinic();
CREATE TRIGGER audit_who BEFORE INSERT ON exampath.audit FOR EACH ROW EXECUTE FUNCTION exampath.stamp_audit();
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON exampath.audit FOR EACH ROW EXECUTE FUNCTION exampath.refuse_change();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON exampath.audit FOR EACH STATEMENT EXECUTE FUNCTION exampath.refuse_change();
CREATE TRIGGER ack_clinic BEFORE INSERT ON exampath.red_flag_ack FOR EACH ROW EXECUTE FUNCTION exampath.stamp_clinic();
CREATE TRIGGER ack_who BEFORE INSERT ON exampath.red_flag_ack FOR EACH ROW EXECUTE FUNCTION exampath.stamp_audit();
CREATE TRIGGER ack_no_update BEFORE UPDATE OR DELETE ON exampath.red_flag_ack FOR EACH ROW EXECUTE FUNCTION exampath.refuse_change();
CREATE TRIGGER attempt_student BEFORE INSERT ON exampath.practice_attempt FOR EACH ROW EXECUTE FUNCTION exampath.stamp_student();

REVOKE ALL ON ALL TABLES IN SCHEMA exampath FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA exampath FROM PUBLIC;
GRANT USAGE ON SCHEMA exampath TO exampath_clinician, exampath_student, exampath_teacher;
GRANT EXECUTE ON FUNCTION exampath.my_clinic(), exampath.my_class(), exampath.i_teach(TEXT)
    TO exampath_clinician, exampath_student, exampath_teacher;

GRANT SELECT, INSERT, UPDATE ON exampath.patient, exampath.encounter, exampath.finding TO exampath_clinician;
GRANT SELECT, INSERT ON exampath.audit, exampath.red_flag_ack TO exampath_clinician;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA exampath TO exampath_clinician, exampath_student;
GRANT SELECT, INSERT ON exampath.practice_attempt TO exampath_student;
GRANT SELECT ON exampath.practice_attempt TO exampath_teacher;

ALTER TABLE exampath.patient ENABLE ROW LEVEL SECURITY;
ALTER TABLE exampath.encounter ENABLE ROW LEVEL SECURITY;
ALTER TABLE exampath.finding ENABLE ROW LEVEL SECURITY;
ALTER TABLE exampath.audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE exampath.red_flag_ack ENABLE ROW LEVEL SECURITY;
ALTER TABLE exampath.practice_attempt ENABLE ROW LEVEL SECURITY;

CREATE POLICY own_clinic ON exampath.patient TO exampath_clinician
    USING (clinic_id = exampath.my_clinic()) WITH CHECK (clinic_id = exampath.my_clinic());
CREATE POLICY own_clinic ON exampath.encounter TO exampath_clinician
    USING (clinic_id = exampath.my_clinic()) WITH CHECK (clinic_id = exampath.my_clinic());
CREATE POLICY own_clinic ON exampath.finding TO exampath_clinician
    USING (clinic_id = exampath.my_clinic()) WITH CHECK (clinic_id = exampath.my_clinic());
CREATE POLICY own_clinic ON exampath.audit TO exampath_clinician
    USING (clinic_id = exampath.my_clinic()) WITH CHECK (clinic_id = exampath.my_clinic());
CREATE POLICY own_clinic ON exampath.red_flag_ack TO exampath_clinician
    USING (clinic_id = exampath.my_clinic()) WITH CHECK (clinic_id = exampath.my_clinic());
CREATE POLICY own_attempts ON exampath.practice_attempt FOR ALL TO exampath_student
    USING (student = session_user) WITH CHECK (student = session_user);
CREATE POLICY class_attempts ON exampath.practice_attempt FOR SELECT TO exampath_teacher
    USING (exampath.i_teach(class_name));
