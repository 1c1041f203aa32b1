-- An administrator manages organisations, partnerships, users and their roles; the first one is
-- created from the command line on a fresh server (`npm run cli -- admin create-user`).
ALTER TABLE memberships DROP CONSTRAINT memberships_role_check;
ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN ('youthCoordinator', 'caseworker',
  'workshopMentor', 'jobConsultant', 'companyMentor', 'leader', 'participant', 'networkMember', 'administrator'));
