-- Spring Modulith's event publication registry: a cross-feature reaction (index this post, notify followers)
-- is recorded here in the same transaction as the change that caused it, so it survives a crash.
-- Written once for H2 (PostgreSQL mode) and PostgreSQL: unbounded VARCHAR instead of TEXT (a CLOB on H2),
-- and no index on serialized_event (PostgreSQL's B-tree cannot hold large values). Completed publications are
-- deleted (spring.modulith.events.completion-mode=delete), so the table stays small.
CREATE TABLE event_publication
(
    id                     UUID                     NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)             NOT NULL,
    event_type             VARCHAR(512)             NOT NULL,
    serialized_event       VARCHAR                  NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_by_listener_idx ON event_publication (listener_id);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
