-- The partnership-level reads (the due list, the dashboard, the report) look up each course's
-- professional measurements on their own index (issue 11, national volume): the due dates read
-- every date, from the index alone (instrument_id included); the report reads the first and the
-- latest, in the recorded order (measured_on, created_at, id), as one index row each. Without it
-- the planner scans the whole measurements table, which grows with the nation, not the partnership.
CREATE INDEX measurements_professional ON measurements (course_id, measured_on, created_at, id)
  INCLUDE (instrument_id) WHERE perspective = 'professional';
