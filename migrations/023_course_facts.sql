-- What the due-date rules and momentum read about a course, kept as one row per course
-- (course_facts) by statement-level triggers in the same transaction as every write to the tables
-- they come from. A caseload of 57 courses read these facts with ten correlated subqueries per
-- course (≈ 600 subplan runs, 3 ms of PostgreSQL CPU); it now reads one row per course.
--
-- Each fact is defined once, by the function below that computes it; the triggers store its value
-- over all days, and a reader asking "as of" a day before a stored date (a contact dated after it,
-- a planned meeting already past) calls the same function with that day instead
-- (src/momentum/columns.ts).

-- The status changes, oldest first: the clock pauses while a course is paused (src/due/rules.ts).
CREATE FUNCTION course_status_changes(course uuid) RETURNS json LANGUAGE sql STABLE AS $$
  SELECT coalesce(json_agg(json_build_object('date', h.effective_date, 'status', h.status)
    ORDER BY h.changed_at, h.id), '[]'::json)
  FROM course_status_history h WHERE h.course_id = course $$;

-- The professional's measurements on the distance-to-labour-market form (DEFAULT_INSTRUMENT_KEY in
-- src/measurements/instrument.ts): the young person's own scores are recorded beside them and do
-- not count.
CREATE FUNCTION course_measured_on(course uuid) RETURNS json LANGUAGE sql STABLE AS $$
  SELECT coalesce(json_agg(m.measured_on ORDER BY m.measured_on), '[]'::json)
  FROM measurements m JOIN measurement_instruments i ON i.id = m.instrument_id
  WHERE m.course_id = course AND m.perspective = 'professional' AND i.key = 'distanceToLabourMarket' $$;

-- Approved letters only (drafts live in their own table); a correction replaces a letter's text,
-- not its place in the rhythm, so it does not count as a new letter.
CREATE FUNCTION course_letters_approved_on(course uuid) RETURNS json LANGUAGE sql STABLE AS $$
  SELECT coalesce(json_agg(l.approved_on ORDER BY l.approved_on) FILTER (WHERE l.replaces_id IS NULL), '[]'::json)
  FROM status_letters l WHERE l.course_id = course $$;

-- Letters written in the app that no caseworker has opened yet (imported ones were read elsewhere).
CREATE FUNCTION course_unread_letters(course uuid) RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT count(*)::int FROM status_letters l
  WHERE l.course_id = course AND l.recorded_by IS NOT NULL AND l.first_read_at IS NULL $$;

-- The workflow's recorded steps: the caseload shows the step each course is at.
CREATE FUNCTION course_step_kinds(course uuid) RETURNS json LANGUAGE sql STABLE AS $$
  SELECT coalesce(json_agg(s.kind ORDER BY s.kind), '[]'::json) FROM course_steps s WHERE s.course_id = course $$;

-- Momentum (src/momentum/momentum.ts): the latest of each kind of contact up to a day, the next
-- planned meeting from a day, the earliest open task. A meeting's day is its day in Denmark.
CREATE FUNCTION course_last_present(course uuid, as_of date) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT max(a.day) FROM attendance a
  WHERE a.course_id = course AND a.status = 'present' AND a.day <= as_of $$;

CREATE FUNCTION course_last_meeting(course uuid, as_of date) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT max((m.starts_at AT TIME ZONE 'Europe/Copenhagen')::date) FROM meetings m
  JOIN meeting_participants mp ON mp.meeting_id = m.id AND mp.kind = 'youngPerson' AND mp.present
  WHERE m.course_id = course AND m.status = 'held'
    AND (m.starts_at AT TIME ZONE 'Europe/Copenhagen')::date <= as_of $$;

CREATE FUNCTION course_last_contact_note(course uuid, as_of date) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT max(n.note_date) FROM journal_notes n
  WHERE n.course_id = course AND n.records_contact AND n.note_date <= as_of $$;

CREATE FUNCTION course_next_meeting(course uuid, from_day date) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT min((m.starts_at AT TIME ZONE 'Europe/Copenhagen')::date) FROM meetings m
  WHERE m.course_id = course AND m.status = 'planned'
    AND (m.starts_at AT TIME ZONE 'Europe/Copenhagen')::date >= from_day $$;

CREATE FUNCTION course_next_task(course uuid) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT min(t.deadline) FROM tasks t
  WHERE t.course_id = course AND t.done_at IS NULL AND t.deadline IS NOT NULL $$;

-- A course without a row has none of these facts yet: readers left join and take the defaults.
CREATE TABLE course_facts (
  course_id uuid PRIMARY KEY REFERENCES courses(id) ON DELETE CASCADE,
  status_changes json NOT NULL DEFAULT '[]',
  measured_on json NOT NULL DEFAULT '[]',
  letters_approved_on json NOT NULL DEFAULT '[]',
  unread_letters integer NOT NULL DEFAULT 0,
  step_kinds json NOT NULL DEFAULT '[]',
  -- Over all days: a reader as of an earlier day asks the function again (see the top).
  last_present date,
  last_meeting date,
  last_contact_note date,
  next_meeting date,
  next_task date
);

