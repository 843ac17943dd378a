-- The visitor page cache asks for the articles' newest change at every article page a visitor opens (the newest edit,
-- review, reference change and answered report). Without these indexes each of those four maxima reads its whole
-- table at every such request (2,000 articles at the generated large scale); with them, the maximum is read from the
-- end of an index.
CREATE INDEX article_updated_idx ON article (updated_at);
CREATE INDEX article_reviewed_idx ON article (reviewed_on);
CREATE INDEX article_reference_updated_idx ON article_reference (updated_at);
CREATE INDEX article_report_handled_idx ON article_report (handled_at);
