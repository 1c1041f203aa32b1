-- Tamper evidence for the audit log: a hash chain kept beside it. Each seal holds the hash of one
-- audit row's content and the chain hash of the seal before it, so a row altered or deleted (even
-- by the database owner) or a seal removed breaks the chain at that point (`cli audit verify`).
-- Seals are written in batches off the request path (src/audit/seal.ts): chaining inside every
-- request would serialise all requests on one lock.
CREATE TABLE audit_seals (
  seq bigint PRIMARY KEY,
  -- No foreign key: a deleted audit row must show up as a broken link, not be prevented silently.
  audit_id bigint NOT NULL UNIQUE,
  row_hash text NOT NULL,
  prev_hash text NOT NULL,
  chain_hash text NOT NULL,
  sealed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER audit_seals_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_seals
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_seals FROM vivirk_app;
GRANT SELECT, INSERT ON audit_seals TO vivirk_app;

-- When a row was written (not when its transaction began): sealing waits until rows are old
-- enough that their transactions have ended.
ALTER TABLE audit_log ADD COLUMN written_at timestamptz NOT NULL DEFAULT clock_timestamp();

-- One audit row's content as the chain sees it; the same expression seals and verifies.
CREATE FUNCTION audit_row_hash(a audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|', a.id, (extract(epoch FROM a.occurred_at) * 1000000)::bigint,
    a.actor_user_id, a.action, a.outcome, a.municipality_id, a.participant_id, a.course_id, a.object_type,
    a.object_id, a.purpose, a.detail::text), 'UTF8')), 'hex')
$$;
