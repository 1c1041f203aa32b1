-- The dashboard's attendance trend reads months, not days: registered days per course and calendar
-- month, kept by statement-level triggers in the same transaction as every registration,
-- correction and deletion (so an import of many days costs one aggregate, not one row each).

CREATE TABLE attendance_months (
  course_id uuid NOT NULL REFERENCES courses(id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  present integer NOT NULL DEFAULT 0,
  absent integer NOT NULL DEFAULT 0,
  PRIMARY KEY (course_id, month)
);

CREATE FUNCTION attendance_months_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO attendance_months AS m (course_id, month, present, absent)
  SELECT course_id, date_trunc('month', day)::date,
         count(*) FILTER (WHERE status = 'present'), count(*) FILTER (WHERE status = 'absent')
  FROM new_rows GROUP BY 1, 2
  ON CONFLICT (course_id, month) DO UPDATE
    SET present = m.present + EXCLUDED.present, absent = m.absent + EXCLUDED.absent;
  RETURN NULL;
END $$;

CREATE FUNCTION attendance_months_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE attendance_months AS m
  SET present = m.present - o.present, absent = m.absent - o.absent
  FROM (SELECT course_id, date_trunc('month', day)::date AS month,
               count(*) FILTER (WHERE status = 'present') AS present,
               count(*) FILTER (WHERE status = 'absent') AS absent
        FROM old_rows GROUP BY 1, 2) o
  WHERE m.course_id = o.course_id AND m.month = o.month;
  RETURN NULL;
END $$;

CREATE FUNCTION attendance_months_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE attendance_months AS m
  SET present = m.present - o.present, absent = m.absent - o.absent
  FROM (SELECT course_id, date_trunc('month', day)::date AS month,
               count(*) FILTER (WHERE status = 'present') AS present,
               count(*) FILTER (WHERE status = 'absent') AS absent
        FROM old_rows GROUP BY 1, 2) o
  WHERE m.course_id = o.course_id AND m.month = o.month;
  INSERT INTO attendance_months AS m (course_id, month, present, absent)
  SELECT course_id, date_trunc('month', day)::date,
         count(*) FILTER (WHERE status = 'present'), count(*) FILTER (WHERE status = 'absent')
  FROM new_rows GROUP BY 1, 2
  ON CONFLICT (course_id, month) DO UPDATE
    SET present = m.present + EXCLUDED.present, absent = m.absent + EXCLUDED.absent;
  RETURN NULL;
END $$;

CREATE TRIGGER attendance_months_insert AFTER INSERT ON attendance
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_months_add();
CREATE TRIGGER attendance_months_delete AFTER DELETE ON attendance
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_months_remove();
CREATE TRIGGER attendance_months_update AFTER UPDATE ON attendance
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_months_change();

INSERT INTO attendance_months (course_id, month, present, absent)
SELECT course_id, date_trunc('month', day)::date,
       count(*) FILTER (WHERE status = 'present'), count(*) FILTER (WHERE status = 'absent')
FROM attendance GROUP BY 1, 2;
