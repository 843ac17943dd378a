-- Two-factor sign-in with TOTP (RFC 6238). The shared secret is kept in Base32, as authenticator apps take it;
-- last_step stops a code from being used twice. Recovery codes are random and stored only as SHA-256 hashes.
CREATE TABLE member_totp
(
    member_id  BIGINT                   NOT NULL PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    secret     VARCHAR(64)              NOT NULL,
    enabled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_step  BIGINT                   NOT NULL DEFAULT 0
);

CREATE TABLE member_recovery_code
(
    member_id BIGINT                   NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    code_hash CHAR(64)                 NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (member_id, code_hash)
);
