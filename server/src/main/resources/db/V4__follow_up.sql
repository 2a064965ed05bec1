-- Follow-up cases (回访) of ratings of 1 or 2: opened with the rating, closed by a manager
-- with a note. Portable SQL (H2 and PostgreSQL): times are epoch milliseconds.
CREATE TABLE IF NOT EXISTS follow_up_case (
    id             BIGINT        PRIMARY KEY,
    ticket_id      VARCHAR(32)   NOT NULL,
    ticket_no      VARCHAR(16)   NOT NULL,
    service        VARCHAR(4)    NOT NULL,
    counter_no     INTEGER,
    staff_badge    VARCHAR(16),
    score          INTEGER       NOT NULL,
    opened_at      BIGINT        NOT NULL,
    due_day        DATE          NOT NULL,
    due_at         BIGINT        NOT NULL,
    closed_at      BIGINT,
    closed_by      VARCHAR(16),
    note           VARCHAR(500)
);
CREATE INDEX IF NOT EXISTS follow_up_case_open ON follow_up_case (closed_at);
CREATE INDEX IF NOT EXISTS follow_up_case_by_time ON follow_up_case (opened_at);
