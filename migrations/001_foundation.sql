-- Foundation: organisations, people, partnerships, courses and the course record.
-- Every table that belongs to a course carries municipality_id: the owning municipality
-- (data controller) and the distribution key if the schema is ever sharded (docs/scaling.md).

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('municipality', 'institution', 'company', 'other')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  cvr text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, name)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE CHECK (username = lower(username)),
  display_name text NOT NULL,
  password_hash text,
  locale text NOT NULL DEFAULT 'da' CHECK (locale IN ('da', 'en')),
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A user's standing in an organisation; course roles are in course_team.
CREATE TABLE memberships (
  user_id uuid NOT NULL REFERENCES users(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  role text NOT NULL CHECK (role IN ('youthCoordinator', 'caseworker', 'workshopMentor', 'jobConsultant',
    'companyMentor', 'leader', 'participant', 'networkMember')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, organisation_id, role)
);

CREATE TABLE partnerships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  institution_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL UNIQUE,
  target_admitted integer CHECK (target_admitted >= 0),
  target_closer_share numeric CHECK (target_closer_share BETWEEN 0 AND 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, institution_id)
);

CREATE TABLE participants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  partnership_id uuid NOT NULL REFERENCES partnerships(id),
  -- The reference an import uses to recognise the same participant again.
  ref text NOT NULL,
  given_name text NOT NULL,
  family_name text NOT NULL,
  birth_date date NOT NULL,
  gender text NOT NULL CHECK (gender IN ('female', 'male', 'other')),
  disabilities text[] NOT NULL DEFAULT '{}',
  acquired_strains text[] NOT NULL DEFAULT '{}',
  support_needs text NOT NULL DEFAULT '',
  phone text,
  email text,
  -- CPR is protected data: AES-256-GCM ciphertext only; the UI shows a mask.
  cpr_encrypted text,
  user_id uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (partnership_id, ref)
);
CREATE INDEX participants_user ON participants (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE courses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  partnership_id uuid NOT NULL REFERENCES partnerships(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  referral_date date,
  start_date date,
  -- NULL: the granted length is not yet decided.
  granted_months integer CHECK (granted_months BETWEEN 1 AND 120),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
  outcome_type text CHECK (outcome_type IN ('ordinaryJob', 'flexJob', 'wageSubsidyJob', 'shelteredEmployment',
    'education', 'otherCourse', 'movedAway', 'stopped')),
  outcome_date date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((outcome_type IS NULL) = (outcome_date IS NULL))
);
CREATE INDEX courses_participant ON courses (participant_id);
CREATE INDEX courses_partnership ON courses (partnership_id);

-- Paused and resumed without losing history: every change of status is a row.
CREATE TABLE course_status_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  status text NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
  effective_date date NOT NULL,
  reason text NOT NULL DEFAULT '',
  changed_by uuid REFERENCES users(id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX course_status_history_course ON course_status_history (course_id, changed_at);

CREATE TABLE course_team (
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  user_id uuid NOT NULL REFERENCES users(id),
  -- The organisation the user acts for on this course: decides which consent applies.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  role text NOT NULL CHECK (role IN ('youthCoordinator', 'caseworker', 'workshopMentor', 'jobConsultant',
    'companyMentor', 'participant')),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (course_id, user_id)
);
CREATE INDEX course_team_user ON course_team (user_id);

CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  purpose text NOT NULL CHECK (purpose IN ('shareWithMunicipality', 'shareWithCompany', 'statistics')),
  recipient_organisation_id uuid REFERENCES organisations(id),
  given_on date NOT NULL,
  withdrawn_on date,
  recorded_by uuid REFERENCES users(id),
  withdrawn_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((purpose = 'shareWithCompany') = (recipient_organisation_id IS NOT NULL))
);
CREATE INDEX consents_participant ON consents (participant_id);

CREATE TABLE journal_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  author_id uuid NOT NULL REFERENCES users(id),
  note_date date NOT NULL,
  track text,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  -- Who may read: the whole team (incl. company mentor and participant), professionals only,
  -- or the institution's own staff only.
  visibility text NOT NULL CHECK (visibility IN ('team', 'professionals', 'institution')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX journal_notes_course ON journal_notes (course_id, note_date DESC, created_at DESC);

CREATE TABLE attendance (
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  day date NOT NULL,
  status text NOT NULL CHECK (status IN ('present', 'absent')),
  absence_reason text CHECK (absence_reason IN ('sick', 'agreed', 'unexplained')),
  hours numeric(4, 2) NOT NULL DEFAULT 0 CHECK (hours >= 0 AND hours <= 24),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (participant_id, day),
  CHECK ((status = 'absent') = (absence_reason IS NOT NULL))
);
CREATE INDEX attendance_course_day ON attendance (course_id, day);

CREATE TABLE goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  parent_goal_id uuid REFERENCES goals(id),
  area text NOT NULL CHECK (area IN ('employmentEducation', 'socialHealth', 'leisureRelations')),
  track text,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'paused', 'dropped')),
  -- The learning circle's four steps.
  circle_goal text NOT NULL DEFAULT '',
  circle_activities text NOT NULL DEFAULT '',
  circle_measure text NOT NULL DEFAULT '',
  circle_learned text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX goals_course ON goals (course_id);

-- Nothing is overwritten: every version of a goal is kept.
CREATE TABLE goal_versions (
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  goal_id uuid NOT NULL REFERENCES goals(id),
  version integer NOT NULL,
  snapshot jsonb NOT NULL,
  changed_by uuid REFERENCES users(id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (goal_id, version)
);

CREATE TABLE measurement_instruments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL,
  version integer NOT NULL,
  definition jsonb NOT NULL,
  UNIQUE (key, version)
);

CREATE TABLE measurements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  instrument_id uuid NOT NULL REFERENCES measurement_instruments(id),
  measured_on date NOT NULL,
  scores jsonb NOT NULL,
  recorded_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX measurements_course ON measurements (course_id, measured_on);

CREATE TABLE sessions (
  -- SHA-256 of the cookie value: a leaked table does not yield live sessions.
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL,
  succeeded boolean NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_username ON login_attempts (username, attempted_at);

-- Append-only: who did what to whose data, when and why. No personal data in `detail`.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  action text NOT NULL,
  municipality_id uuid,
  participant_id uuid,
  course_id uuid,
  object_type text,
  object_id text,
  purpose text NOT NULL,
  detail jsonb
);
CREATE INDEX audit_log_participant ON audit_log (participant_id, occurred_at);
CREATE INDEX audit_log_actor ON audit_log (actor_user_id, occurred_at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- The application's own role. The connecting (owner) role runs migrations; requests run as
-- vivirk_app, which may read and append to the audit log but never change or delete it.
-- Roles are cluster-wide: two databases migrating at once may race to create it.
DO $$
BEGIN
  CREATE ROLE vivirk_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;
GRANT vivirk_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO vivirk_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO vivirk_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM vivirk_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO vivirk_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO vivirk_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO vivirk_app;

-- The default instrument: the distance-to-labour-market form, four dimensions on 1–5.
INSERT INTO measurement_instruments (key, version, definition) VALUES ('distanceToLabourMarket', 1, '{
  "dimensions": ["motivation", "workIdentity", "clarification", "knowledge"],
  "scale": { "min": 1, "max": 5 },
  "labels": {
    "da": { "1": "Slet ikke", "2": "Lidt", "3": "Noget", "4": "Meget", "5": "Helt" },
    "en": { "1": "Not at all", "2": "A little", "3": "Somewhat", "4": "Much", "5": "Fully" }
  }
}');
