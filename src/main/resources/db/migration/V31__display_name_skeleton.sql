-- A display name's confusable skeleton (Unicode TS #39, computed in Java by accounts.DisplayNames), unique, so that
-- no name can pass for another member's: Cyrillic "а" for Latin "a", full-width or invisible characters, kanji that
-- look like katakana. Nothing is computed here: SQL cannot. Members stored before this get theirs at the next start
-- (accounts.DisplayNameSkeletons); until then, and for the later of two old names that already look alike, it is
-- empty, which a unique index allows any number of times. 400 characters: a 40-character name's skeleton can be
-- several times longer (one character can stand for up to seven).
ALTER TABLE member ADD COLUMN display_skeleton VARCHAR(400);

CREATE UNIQUE INDEX member_display_skeleton_idx ON member (display_skeleton);
