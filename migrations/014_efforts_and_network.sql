-- Parallel efforts beside the course and the young person's network (DOMAIN.md "Parallel
-- efforts", "Network map"). Health efforts (psychologist, psychiatry, addiction treatment, or
-- anything under health law) and health-care people are GDPR art. 9 data: the view policy gives
-- such a row class `health`, so a company never receives it. Nothing is hard-deleted: an effort
-- ends with an end date, a person leaves the network with `removed_at`, and every version of an
-- effort is kept.

CREATE TABLE parallel_efforts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  kind text NOT NULL CHECK (kind IN ('psychologist', 'housingSupport', 'addictionTreatment', 'psychiatry',
    'education', 'other')),
  provider text NOT NULL CHECK (length(provider) BETWEEN 1 AND 300),
  contact_name text NOT NULL DEFAULT '' CHECK (length(contact_name) <= 200),
  contact_phone text NOT NULL DEFAULT '' CHECK (length(contact_phone) <= 40),
  contact_email text NOT NULL DEFAULT '' CHECK (length(contact_email) <= 320),
  starts_on date NOT NULL,
  ends_on date,
  legal_basis text NOT NULL CHECK (legal_basis IN ('lab', 'sel', 'activeSocialPolicy', 'educationLaw', 'healthLaw')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX parallel_efforts_course ON parallel_efforts (course_id);

-- Every version of an effort, as it was: changes never overwrite the plan's history.
CREATE TABLE parallel_effort_versions (
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  effort_id uuid NOT NULL REFERENCES parallel_efforts(id),
  version integer NOT NULL,
  snapshot jsonb NOT NULL,
  changed_by uuid REFERENCES users(id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (effort_id, version)
);

CREATE TABLE network_members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  relation text NOT NULL CHECK (relation IN ('family', 'friend', 'partner', 'housingSupport', 'psychiatrist',
    'psychologist', 'doctor', 'addictionCounsellor', 'caseworkerElsewhere', 'teacher', 'employer', 'other')),
  sphere text NOT NULL CHECK (sphere IN ('private', 'professional')),
  phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
  email text NOT NULL DEFAULT '' CHECK (length(email) <= 320),
  -- Free text, e.g. "deltager i netværksmøder".
  course_role text NOT NULL DEFAULT '' CHECK (length(course_role) <= 300),
  -- For the map: the inner ring (close) or the outer one.
  closeness text NOT NULL CHECK (closeness IN ('close', 'further')),
  version integer NOT NULL DEFAULT 1,
  removed_at timestamptz,
  removed_by uuid REFERENCES users(id),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((removed_at IS NULL) = (removed_by IS NULL))
);
CREATE INDEX network_members_course ON network_members (course_id) WHERE removed_at IS NULL;
