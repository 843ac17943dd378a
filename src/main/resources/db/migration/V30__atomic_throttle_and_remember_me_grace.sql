-- Limits that count and decide in one step (issue 17). A request that may be refused first locks one of these rows
-- (chosen by its bucket's hash), then counts and records while holding it, so requests arriving together are
-- decided one after another on every node. A fixed set of rows: nothing to create per bucket, nothing to clean up.
CREATE TABLE throttle_lock
(
    slot INTEGER NOT NULL PRIMARY KEY
);

INSERT INTO throttle_lock (slot)
VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15),
       (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31),
       (32), (33), (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46), (47),
       (48), (49), (50), (51), (52), (53), (54), (55), (56), (57), (58), (59), (60), (61), (62), (63);

-- The attempt an event belongs to: a sign-in is counted before its password is checked, and taken back when the
-- password was right. Empty for events that are never taken back.
ALTER TABLE throttle_event ADD COLUMN attempt VARCHAR(36);

-- "Remember me": the value a series had before its last change. A browser's requests sent together all carry the
-- value it had; for a short while after the change the previous value still signs in, instead of being taken
-- for a stolen cookie.
ALTER TABLE persistent_logins ADD COLUMN previous_token VARCHAR(64);
