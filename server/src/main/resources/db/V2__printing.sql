-- Paper tickets: one row per ticket issued at a kiosk. A copy is pending while
-- printed < copies; a reprint raises copies. Portable SQL (H2 and PostgreSQL).
CREATE TABLE IF NOT EXISTS print_job (
    ticket_id     VARCHAR(32)  PRIMARY KEY,
    kiosk         VARCHAR(32)  NOT NULL,
    copies        INTEGER      NOT NULL,
    printed       INTEGER      NOT NULL,
    changed_at    BIGINT       NOT NULL
);
CREATE INDEX IF NOT EXISTS print_job_by_kiosk ON print_job (kiosk);

-- Each kiosk printer's last reported state, shown to the kiosk and the manager after a restart.
CREATE TABLE IF NOT EXISTS printer_state (
    kiosk       VARCHAR(32)  PRIMARY KEY,
    status      VARCHAR(16)  NOT NULL,
    since       BIGINT       NOT NULL
);
