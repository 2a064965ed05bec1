-- Messages to citizens who asked to be told when their turn is near (短信提醒). Portable SQL
-- (H2 and PostgreSQL); times are epoch milliseconds. Can run again.
--
-- notify_phone: the number a citizen gave, under a random holder key named by the consent
-- event; kept only until its messages are done (or 8 days at most), shown only masked.
CREATE TABLE IF NOT EXISTS notify_phone (
    holder        VARCHAR(24)  PRIMARY KEY,
    phone         VARCHAR(16)  NOT NULL,
    masked_phone  VARCHAR(16)  NOT NULL,
    kept_at       BIGINT       NOT NULL
);
-- notify_outbox: one row per message decided, its id the seq of the notify.queued event that
-- decided it in the same commit as the change that led to it; the sender delivers from here.
-- state: PENDING, SENDING (claimed by one server until claim_until), SENT, FAILED (gave up),
-- DROPPED (no longer due: consent withdrawn, ticket past that point).
CREATE TABLE IF NOT EXISTS notify_outbox (
    id            BIGINT       PRIMARY KEY,
    ticket_id     VARCHAR(32)  NOT NULL,
    holder        VARCHAR(24)  NOT NULL,
    kind          VARCHAR(8)   NOT NULL,
    ticket_number VARCHAR(16)  NOT NULL,
    place         INTEGER      NOT NULL,
    state         VARCHAR(8)   NOT NULL,
    attempts      INTEGER      NOT NULL,
    next_at       BIGINT       NOT NULL,
    claimed_by    VARCHAR(40),
    claim_until   BIGINT,
    last_error    VARCHAR(200),
    masked_phone  VARCHAR(16),
    decided_at    BIGINT       NOT NULL,
    done_at       BIGINT
);
CREATE INDEX IF NOT EXISTS notify_outbox_due ON notify_outbox (state, next_at);
CREATE INDEX IF NOT EXISTS notify_outbox_by_decided ON notify_outbox (decided_at);
-- notify_mark: the last event the outbox was brought up to; it starts at the end of the log.
CREATE TABLE IF NOT EXISTS notify_mark (
    name          VARCHAR(16)  PRIMARY KEY,
    seq           BIGINT       NOT NULL
);
INSERT INTO notify_mark (name, seq)
    SELECT 'outbox', e.last_seq FROM (SELECT COALESCE(MAX(seq), 0) AS last_seq FROM hall_event) e
    WHERE NOT EXISTS (SELECT 1 FROM notify_mark WHERE name = 'outbox');
