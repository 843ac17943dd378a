-- Secrets the site makes for itself at first start (e.g. the key that signs form timestamps and device cookies),
-- shared by every node through the database.
CREATE TABLE site_secret
(
    name       VARCHAR(50)              NOT NULL PRIMARY KEY,
    secret     VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per counted event (a failed sign-in, a reset request, a registration) in a named bucket such as
-- "signin-ip:203.0.113.9". Buckets name an IP address or a hash of an email address, never the address itself.
-- Rows older than the longest window are deleted by a job.
CREATE TABLE throttle_event
(
    bucket      VARCHAR(200)             NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX throttle_event_bucket_idx ON throttle_event (bucket, occurred_at);
CREATE INDEX throttle_event_time_idx ON throttle_event (occurred_at);
