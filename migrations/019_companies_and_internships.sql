-- Companies, internships and the job (DOMAIN.md "Company collaboration", report §8).
-- A company stays an organisation (kind 'company'), so consents naming it and its mentors'
-- memberships keep working; its profile belongs to one institution's network, and another
-- partnership's staff never see it (src/companies/access.ts).

-- Two institutions may both know "Netto Lindeby": company names are unique per network, not globally.
ALTER TABLE organisations DROP CONSTRAINT organisations_kind_name_key;
CREATE UNIQUE INDEX organisations_kind_name ON organisations (kind, name) WHERE kind <> 'company';

-- The coordinator's phone is what a company mentor needs most (shown on their page).
ALTER TABLE users ADD COLUMN phone text CHECK (length(phone) <= 40);

CREATE TABLE companies (
  organisation_id uuid PRIMARY KEY REFERENCES organisations(id),
  institution_id uuid NOT NULL REFERENCES organisations(id),
  -- Checked with its modulus-11 rule in src/companies/cvr.ts.
  cvr text CHECK (cvr ~ '^[0-9]{8}$'),
  industry text NOT NULL CHECK (length(industry) BETWEEN 1 AND 80),
  street text NOT NULL DEFAULT '' CHECK (length(street) <= 200),
  postcode text NOT NULL DEFAULT '' CHECK (length(postcode) <= 10),
  city text NOT NULL DEFAULT '' CHECK (length(city) <= 100),
  -- Distance is computed from these; no map service is needed to run or test.
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  work_functions text[] NOT NULL DEFAULT '{}',
  personal_relation text NOT NULL DEFAULT '' CHECK (length(personal_relation) <= 2000),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
  -- A company that hired is asked to open a new internship place (DOMAIN.md): track the answer.
  new_place text NOT NULL DEFAULT 'notAsked' CHECK (new_place IN ('notAsked', 'promised', 'declined', 'opened')),
  new_place_on date,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX companies_institution ON companies (institution_id, industry);
CREATE UNIQUE INDEX companies_cvr ON companies (institution_id, cvr) WHERE cvr IS NOT NULL;

-- Contacts at the company; a mentor may have a sign-in (a companyMentor membership in the company).
CREATE TABLE company_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES companies(organisation_id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  title text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
  email text NOT NULL DEFAULT '' CHECK (length(email) <= 320),
  is_mentor boolean NOT NULL DEFAULT false,
  user_id uuid REFERENCES users(id),
  removed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX company_contacts_company ON company_contacts (company_id) WHERE removed_at IS NULL;

-- How well the company can hold a vulnerable young person: dated, with reasons; the newest counts.
CREATE TABLE relational_capacity_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES companies(organisation_id),
  assessed_on date NOT NULL,
  level text NOT NULL CHECK (level IN ('low', 'medium', 'high')),
  reasons text NOT NULL CHECK (length(reasons) BETWEEN 1 AND 4000),
  assessed_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX relational_capacity_company ON relational_capacity_assessments (company_id, assessed_on DESC, created_at DESC);

-- A place a company offers (an opening), which matching suggests young people for.
CREATE TABLE company_openings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES companies(organisation_id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  work_functions text[] NOT NULL DEFAULT '{}',
  hours_per_week numeric CHECK (hours_per_week > 0 AND hours_per_week <= 60),
  available_from date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX company_openings_company ON company_openings (company_id);

-- The institution's own workplaces (kitchen, garden, carpentry…) with their mentors.
CREATE TABLE workplaces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  institution_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  work_functions text[] NOT NULL DEFAULT '{}',
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (institution_id, name)
);
CREATE TABLE workplace_mentors (
  workplace_id uuid NOT NULL REFERENCES workplaces(id),
  user_id uuid NOT NULL REFERENCES users(id),
  PRIMARY KEY (workplace_id, user_id)
);

-- An internship agreement answers the seven questions of report §8.6.
CREATE TABLE internships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  company_id uuid NOT NULL REFERENCES companies(organisation_id),
  opening_id uuid REFERENCES company_openings(id),
  -- The company mentor: a contact, and their sign-in when they have one (then on the course team).
  mentor_contact_id uuid REFERENCES company_contacts(id),
  mentor_user_id uuid REFERENCES users(id),
  starts_on date NOT NULL,
  ends_on date,
  -- 1. purpose
  purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 2000),
  -- 2. work functions
  work_functions text[] NOT NULL DEFAULT '{}',
  work_tasks text NOT NULL DEFAULT '' CHECK (length(work_tasks) <= 2000),
  -- 3. who the young person works with
  colleagues text NOT NULL DEFAULT '' CHECK (length(colleagues) <= 2000),
  -- 4. where and when: the place and the week ([{weekday 1..7, from 'HH:MM', to 'HH:MM', plan}])
  place text NOT NULL DEFAULT '' CHECK (length(place) <= 300),
  hours_per_week numeric CHECK (hours_per_week > 0 AND hours_per_week <= 60),
  schedule jsonb NOT NULL DEFAULT '[]',
  -- 5. support need
  support_need text NOT NULL DEFAULT '' CHECK (length(support_need) <= 2000),
  -- 6. goals and sub-goals: the course's goals this internship works on
  goal_ids uuid[] NOT NULL DEFAULT '{}',
  -- 7. when and how we follow up
  follow_up_plan text NOT NULL DEFAULT '' CHECK (length(follow_up_plan) <= 2000),
  -- Daily contact moves gradually from the job consultant to the company mentor.
  daily_contact text NOT NULL DEFAULT 'jobConsultant' CHECK (daily_contact IN ('jobConsultant', 'shared', 'companyMentor')),
  end_reason text NOT NULL DEFAULT '' CHECK (length(end_reason) <= 2000),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX internships_course ON internships (course_id);
CREATE INDEX internships_company ON internships (company_id);
CREATE INDEX internships_mentor ON internships (mentor_user_id) WHERE mentor_user_id IS NOT NULL;

-- The hand-over of daily contact, step by step, as it happened.
CREATE TABLE internship_handovers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  internship_id uuid NOT NULL REFERENCES internships(id),
  daily_contact text NOT NULL CHECK (daily_contact IN ('jobConsultant', 'shared', 'companyMentor')),
  effective_on date NOT NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX internship_handovers_internship ON internship_handovers (internship_id);

CREATE TABLE internship_follow_ups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  internship_id uuid NOT NULL REFERENCES internships(id),
  held_on date NOT NULL,
  note text NOT NULL CHECK (length(note) BETWEEN 1 AND 4000),
  next_on date,
  recorded_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX internship_follow_ups_internship ON internship_follow_ups (internship_id);

-- The company mentor's short observations.
CREATE TABLE internship_observations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  internship_id uuid NOT NULL REFERENCES internships(id),
  observed_on date NOT NULL,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
  written_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX internship_observations_internship ON internship_observations (internship_id);

-- Work trial and industry clarification (the partnerships' ten points, 6): what the young person
-- tried, where, and what it showed; the caseworker's documentation for the job centre's decisions.
CREATE TABLE work_trials (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  from_date date NOT NULL,
  to_date date,
  workplace_id uuid REFERENCES workplaces(id),
  company_id uuid REFERENCES companies(organisation_id),
  work_functions text[] NOT NULL DEFAULT '{}',
  what_worked text NOT NULL DEFAULT '' CHECK (length(what_worked) <= 4000),
  pace_and_stamina text NOT NULL DEFAULT '' CHECK (length(pace_and_stamina) <= 4000),
  support_at_work text NOT NULL DEFAULT '' CHECK (length(support_at_work) <= 4000),
  support_in_daily_life text NOT NULL DEFAULT '' CHECK (length(support_in_daily_life) <= 4000),
  -- Written by the mentor and the coordinator together.
  authors uuid[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((workplace_id IS NULL) <> (company_id IS NULL)),
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX work_trials_course ON work_trials (course_id);

-- Work efficiency (% of normal) with hours per week, made jointly by the job consultant and the company.
CREATE TABLE work_efficiency_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  assessed_on date NOT NULL,
  percent integer NOT NULL CHECK (percent BETWEEN 0 AND 100),
  hours_per_week numeric NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
  company_id uuid REFERENCES companies(organisation_id),
  internship_id uuid REFERENCES internships(id),
  -- Who from the company took part in the assessment.
  company_assessor text NOT NULL DEFAULT '' CHECK (length(company_assessor) <= 200),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  assessed_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX work_efficiency_course ON work_efficiency_assessments (course_id, assessed_on);

-- The job agreement; the job centre grants it (granted_on).
CREATE TABLE job_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  type text NOT NULL CHECK (type IN ('ordinaryJob', 'flexJob', 'wageSubsidyJob', 'shelteredEmployment')),
  company_id uuid NOT NULL REFERENCES companies(organisation_id),
  work_functions text[] NOT NULL DEFAULT '{}',
  hours_per_week numeric NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
  efficiency_percent integer CHECK (efficiency_percent BETWEEN 0 AND 100),
  support text NOT NULL DEFAULT '' CHECK (length(support) <= 2000),
  -- The company's compensation.
  mentor_support boolean NOT NULL DEFAULT false,
  mentor_support_hours numeric CHECK (mentor_support_hours >= 0 AND mentor_support_hours <= 60),
  personal_assistance boolean NOT NULL DEFAULT false,
  compensation_note text NOT NULL DEFAULT '' CHECK (length(compensation_note) <= 2000),
  starts_on date,
  granted_on date,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_agreements_course ON job_agreements (course_id);
CREATE INDEX job_agreements_company ON job_agreements (company_id);

-- What matching knows of the young person: chosen work areas and interests, how much support,
-- and where they live (coordinates only for the distance).
CREATE TABLE work_profiles (
  course_id uuid PRIMARY KEY REFERENCES courses(id),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  work_functions text[] NOT NULL DEFAULT '{}',
  industries text[] NOT NULL DEFAULT '{}',
  interests text NOT NULL DEFAULT '' CHECK (length(interests) <= 2000),
  support_level text NOT NULL DEFAULT 'medium' CHECK (support_level IN ('low', 'medium', 'high')),
  home_place text NOT NULL DEFAULT '' CHECK (length(home_place) <= 200),
  home_latitude double precision CHECK (home_latitude BETWEEN -90 AND 90),
  home_longitude double precision CHECK (home_longitude BETWEEN -180 AND 180),
  max_distance_km integer CHECK (max_distance_km BETWEEN 1 AND 500),
  version integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((home_latitude IS NULL) = (home_longitude IS NULL))
);

-- Suggestions are never decisions: which one the coordinator followed, and why, so the ranking
-- can be judged later.
CREATE TABLE match_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  company_id uuid NOT NULL REFERENCES companies(organisation_id),
  opening_id uuid REFERENCES company_openings(id),
  -- The suggestion's rank and score when it was chosen; null rank: not among the suggestions.
  suggested_rank integer CHECK (suggested_rank >= 1),
  score numeric,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX match_decisions_course ON match_decisions (course_id);
