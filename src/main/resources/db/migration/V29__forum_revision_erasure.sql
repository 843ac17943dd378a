-- The writer of a post or a moderator can erase the text of one earlier version (a phone number edited out must not
-- stay in the history). The row stays, with its date, and says when its text was removed and whether a moderator
-- did it; the text itself is emptied (body_source '' and title NULL), not hidden. Nothing here names a member, so
-- account deletion needs no new step.
ALTER TABLE forum_post_revision ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE forum_post_revision ADD COLUMN erased_by_moderator BOOLEAN NOT NULL DEFAULT FALSE;
