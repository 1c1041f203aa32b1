-- The partnership agreement (DOMAIN.md "The five central elements" 1): built from the model's
-- template, every change a new version; the history stays. The terms are one JSON document
-- validated by src/partnerships/terms.ts; the figures the rest of the product computes with
-- (targets, the first-contact promise, the due intervals) are copied onto the partnership when
-- a version is saved, so due dates and reports read them without parsing the agreement.

CREATE TABLE partnership_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  partnership_id uuid NOT NULL REFERENCES partnerships(id),
  version integer NOT NULL CHECK (version >= 1),
  terms jsonb NOT NULL,
  -- Why this version was made ("new package prices for 2027").
  change_note text NOT NULL DEFAULT '' CHECK (length(change_note) <= 1000),
  changed_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Approval by each party's leader; a new version starts unapproved.
  municipality_approved_by uuid REFERENCES users(id),
  municipality_approved_at timestamptz,
  institution_approved_by uuid REFERENCES users(id),
  institution_approved_at timestamptz,
  UNIQUE (partnership_id, version),
  CHECK ((municipality_approved_by IS NULL) = (municipality_approved_at IS NULL)),
  CHECK ((institution_approved_by IS NULL) = (institution_approved_at IS NULL))
);

-- The due intervals (DOMAIN.md "Due dates"): the model's defaults unless the agreement changes them.
ALTER TABLE partnerships
  ADD COLUMN baseline_months integer NOT NULL DEFAULT 1 CHECK (baseline_months BETWEEN 1 AND 12),
  ADD COLUMN measurement_months integer NOT NULL DEFAULT 6 CHECK (measurement_months BETWEEN 1 AND 24),
  ADD COLUMN status_letter_months integer NOT NULL DEFAULT 3 CHECK (status_letter_months BETWEEN 1 AND 12);
