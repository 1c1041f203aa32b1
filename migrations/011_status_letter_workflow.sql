-- The status letter workflow (DOMAIN.md "Status letters"): the product drafts a letter for the
-- period, the coordinator edits and approves it, the caseworker reads it. A draft lives in its own
-- table, so nothing that counts letters (the due dates, the interchange) can ever count a draft.

-- What a letter written in the app holds beside its day: the period, its sections (an imported
-- letter has only `body`), who approved it, and the version it corrects.
ALTER TABLE status_letters ADD COLUMN period_from date;
ALTER TABLE status_letters ADD COLUMN period_to date;
ALTER TABLE status_letters ADD COLUMN sections jsonb;
ALTER TABLE status_letters ADD COLUMN approved_by uuid REFERENCES users(id);
ALTER TABLE status_letters ADD COLUMN letter_version int NOT NULL DEFAULT 1;
-- A correction is a new letter naming the one it replaces; a letter is replaced at most once.
ALTER TABLE status_letters ADD COLUMN replaces_id uuid UNIQUE REFERENCES status_letters(id);
-- When the caseworker first opened it (the coordinator sees "Læst af … den …").
ALTER TABLE status_letters ADD COLUMN first_read_by uuid REFERENCES users(id);
ALTER TABLE status_letters ADD COLUMN first_read_at timestamptz;
ALTER TABLE status_letters ADD CONSTRAINT status_letters_period
  CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to);

-- An approved letter written in the app never changes (a correction is a new letter); only its
-- first reading is recorded, once. Imported letters (recorded_by null) follow their source file.
CREATE FUNCTION status_letter_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.recorded_by IS NOT NULL AND (
    NEW.course_id IS DISTINCT FROM OLD.course_id OR NEW.approved_on IS DISTINCT FROM OLD.approved_on
    OR NEW.body IS DISTINCT FROM OLD.body OR NEW.sections IS DISTINCT FROM OLD.sections
    OR NEW.period_from IS DISTINCT FROM OLD.period_from OR NEW.period_to IS DISTINCT FROM OLD.period_to
    OR NEW.approved_by IS DISTINCT FROM OLD.approved_by OR NEW.recorded_by IS DISTINCT FROM OLD.recorded_by
    OR NEW.letter_version IS DISTINCT FROM OLD.letter_version OR NEW.replaces_id IS DISTINCT FROM OLD.replaces_id)
  THEN
    RAISE EXCEPTION 'an approved status letter is immutable: correct it with a new version';
  END IF;
  IF OLD.first_read_at IS NOT NULL AND (NEW.first_read_at IS DISTINCT FROM OLD.first_read_at
    OR NEW.first_read_by IS DISTINCT FROM OLD.first_read_by) THEN
    RAISE EXCEPTION 'a status letter''s first reading is recorded once';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER status_letters_immutable BEFORE UPDATE ON status_letters
  FOR EACH ROW EXECUTE FUNCTION status_letter_is_immutable();

-- The one draft a course may have at a time: for the institution only, edited with a version.
CREATE TABLE status_letter_drafts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES organisations(id),
  course_id uuid NOT NULL UNIQUE REFERENCES courses(id),
  period_from date NOT NULL,
  period_to date NOT NULL CHECK (period_from <= period_to),
  sections jsonb NOT NULL,
  replaces_id uuid REFERENCES status_letters(id),
  version int NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  updated_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
