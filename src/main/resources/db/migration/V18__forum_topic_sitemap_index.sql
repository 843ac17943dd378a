-- The sitemap lists public, visible topics by ranges of ids, in keyset batches along the id (forum/TopicSitemap).
-- Without this index H2 answered each batch from forum_topic_all_latest_idx (status, ...) and read every visible topic
-- for it: 1.6 s per batch of 1,000 at 100,000 topics. last_posted_at is in the index so that the sitemap index's date
-- per part (the newest last post in each range) is read from the index alone.
CREATE INDEX forum_topic_sitemap_idx ON forum_topic (visibility, status, id, last_posted_at);
