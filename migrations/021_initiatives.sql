-- A municipality's cross-sectoral initiatives (DOMAIN.md "Cross-sectoral initiatives", seed 004's
-- template): one row per initiative, its fields the template's sections. It describes the
-- municipality's own effort and names no young person. A ViVirk'R partnership can be linked to
-- the initiative it is part of.

CREATE TABLE initiatives (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  -- Indsatsområde and tema.
  area text NOT NULL CHECK (length(area) BETWEEN 1 AND 300),
  theme text NOT NULL CHECK (length(theme) BETWEEN 1 AND 300),
  -- Nuværende indsats: "Hvad gør vi nu?", what works and should be kept, what does not (and why).
  current_effort text NOT NULL DEFAULT '' CHECK (length(current_effort) <= 4000),
  works_well text NOT NULL DEFAULT '' CHECK (length(works_well) <= 4000),
  does_not_work text NOT NULL DEFAULT '' CHECK (length(does_not_work) <= 4000),
  -- Inspiration from others, and new ideas (unknown effect).
  inspiration text NOT NULL DEFAULT '' CHECK (length(inspiration) <= 4000),
  new_ideas text NOT NULL DEFAULT '' CHECK (length(new_ideas) <= 4000),
  -- How it contributes to the common goal of bringing youth unemployment down.
  contribution text NOT NULL DEFAULT '' CHECK (length(contribution) <= 4000),
  -- Mål: the effort goal (indsatsmål), its baseline, and the follow-up (a date the reminders use, and what is followed up).
  effort_goal text NOT NULL DEFAULT '' CHECK (length(effort_goal) <= 4000),
  baseline text NOT NULL DEFAULT '' CHECK (length(baseline) <= 4000),
  follow_up_on date,
  follow_up text NOT NULL DEFAULT '' CHECK (length(follow_up) <= 4000),
  target_group text NOT NULL DEFAULT '' CHECK (length(target_group) <= 4000),
  target_count integer CHECK (target_count BETWEEN 0 AND 1000000),
  content text NOT NULL DEFAULT '' CHECK (length(content) <= 4000),
  organisation text NOT NULL DEFAULT '' CHECK (length(organisation) <= 2000),
  -- Ansvarlig/forankring in words, and optionally a user of the municipality who gets the reminders.
  responsible text NOT NULL DEFAULT '' CHECK (length(responsible) <= 1000),
  responsible_user_id uuid REFERENCES users(id),
  actors text NOT NULL DEFAULT '' CHECK (length(actors) <= 2000),
  -- Tids- og handleplan: [{ "text": "...", "due": "YYYY-MM-DD" | null }], validated by src/initiatives/schemas.ts.
  plan jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(plan) = 'array'),
  -- Økonomi: total cost in whole kroner (unknown: NULL), financing by reprioritisation, investment need.
  total_cost integer CHECK (total_cost BETWEEN 0 AND 2000000000),
  financing text NOT NULL DEFAULT '' CHECK (length(financing) <= 2000),
  investment_need text NOT NULL DEFAULT '' CHECK (length(investment_need) <= 2000),
  -- The ViVirk'R partnership this initiative is (one of the municipality's, checked by the service).
  partnership_id uuid REFERENCES partnerships(id),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX initiatives_municipality ON initiatives (municipality_id, follow_up_on);
-- The daily job looks for follow-ups that are near or past.
CREATE INDEX initiatives_follow_up ON initiatives (follow_up_on) WHERE status = 'active';

-- Follow-up dates become reminders (DOMAIN.md): a notification may be about an initiative instead
-- of a course. Exactly one of the two.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('measurement', 'statusLetter', 'task', 'minutes', 'noContact', 'initiativeFollowUp'));
ALTER TABLE notifications ALTER COLUMN course_id DROP NOT NULL;
ALTER TABLE notifications ADD COLUMN initiative_id uuid REFERENCES initiatives(id);
ALTER TABLE notifications ADD CONSTRAINT notifications_subject_check
  CHECK ((kind = 'initiativeFollowUp') = (initiative_id IS NOT NULL AND course_id IS NULL));
