-- The course workflow as guided steps (DOMAIN.md "The course workflow"): referral → visit →
-- trial → start-up → evaluation → the course → internship → job agreement → end. Each recorded
-- step keeps its date and who recorded it; a change is a new version and the old one stays in
-- course_step_versions ("history is kept, never overwritten").

-- The referral: the rehabilitation team's plan (indsatsplan) in summary, and the package granted.
ALTER TABLE courses ADD COLUMN plan_summary text NOT NULL DEFAULT '' CHECK (length(plan_summary) <= 10000);
ALTER TABLE courses ADD COLUMN package text NOT NULL DEFAULT '' CHECK (length(package) <= 500);

CREATE TABLE course_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  kind text NOT NULL CHECK (kind IN ('referral', 'visit', 'trial', 'startUp', 'evaluation', 'course',
    'internship', 'jobAgreement', 'end')),
  step_date date NOT NULL,
  -- What was agreed at this step: its shape per kind is src/course-steps/schemas.ts.
  details jsonb NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  -- One row per step of a course; changing it raises the version.
  UNIQUE (course_id, kind)
);

-- Every version of every step, the current one included.
CREATE TABLE course_step_versions (
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  step_id uuid NOT NULL REFERENCES course_steps(id),
  version integer NOT NULL,
  step_date date NOT NULL,
  details jsonb NOT NULL,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (step_id, version)
);
