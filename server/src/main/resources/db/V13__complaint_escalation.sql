-- When an open complaint past its deadline was put before the hall head (超期升级), kept with
-- it so it is escalated once, also after a restart. Portable SQL (H2 and PostgreSQL): times
-- are epoch milliseconds. Can run again.
ALTER TABLE complaint ADD COLUMN IF NOT EXISTS escalated_at BIGINT;
