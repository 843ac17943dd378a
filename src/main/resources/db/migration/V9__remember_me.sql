-- "Remember me": Spring Security's persistent tokens. A stolen cookie is detected when the real browser comes
-- back with an old token of the same series, and then every token of the member is removed.
CREATE TABLE persistent_logins
(
    username  VARCHAR(64)              NOT NULL,
    series    VARCHAR(64)              NOT NULL PRIMARY KEY,
    token     VARCHAR(64)              NOT NULL,
    last_used TIMESTAMP                NOT NULL
);

CREATE INDEX persistent_logins_user_idx ON persistent_logins (username);
