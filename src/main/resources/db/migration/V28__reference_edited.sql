-- Whether an editor has changed a reference since the site loaded it: corrections shipped with a later version of the
-- site replace only references no editor touched. A row changed before this column existed counts as edited.
ALTER TABLE article_reference ADD COLUMN edited BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE article_reference SET edited = TRUE WHERE updated_at <> created_at;
