-- Topic versions now come from one sequence for the whole forum instead of a counter per topic, so that the newest
-- version among a category's topics (or all topics) changes whenever any of them changes: category and forum pages
-- are cached by it. Versions only ever have to differ from a cached one, so they start again from 0 here (caches live
-- in memory and are empty after the restart that runs this).
CREATE SEQUENCE forum_change START WITH 1;
UPDATE forum_topic SET version = 0;
CREATE INDEX forum_topic_category_version ON forum_topic (category_id, version);
CREATE INDEX forum_topic_version ON forum_topic (version);
