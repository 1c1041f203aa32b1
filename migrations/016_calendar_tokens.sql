-- The calendar feed (issue 8 §3): each user may have one secret address that Outlook and other
-- calendars subscribe to. The token in the address is the credential, so only its SHA-256 hash is
-- kept: a copy of the database does not open anyone's calendar. Rotating revokes the old token and
-- makes a new one; revoked rows are kept so that "revoked when" can be shown.
CREATE TABLE calendar_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id),
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  -- When a calendar last fetched the feed: shown to the owner, so a forgotten subscription is noticed.
  last_used_at timestamptz
);
-- At most one live token per user.
CREATE UNIQUE INDEX calendar_tokens_live ON calendar_tokens (user_id) WHERE revoked_at IS NULL;
