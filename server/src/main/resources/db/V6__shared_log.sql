-- Several servers can share one hall on PostgreSQL. Each event keeps its whole content, so
-- a server can bring its memory up to what another committed; and one row to lock, so the
-- servers of a hall write one after another, each after reading what came before it.
-- Portable SQL (H2 and PostgreSQL).
ALTER TABLE hall_event ADD COLUMN IF NOT EXISTS body VARCHAR(100000);

CREATE TABLE IF NOT EXISTS hall_lock (
    id  INTEGER  PRIMARY KEY
);
INSERT INTO hall_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM hall_lock);
