-- Appraisal sheets, the complaints register and the call-back of 差评 cases. Portable SQL
-- (H2 and PostgreSQL): times are epoch milliseconds. Every statement can run again.

-- A manager's score of an assessed item: every mark is kept (the sheet's history), the
-- latest of a period, badge and item counts. seq is the event that made it.
CREATE TABLE IF NOT EXISTS appraisal_mark (
    seq        BIGINT        PRIMARY KEY,
    period     VARCHAR(8)    NOT NULL,
    badge      VARCHAR(16)   NOT NULL,
    item       VARCHAR(32)   NOT NULL,
    score      INTEGER       NOT NULL,
    note       VARCHAR(500),
    marked_by  VARCHAR(16)   NOT NULL,
    marked_at  BIGINT        NOT NULL
);
CREATE INDEX IF NOT EXISTS appraisal_mark_by_period ON appraisal_mark (period);

-- 投诉举报: what was received, about whom, the deadline, handling and the outcome. The
-- complainant's contact is kept masked only.
CREATE TABLE IF NOT EXISTS complaint (
    id           BIGINT        PRIMARY KEY,
    channel      VARCHAR(16)   NOT NULL,
    counter_no   INTEGER,
    staff_badge  VARCHAR(16),
    service      VARCHAR(4),
    what         VARCHAR(500)  NOT NULL,
    contact      VARCHAR(40),
    due_day      DATE          NOT NULL,
    due_at       BIGINT        NOT NULL,
    handler      VARCHAR(16),
    outcome      VARCHAR(500),
    feedback     VARCHAR(500),
    received_at  BIGINT        NOT NULL,
    recorded_by  VARCHAR(16)   NOT NULL,
    closed_at    BIGINT,
    closed_by    VARCHAR(16)
);
CREATE INDEX IF NOT EXISTS complaint_by_due ON complaint (due_at);

-- 差评 cases: the call-back (回访) within one working day, beside the put-right deadline,
-- and when an overdue case was put before the hall head (超期升级).
ALTER TABLE follow_up_case ADD COLUMN IF NOT EXISTS call_back_due_at BIGINT;
ALTER TABLE follow_up_case ADD COLUMN IF NOT EXISTS called_back_at BIGINT;
ALTER TABLE follow_up_case ADD COLUMN IF NOT EXISTS call_back_note VARCHAR(500);
ALTER TABLE follow_up_case ADD COLUMN IF NOT EXISTS escalated_at BIGINT;
CREATE INDEX IF NOT EXISTS follow_up_case_by_due ON follow_up_case (due_at);
