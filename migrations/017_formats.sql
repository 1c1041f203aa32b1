-- Coordination formats (DOMAIN.md "Meetings", issue 8 §4): configurable templates of which
-- meetings a course has, when, who is invited and what the agenda holds. A partnership's
-- development group edits its own; the model's own rhythm ships as the default (no partnership,
-- read-only), like the default measurement instrument (migrations/010).

-- rules: [{ id, kind, title, timing: { anchor, event?, after?, offset: { amount, unit },
--   repeat?: { every, unit, horizonMonths?, count? } }, time: "HH:MM", durationMinutes,
--   invitees: { roles: [course role], youngPerson: bool }, agenda: [text] }]
-- (src/formats/schemas.ts validates it; src/formats/timing.ts reads the timing).
CREATE TABLE coordination_formats (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- NULL: the default format, shared by every partnership and changed only by a migration.
  partnership_id uuid REFERENCES partnerships(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  rules jsonb NOT NULL,
  copied_from uuid REFERENCES coordination_formats(id),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX coordination_formats_partnership ON coordination_formats (partnership_id);

-- Every version as it was saved (version 1 included): editing keeps the history.
CREATE TABLE coordination_format_versions (
  format_id uuid NOT NULL REFERENCES coordination_formats(id),
  version integer NOT NULL,
  name text NOT NULL,
  description text NOT NULL,
  rules jsonb NOT NULL,
  changed_by uuid REFERENCES users(id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (format_id, version)
);

-- A format in use on a course, with the named event dates given when it was applied ("birth").
-- Stopping keeps the row (and the held meetings); one use of a format per course at a time.
CREATE TABLE course_formats (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  format_id uuid NOT NULL REFERENCES coordination_formats(id),
  -- { "birth": "2026-03-20" }
  events jsonb NOT NULL DEFAULT '{}',
  applied_on date NOT NULL,
  applied_by uuid NOT NULL REFERENCES users(id),
  applied_at timestamptz NOT NULL DEFAULT now(),
  stopped_on date,
  stopped_by uuid REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  CHECK ((stopped_on IS NULL) = (stopped_by IS NULL))
);
CREATE UNIQUE INDEX course_formats_in_use ON course_formats (course_id, format_id) WHERE stopped_on IS NULL;
CREATE INDEX course_formats_course ON course_formats (course_id);

-- Which occurrences a format has planned on a course: planning writes only what is not here yet,
-- so it can run again (after a letter is approved, daily) without doubling a meeting, and a
-- planned meeting the team cancelled or deleted is not planned again.
CREATE TABLE format_occurrences (
  course_id uuid NOT NULL REFERENCES courses(id),
  format_id uuid NOT NULL REFERENCES coordination_formats(id),
  rule_id text NOT NULL,
  occurrence integer NOT NULL CHECK (occurrence >= 1),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_format_id uuid NOT NULL REFERENCES course_formats(id),
  meeting_id uuid REFERENCES meetings(id) ON DELETE SET NULL,
  planned_on date NOT NULL,
  PRIMARY KEY (course_id, format_id, rule_id, occurrence)
);
CREATE INDEX format_occurrences_use ON format_occurrences (course_format_id);

ALTER TABLE meetings ADD CONSTRAINT meetings_format
  FOREIGN KEY (format_id) REFERENCES coordination_formats(id);

-- The model's own rhythm (§3.2, §7.4, §7.5): a visit as soon as possible, the start-up meeting
-- on the start day, the evaluation 6 weeks after it, a status meeting 2 weeks after each approved
-- status letter, and a network meeting every 3 months (planned a year ahead).
WITH d AS (
  INSERT INTO coordination_formats (partnership_id, name, description, rules) VALUES (NULL,
  'ViVirk''R-modellens rytme',
  'Modellens egen mødeplan: besøg hurtigst muligt, opstartsmøde ved start, evalueringsmøde efter 6 uger, statusmøde 2 uger efter hvert godkendt statusbrev og netværksmøde hver 3. måned.',
  '[
    { "id": "visit", "kind": "visit", "title": "Besøg (snusetur)",
      "timing": { "anchor": "asap", "offset": { "amount": 0, "unit": "days" }, "repeat": null },
      "time": "10:00", "durationMinutes": 60,
      "invitees": { "roles": ["youthCoordinator", "caseworker"], "youngPerson": true },
      "agenda": ["Velkommen og præsentation", "Kontaktperson, mødested og arbejdstider", "De første konkrete opgaver"] },
    { "id": "startUp", "kind": "startUp", "title": "Opstartsmøde",
      "timing": { "anchor": "courseStart", "offset": { "amount": 0, "unit": "days" }, "repeat": null },
      "time": "10:00", "durationMinutes": 60,
      "invitees": { "roles": ["youthCoordinator", "caseworker", "workshopMentor"], "youngPerson": true },
      "agenda": ["Hvilket mål arbejder vi med?", "Hvilke aktiviteter sætter vi i gang sammen?", "Hvordan og hvornår måler vi resultatet sammen med den unge?", "Hvad har vi lært, og hvilke nye mål følger?"] },
    { "id": "evaluation", "kind": "evaluation", "title": "Evalueringsmøde",
      "timing": { "anchor": "courseStart", "offset": { "amount": 6, "unit": "weeks" }, "repeat": null },
      "time": "10:00", "durationMinutes": 60,
      "invitees": { "roles": ["youthCoordinator", "caseworker", "workshopMentor"], "youngPerson": true },
      "agenda": ["Hvilket mål arbejder vi med?", "Hvilke aktiviteter sætter vi i gang sammen?", "Hvordan og hvornår måler vi resultatet sammen med den unge?", "Hvad har vi lært, og hvilke nye mål følger?"] },
    { "id": "status", "kind": "status", "title": "Statusmøde",
      "timing": { "anchor": "statusLetter", "offset": { "amount": 2, "unit": "weeks" }, "repeat": null },
      "time": "10:00", "durationMinutes": 60,
      "invitees": { "roles": ["youthCoordinator", "caseworker"], "youngPerson": true },
      "agenda": ["Statusbrevet", "Hvilket mål arbejder vi med?", "Hvad har vi lært, og hvilke nye mål følger?"] },
    { "id": "network", "kind": "network", "title": "Netværksmøde",
      "timing": { "anchor": "courseStart", "offset": { "amount": 3, "unit": "months" },
                  "repeat": { "every": 3, "unit": "months", "horizonMonths": 12, "count": null } },
      "time": "13:00", "durationMinutes": 90,
      "invitees": { "roles": ["youthCoordinator", "caseworker", "workshopMentor", "jobConsultant"], "youngPerson": true },
      "agenda": ["Hvilket mål arbejder vi med?", "Hvilke aktiviteter sætter vi i gang sammen?", "Hvordan og hvornår måler vi resultatet sammen med den unge?", "Hvad har vi lært, og hvilke nye mål følger?"] }
  ]')
  RETURNING id, name, description, rules
)
INSERT INTO coordination_format_versions (format_id, version, name, description, rules)
SELECT id, 1, name, description, rules FROM d;
