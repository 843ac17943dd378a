-- What a member tells others about themselves: a short bio and the languages they read and write.
ALTER TABLE member ADD COLUMN bio VARCHAR(500);
ALTER TABLE member ADD COLUMN languages VARCHAR(20);
