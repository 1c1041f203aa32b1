-- Consent by category: a consent to share names *what* may be shared, not only with whom.
-- Existing consents get a default that shares less, never more: a company gets contact details
-- and the goals of the internship; the job centre keeps what it had (it is the authority).
ALTER TABLE consents ADD COLUMN categories text[];
UPDATE consents SET categories = CASE purpose
  WHEN 'shareWithCompany' THEN '{contact,goals}'::text[]
  WHEN 'shareWithMunicipality' THEN '{contact,supportNeeds,goals,attendance,notes,health}'::text[]
  ELSE '{}'::text[] END;
ALTER TABLE consents ALTER COLUMN categories SET NOT NULL;
ALTER TABLE consents ALTER COLUMN categories SET DEFAULT '{}';
-- A company can never be given health data, whatever is ticked.
ALTER TABLE consents ADD CONSTRAINT consents_company_never_health
  CHECK (purpose <> 'shareWithCompany' OR NOT ('health' = ANY (categories)));
-- Narrowing a consent withdraws it and gives a new one: the history of what was shared stays.
ALTER TABLE consents ADD COLUMN replaces_consent_id uuid REFERENCES consents(id);

-- Attendance happens at a workplace: the institution's own, or a company's. A company mentor sees
-- and changes only the days at their own workplace.
ALTER TABLE attendance ADD COLUMN workplace_organisation_id uuid REFERENCES organisations(id);
UPDATE attendance a SET workplace_organisation_id = p.institution_id
  FROM courses c JOIN partnerships p ON p.id = c.partnership_id
  WHERE c.id = a.course_id;
ALTER TABLE attendance ALTER COLUMN workplace_organisation_id SET NOT NULL;

-- Refused attempts are audited too, with their outcome.
ALTER TABLE audit_log ADD COLUMN outcome text NOT NULL DEFAULT 'ok' CHECK (outcome IN ('ok', 'refused'));
