-- Two kinds of review, named as such (issue 16). Readers and search engines take "reviewed" as clinical review, so
-- only a medical review (by a member whose profession an admin verified) may be shown and marked up as one.
--
-- The existing reviewed_on, reviewer_id, reviewer_name and review_due columns are from now on the editorial review:
-- an editor checked the references and the wording. Rows reviewed before this migration keep their review as an
-- editorial one: we cannot tell which of those reviewers were professionals, and calling a medical review editorial
-- is the safe side of that error.
--
-- The medical review keeps the reviewer's name and profession as they were when they reviewed (a profession verified
-- later, or revoked, does not rewrite what was recorded), and the revision of the text they read, so the page can say
-- when the text changed since. A deleted member's review stays without their name or id, as the editorial one does.
ALTER TABLE article ADD COLUMN medical_reviewed_on DATE;
ALTER TABLE article ADD COLUMN medical_reviewer_id BIGINT;
ALTER TABLE article ADD COLUMN medical_reviewer_name VARCHAR(100);
ALTER TABLE article ADD COLUMN medical_reviewer_profession VARCHAR(200);
ALTER TABLE article ADD COLUMN medical_review_due DATE;
ALTER TABLE article ADD COLUMN medical_review_revision INT;

-- When a review of either kind was last recorded on the row. The visitor page cache's version of the article pages
-- reads its maximum: a date alone stays the same when a second article is reviewed on the same day, and cached copies
-- would then go on showing that article as not reviewed. It replaces MAX(reviewed_on) there, and so its index.
ALTER TABLE article ADD COLUMN review_recorded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX article_review_recorded_idx ON article (review_recorded_at);
DROP INDEX article_reviewed_idx;
