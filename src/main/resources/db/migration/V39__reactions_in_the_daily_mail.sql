-- Issue 20: reactions go to the daily mail by default, replies and mentions still at once (mode STANDARD).
-- A member's mode is now stored only when they chose one; NULL means "the site's default", so a later change of the
-- default reaches everyone who never chose.
--
-- Until now the column defaulted to IMMEDIATE and nothing recorded whether a member had picked it on the settings
-- page or simply never opened it: the two cannot be told apart. Every stored IMMEDIATE therefore becomes "no choice"
-- (the new default; the settings page shows it, and "everything at once" is one click away there). DAILY and NEVER
-- were always someone's choice and stay as they are.
ALTER TABLE forum_member ALTER COLUMN email_mode DROP NOT NULL;
ALTER TABLE forum_member ALTER COLUMN email_mode DROP DEFAULT;
UPDATE forum_member SET email_mode = NULL WHERE email_mode = 'IMMEDIATE';
