-- Lock-out throttles the source, not the victim: attempts are counted per username and address,
-- so someone elsewhere cannot lock a known user out of their own account.
ALTER TABLE login_attempts ADD COLUMN address text NOT NULL DEFAULT 'unknown';
CREATE INDEX login_attempts_pair ON login_attempts (username, address, attempted_at);
CREATE INDEX login_attempts_address ON login_attempts (address, attempted_at);
