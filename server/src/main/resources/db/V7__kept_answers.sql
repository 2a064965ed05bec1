-- The first answer to each request that carried an Idempotency-Key, committed with the
-- change it answered, so a retry gets the same answer instead of a second change.
-- Kept 24 hours. The body is base64 text, so the script is the same on H2 and PostgreSQL.
CREATE TABLE IF NOT EXISTS kept_answer (
    caller        VARCHAR(64)      NOT NULL,
    idem_key      VARCHAR(64)      NOT NULL,
    request_hash  VARCHAR(64)      NOT NULL,
    status        INTEGER          NOT NULL,
    content_type  VARCHAR(100),
    body          VARCHAR(1000000) NOT NULL,
    answered_at   BIGINT           NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX IF NOT EXISTS kept_answer_age ON kept_answer (answered_at);
