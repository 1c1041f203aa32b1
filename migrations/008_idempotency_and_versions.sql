-- Safe retries: the first answer to a POST carrying an Idempotency-Key, per user, kept for a day.
-- A row without a status is a request still running, or one whose process died (src/platform/idempotency.ts).
CREATE TABLE idempotency_keys (
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  request_hash text NOT NULL,
  status_code int,
  response_body text,
  response_headers jsonb,
  -- Set inside the request's own transaction: true once its writes have committed. A claim left
  -- without an answer (the process died) can then be told apart: written (never run again) or not.
  write_committed boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- No lost updates: every editable resource has a version, sent as its ETag; changes name the
-- version they were based on in If-Match (src/platform/versions.ts).
ALTER TABLE courses ADD COLUMN version int NOT NULL DEFAULT 1;
ALTER TABLE attendance ADD COLUMN version int NOT NULL DEFAULT 1;
