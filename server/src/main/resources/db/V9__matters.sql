-- Matters (事项): how each visit ended, the counter first responsible (首问负责), the return
-- visit's link to the one before, the note a transfer carries, and the 一次性告知单 with their
-- due dates (限时办结). Portable SQL (H2 and PostgreSQL): times are epoch milliseconds.
ALTER TABLE ticket ADD COLUMN IF NOT EXISTS first_counter INTEGER;
ALTER TABLE ticket ADD COLUMN IF NOT EXISTS return_of VARCHAR(16);
ALTER TABLE ticket ADD COLUMN IF NOT EXISTS redeems VARCHAR(16);
ALTER TABLE ticket ADD COLUMN IF NOT EXISTS outcome VARCHAR(16);
ALTER TABLE ticket ADD COLUMN IF NOT EXISTS outcome_note VARCHAR(500);
ALTER TABLE ticket ADD COLUMN IF NOT EXISTS notice_code VARCHAR(16);
ALTER TABLE ticket ADD COLUMN IF NOT EXISTS hand_over VARCHAR(200);

-- materials and beyond_first: one material a line (at most 20 of 100 characters each).
CREATE TABLE IF NOT EXISTS matter_notice (
    code            VARCHAR(16)    PRIMARY KEY,
    matter_id       VARCHAR(32)    NOT NULL,
    ticket_id       VARCHAR(32)    NOT NULL,
    ticket_no       VARCHAR(16)    NOT NULL,
    service         VARCHAR(4)     NOT NULL,
    materials       VARCHAR(2100)  NOT NULL,
    note            VARCHAR(500),
    issued_at       BIGINT         NOT NULL,
    counter_no      INTEGER        NOT NULL,
    staff_badge     VARCHAR(16),
    staff_name      VARCHAR(64),
    first_counter   INTEGER,
    due_day         DATE           NOT NULL,
    due_at          BIGINT         NOT NULL,
    follows         VARCHAR(16),
    beyond_first    VARCHAR(2100),
    return_ticket   VARCHAR(32),
    closed_at       BIGINT,
    closed_as       VARCHAR(16)
);
CREATE INDEX IF NOT EXISTS matter_notice_open ON matter_notice (closed_at);
CREATE INDEX IF NOT EXISTS matter_notice_by_time ON matter_notice (issued_at);
