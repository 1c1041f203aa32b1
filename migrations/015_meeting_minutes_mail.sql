-- How the approved minutes went out by e-mail (issue 8 §3): sending happens after the approval is
-- committed, so a failed send never loses the approval; the last attempt is kept here, visible
-- in the app and re-sendable. { "at": timestamp, "status": "sent" | "written" | "failed" |
-- "noRecipients", "recipients": [e-mail] }; NULL until the minutes are approved.
ALTER TABLE meetings ADD COLUMN minutes_mail jsonb;
