-- A member's profile picture, as the server re-encoded it (content's ImageReencoding: no camera data or location
-- survives), cut square about its centre and kept in the two sizes pages show: 96 pixels a side (avatars of 40 CSS
-- pixels, sharp up to about 2.4 device pixels per pixel) and 192 (the profile page). name is random (128 bits,
-- URL-safe) and new with each upload: it makes the picture's addresses, /avatars/{name}-96.{extension} and -192, which
-- browsers may therefore keep for long, and an address of a replaced or removed picture leads nowhere. The picture
-- goes with the account (cascade).
CREATE TABLE member_avatar
(
    member_id    BIGINT PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    name         VARCHAR(32)              NOT NULL,
    extension    VARCHAR(4)               NOT NULL,
    content_type VARCHAR(20)              NOT NULL,
    small_bytes  BYTEA                    NOT NULL,
    large_bytes  BYTEA                    NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX member_avatar_name_idx ON member_avatar (name);
