-- The number of the last settings change this database applied: a change journaled with a
-- higher number is written again at start (see SettingsChange).
CREATE TABLE IF NOT EXISTS settings_applied (
    id        INTEGER PRIMARY KEY,
    last_seq  BIGINT  NOT NULL
);
INSERT INTO settings_applied (id, last_seq)
SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM settings_applied WHERE id = 1);
