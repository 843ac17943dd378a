-- Goes up whenever anything shown on the topic's pages changes (a post, its status or reactions, the title, pinning):
-- cached renderings of those pages are keyed by it, so every node sees a change at once without being told.
ALTER TABLE forum_topic ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
