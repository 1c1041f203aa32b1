-- Meetings (DOMAIN.md "Meetings"): the model's rhythm of visit, start-up, evaluation, follow-up,
-- status, network and transition meetings on a course, and the partnership's own meetings
-- (development group, half-yearly status) that belong to no course. Tasks come out of meetings
-- and feed the work queue; the young person answers "Følte du dig hørt?" after one they attended.

CREATE TABLE meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  partnership_id uuid NOT NULL REFERENCES partnerships(id),
  -- NULL only for the partnership's own meetings.
  course_id uuid REFERENCES courses(id),
  kind text NOT NULL CHECK (kind IN ('visit', 'startUp', 'evaluation', 'followUp', 'status', 'network',
    'transition', 'developmentGroup', 'partnershipStatus')),
  title text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  place text NOT NULL DEFAULT '' CHECK (length(place) <= 300),
  -- Host (who invites) and chair (who leads): usually the coordinator, agreed per meeting.
  host_id uuid REFERENCES users(id),
  chair_id uuid REFERENCES users(id),
  -- [{ "heading": text, "text": text }]: built on the learning circle's four questions.
  agenda jsonb NOT NULL DEFAULT '[]',
  minutes text NOT NULL DEFAULT '' CHECK (length(minutes) <= 50000),
  -- [text]: what the meeting decided.
  decisions jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  minutes_approved_at timestamptz,
  minutes_approved_by uuid REFERENCES users(id),
  -- The coordination format that planned it, and which of its rules (migrations of the formats add the key).
  format_id uuid,
  format_rule text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  CHECK ((course_id IS NULL) = (kind IN ('developmentGroup', 'partnershipStatus'))),
  CHECK ((minutes_approved_at IS NULL) = (minutes_approved_by IS NULL)),
  CHECK (minutes_approved_at IS NULL OR status = 'held')
);
CREATE INDEX meetings_course ON meetings (course_id, starts_at) WHERE course_id IS NOT NULL;
CREATE INDEX meetings_partnership ON meetings (partnership_id, starts_at);

-- Who is invited, and (once held) who was present: a user of the product, the young person, or
-- an external person (name, role, e-mail) who receives the approved minutes by e-mail.
CREATE TABLE meeting_participants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('user', 'youngPerson', 'external')),
  user_id uuid REFERENCES users(id),
  name text CHECK (length(name) BETWEEN 1 AND 200),
  role text CHECK (length(role) <= 200),
  email text CHECK (length(email) <= 320),
  -- NULL until the meeting is held.
  present boolean,
  CHECK ((kind = 'user') = (user_id IS NOT NULL)),
  CHECK (kind <> 'external' OR name IS NOT NULL)
);
CREATE UNIQUE INDEX meeting_participants_user ON meeting_participants (meeting_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX meeting_participants_young_person ON meeting_participants (meeting_id) WHERE kind = 'youngPerson';
CREATE INDEX meeting_participants_by_user ON meeting_participants (user_id) WHERE user_id IS NOT NULL;

-- Tasks with an owner and a deadline, mostly agreed at a meeting. An open task with a deadline
-- is a planned next step (DOMAIN.md "Meeting feedback and momentum").
CREATE TABLE tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  partnership_id uuid NOT NULL REFERENCES partnerships(id),
  course_id uuid REFERENCES courses(id),
  meeting_id uuid REFERENCES meetings(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  -- A user of the product, or an external person named in the minutes.
  owner_id uuid REFERENCES users(id),
  owner_name text CHECK (length(owner_name) <= 200),
  deadline date,
  done_at timestamptz,
  done_by uuid REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (course_id IS NOT NULL OR meeting_id IS NOT NULL),
  CHECK ((done_at IS NULL) = (done_by IS NULL))
);
CREATE INDEX tasks_course ON tasks (course_id) WHERE course_id IS NOT NULL;
CREATE INDEX tasks_meeting ON tasks (meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX tasks_open_by_owner ON tasks (owner_id, deadline) WHERE done_at IS NULL;

-- "Følte du dig hørt?" (seed 004): one answer per meeting the young person attended.
CREATE TABLE meeting_feedback (
  meeting_id uuid NOT NULL REFERENCES meetings(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  partnership_id uuid NOT NULL REFERENCES partnerships(id),
  answer text NOT NULL CHECK (answer IN ('yes', 'partly', 'no')),
  -- The day the meeting was held: the felt-heard share counts answers by the meeting's period.
  meeting_day date NOT NULL,
  answered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, participant_id)
);
CREATE INDEX meeting_feedback_partnership ON meeting_feedback (partnership_id, meeting_day);

-- The first contact after the referral (DOMAIN.md "Meeting feedback and momentum"): recorded by
-- the course workflow's visit step; referral to first contact is measured from it.
ALTER TABLE courses ADD COLUMN first_contact_date date;
ALTER TABLE courses ADD CONSTRAINT courses_first_contact_after_referral
  CHECK (first_contact_date IS NULL OR referral_date IS NULL OR first_contact_date >= referral_date);
