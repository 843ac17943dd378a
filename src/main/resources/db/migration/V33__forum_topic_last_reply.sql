-- Topic lists name who replied last. The reply is kept on the topic (the visible reply with the highest number), so
-- that a list of 30 topics finds their last replies by primary key instead of searching each topic's posts; writes
-- keep it current (TopicRepository.replyShown, replyGone, recount). No foreign key: posts go with their topic.
ALTER TABLE forum_topic ADD COLUMN last_reply_id BIGINT;

UPDATE forum_topic SET last_reply_id = (
    SELECT p.id FROM forum_post p
    WHERE p.topic_id = forum_topic.id
      AND p.number = (SELECT MAX(q.number) FROM forum_post q
                      WHERE q.topic_id = forum_topic.id AND q.status = 'VISIBLE' AND q.number > 1))
WHERE reply_count > 0;

-- Lists of the whole forum in one language (the forum's front page lists the page's language by default), read in
-- order from the newest and stopped at the page's end, as category lists read forum_topic_latest_lang_idx.
CREATE INDEX forum_topic_all_latest_lang_idx ON forum_topic (language, status, last_posted_at, id);
