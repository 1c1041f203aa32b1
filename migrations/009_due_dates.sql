-- What a course owes (DOMAIN.md "Due dates") needs the young person's own scores kept apart from
-- the professional's, approved status letters, and which status changes mirror an imported file.

-- The young person's own scores are recorded beside the professional's, on the same day too; only
-- the professional's count for the report and the due dates.
ALTER TABLE measurements ADD COLUMN perspective text NOT NULL DEFAULT 'professional'
  CHECK (perspective IN ('professional', 'participant'));

-- Approved status letters (the letter workflow itself builds on this table). recorded_by null:
-- written by an import, which may remove it again when a later file no longer lists it.
CREATE TABLE status_letters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL REFERENCES courses(id),
  approved_on date NOT NULL,
  body text CHECK (body IS NULL OR length(body) <= 100000),
  recorded_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX status_letters_course ON status_letters (course_id, approved_on);

-- A pause or resumption that an interchange v2 file listed: a later import of the same file
-- matches these, and removes the ones the file no longer lists. A person's changes are never touched.
ALTER TABLE course_status_history ADD COLUMN imported_change boolean NOT NULL DEFAULT false;
