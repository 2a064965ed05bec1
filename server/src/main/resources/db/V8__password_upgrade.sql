-- Staff passwords hashed again at today's strength at a good login. The hall's file keeps the
-- hash it was given; a row here stands in for it only while the file still has that same hash
-- (replaces: its SHA-256), so a password changed in the file is never overruled by an old one.
CREATE TABLE IF NOT EXISTS staff_password (
    badge          VARCHAR(16)   PRIMARY KEY,
    replaces       VARCHAR(64)   NOT NULL,
    password_hash  VARCHAR(200)  NOT NULL
);
