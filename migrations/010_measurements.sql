-- Measurements as a dialogue (issue 7 §1): instruments a partnership owns, the draft the coordinator
-- and the young person fill in together, and approved dialogues with their edit history. Everything
-- that reads `measurements` (report, due dates, interchange) keeps seeing approved rows only.

-- An instrument is versioned data. partnership_id null: built in. A partnership's own instrument can
-- never take the default key, so only the built-in distance-to-labour-market form feeds the report.
ALTER TABLE measurement_instruments
  ADD COLUMN partnership_id uuid REFERENCES partnerships(id),
  ADD COLUMN created_by uuid REFERENCES users(id),
  ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
  ADD CONSTRAINT measurement_instruments_own_key
    CHECK (partnership_id IS NULL OR key <> 'distanceToLabourMarket');
ALTER TABLE measurement_instruments DROP CONSTRAINT measurement_instruments_key_version_key;
-- Versions count per owner: two partnerships may both have a "sevenTracks" version 1.
CREATE UNIQUE INDEX measurement_instruments_owner_key_version ON measurement_instruments
  (coalesce(partnership_id, '00000000-0000-0000-0000-000000000000'::uuid), key, version);

-- The default form, version 2: the same four dimensions and scale, now with an easy-read question
-- per dimension and a label per step. Measurements on version 1 keep pointing to it.
INSERT INTO measurement_instruments (key, version, definition) VALUES ('distanceToLabourMarket', 2, '{
  "name": { "da": "Afstand til arbejdsmarkedet", "en": "Distance to the labour market" },
  "dimensions": [
    { "key": "motivation",
      "label": { "da": "Lyst til arbejde", "en": "Motivation" },
      "question": { "da": "Har du lyst til at arbejde, og tror du på, at du kan?",
                    "en": "Do you want to work, and do you believe you can?" } },
    { "key": "workIdentity",
      "label": { "da": "Mig som medarbejder", "en": "Work identity" },
      "question": { "da": "Ser du dig selv som en, der går på arbejde?",
                    "en": "Do you see yourself as someone who goes to work?" } },
    { "key": "clarification",
      "label": { "da": "Hvad jeg vil", "en": "Clarification" },
      "question": { "da": "Ved du, hvilket arbejde eller hvilken uddannelse du gerne vil have?",
                    "en": "Do you know which work or education you want?" } },
    { "key": "knowledge",
      "label": { "da": "Viden om job", "en": "Knowledge of the labour market" },
      "question": { "da": "Ved du, hvilke job der findes, og hvordan man får et?",
                    "en": "Do you know which jobs there are, and how to get one?" } }
  ],
  "scale": { "min": 1, "max": 5 },
  "steps": {
    "1": { "da": "Slet ikke", "en": "Not at all" },
    "2": { "da": "Lidt", "en": "A little" },
    "3": { "da": "Noget", "en": "Somewhat" },
    "4": { "da": "Meget", "en": "Much" },
    "5": { "da": "Helt", "en": "Fully" }
  }
}');

-- An approved dialogue: per dimension both scores, a short reason and the goal that followed. Its
-- scores are also written as `measurements` rows (professional, and participant when given), which
-- is what everything else reads. Only the latest can be edited; each edit is a new version.
CREATE TABLE measurement_dialogues (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  instrument_id uuid NOT NULL REFERENCES measurement_instruments(id),
  measured_on date NOT NULL,
  entries jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  approved_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX measurement_dialogues_course ON measurement_dialogues (course_id, measured_on);

CREATE TABLE measurement_dialogue_versions (
  dialogue_id uuid NOT NULL REFERENCES measurement_dialogues(id),
  version integer NOT NULL,
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  snapshot jsonb NOT NULL,
  changed_by uuid REFERENCES users(id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (dialogue_id, version)
);

ALTER TABLE measurements ADD COLUMN dialogue_id uuid REFERENCES measurement_dialogues(id);

-- The one draft a course has while a measurement is being taken: kept apart from `measurements`,
-- so nothing that reads measurements ever sees an unapproved score.
CREATE TABLE measurement_drafts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL UNIQUE REFERENCES courses(id),
  instrument_id uuid NOT NULL REFERENCES measurement_instruments(id),
  measured_on date NOT NULL,
  entries jsonb NOT NULL DEFAULT '{}',
  -- Opened for the young person: /min-side asks them for their own scores.
  open_for_participant boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
