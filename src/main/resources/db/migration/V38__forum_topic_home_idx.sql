-- The home page's latest public topics in one language, of the whole forum (TopicRepository.latestOpenings). With the
-- equal columns first, both databases read this index from the newest topic and stop after a few rows, however many
-- topics there are; without it H2 read every public topic and sorted them (90,000 rows for three, at 100,000 topics).
CREATE INDEX forum_topic_public_latest_idx ON forum_topic (language, visibility, status, last_posted_at, id);