-- Recomputes the facts one table gives for some courses. The row lock comes first, in statements
-- of its own (the insert already waits for a writer that changed the row; FOR UPDATE also for one
-- that only locked it): a concurrent writer of the same course is waited for, and the UPDATE that
-- follows takes a new snapshot that sees what that writer committed, so neither overwrites the
-- other's fact with one computed without it. Updating the row in place is not enough: a blocked
-- UPDATE re-checks the row but computes its values from its first snapshot.
CREATE FUNCTION refresh_course_facts(ids uuid[], source text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO course_facts (course_id)
  SELECT DISTINCT x FROM unnest(ids) AS x JOIN courses c ON c.id = x ORDER BY x
  ON CONFLICT (course_id) DO NOTHING;
  PERFORM 1 FROM course_facts WHERE course_id = ANY (ids) ORDER BY course_id FOR UPDATE;
  IF source = 'course_status_history' THEN
    UPDATE course_facts SET status_changes = course_status_changes(course_id) WHERE course_id = ANY (ids);
  ELSIF source = 'measurements' THEN
    UPDATE course_facts SET measured_on = course_measured_on(course_id) WHERE course_id = ANY (ids);
  ELSIF source = 'status_letters' THEN
    UPDATE course_facts SET letters_approved_on = course_letters_approved_on(course_id),
      unread_letters = course_unread_letters(course_id) WHERE course_id = ANY (ids);
  ELSIF source = 'course_steps' THEN
    UPDATE course_facts SET step_kinds = course_step_kinds(course_id) WHERE course_id = ANY (ids);
  ELSIF source = 'attendance' THEN
    UPDATE course_facts SET last_present = course_last_present(course_id, 'infinity')
    WHERE course_id = ANY (ids);
  ELSIF source IN ('meetings', 'meeting_participants') THEN
    UPDATE course_facts SET last_meeting = course_last_meeting(course_id, 'infinity'),
      next_meeting = course_next_meeting(course_id, '-infinity') WHERE course_id = ANY (ids);
  ELSIF source = 'journal_notes' THEN
    UPDATE course_facts SET last_contact_note = course_last_contact_note(course_id, 'infinity')
    WHERE course_id = ANY (ids);
  ELSIF source = 'tasks' THEN
    UPDATE course_facts SET next_task = course_next_task(course_id) WHERE course_id = ANY (ids);
  ELSE
    RAISE EXCEPTION 'refresh_course_facts: no facts come from %', source;
  END IF;
END $$;

-- The trigger on every table with a course_id column (one compiled copy per table, so a
-- transition table that a trigger does not have is never looked up).
CREATE FUNCTION course_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_course_facts(array(SELECT course_id FROM new_rows WHERE course_id IS NOT NULL), TG_TABLE_NAME);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_course_facts(array(SELECT course_id FROM old_rows WHERE course_id IS NOT NULL), TG_TABLE_NAME);
  ELSE
    PERFORM refresh_course_facts(array(SELECT course_id FROM new_rows WHERE course_id IS NOT NULL
      UNION SELECT course_id FROM old_rows WHERE course_id IS NOT NULL), TG_TABLE_NAME);
  END IF;
  RETURN NULL;
END $$;

-- Who was present at a meeting belongs to the meeting's course.
CREATE FUNCTION course_facts_meeting_participants_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_course_facts(array(SELECT m.course_id FROM new_rows r JOIN meetings m ON m.id = r.meeting_id
      WHERE m.course_id IS NOT NULL), TG_TABLE_NAME);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_course_facts(array(SELECT m.course_id FROM old_rows r JOIN meetings m ON m.id = r.meeting_id
      WHERE m.course_id IS NOT NULL), TG_TABLE_NAME);
  ELSE
    PERFORM refresh_course_facts(array(SELECT m.course_id FROM new_rows r JOIN meetings m ON m.id = r.meeting_id
      WHERE m.course_id IS NOT NULL UNION SELECT m.course_id FROM old_rows r JOIN meetings m ON m.id = r.meeting_id
      WHERE m.course_id IS NOT NULL), TG_TABLE_NAME);
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t text;
  fn text;
BEGIN
  FOREACH t IN ARRAY ARRAY['course_status_history', 'measurements', 'status_letters', 'course_steps',
    'attendance', 'meetings', 'meeting_participants', 'journal_notes', 'tasks'] LOOP
    fn := CASE WHEN t = 'meeting_participants' THEN 'course_facts_meeting_participants_changed' ELSE 'course_facts_changed' END;
    EXECUTE format('CREATE TRIGGER course_facts_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, fn);
    EXECUTE format('CREATE TRIGGER course_facts_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, fn);
    EXECUTE format('CREATE TRIGGER course_facts_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows '
      'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t, fn);
  END LOOP;
END $$;

-- Every course's facts from scratch: the backfill below, and a bulk load that ran with its
-- triggers off (the bench's seed).
CREATE FUNCTION rebuild_course_facts() RETURNS void LANGUAGE sql AS $$
  DELETE FROM course_facts;
  INSERT INTO course_facts (course_id, status_changes, measured_on, letters_approved_on, unread_letters,
    step_kinds, last_present, last_meeting, last_contact_note, next_meeting, next_task)
  SELECT id, course_status_changes(id), course_measured_on(id), course_letters_approved_on(id),
    course_unread_letters(id), course_step_kinds(id), course_last_present(id, 'infinity'),
    course_last_meeting(id, 'infinity'), course_last_contact_note(id, 'infinity'),
    course_next_meeting(id, '-infinity'), course_next_task(id)
  FROM courses $$;

SELECT rebuild_course_facts();
