-- The check for a repeated post reads one writer's posts of the past day: by writer and time, it reads only those,
-- however much the writer wrote before (the benchmark's busiest generated member has about 27,000 posts).
CREATE INDEX forum_post_author_time_idx ON forum_post (author_id, created_at);
CREATE INDEX forum_post_guest_time_idx ON forum_post (guest_key, created_at);
