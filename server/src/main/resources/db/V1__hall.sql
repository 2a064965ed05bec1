-- The hall's durable state. Portable SQL (H2 and PostgreSQL): times are epoch milliseconds.

CREATE TABLE IF NOT EXISTS ticket (
    id           VARCHAR(32)  PRIMARY KEY,
    hall_day     DATE         NOT NULL,
    ticket_no    VARCHAR(16)  NOT NULL,
    seq          INTEGER      NOT NULL,
    service      VARCHAR(4)   NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    priority     BOOLEAN      NOT NULL,
    issued_at    BIGINT       NOT NULL,
    called_at    BIGINT,
    started_at   BIGINT,
    finished_at  BIGINT,
    counter_no   INTEGER,
    directed_to  INTEGER,
    place        BIGINT       NOT NULL,
    kiosk        VARCHAR(32),
    rating       INTEGER,
    CONSTRAINT ticket_number_once_a_day UNIQUE (hall_day, ticket_no)
);
CREATE INDEX IF NOT EXISTS ticket_by_status ON ticket (status);
CREATE INDEX IF NOT EXISTS ticket_by_day ON ticket (hall_day);

CREATE TABLE IF NOT EXISTS counter_state (
    counter_no       INTEGER      PRIMARY KEY,
    state            VARCHAR(16)  NOT NULL,
    staff_badge      VARCHAR(16),
    staff_name       VARCHAR(64),
    ticket_id        VARCHAR(32),
    pause_reason     VARCHAR(200),
    priority_streak  INTEGER      NOT NULL,
    since            BIGINT
);

-- Every committed change, in commit order: the source of the event stream and of statistics.
CREATE TABLE IF NOT EXISTS hall_event (
    seq          BIGINT       PRIMARY KEY,
    occurred_at  BIGINT       NOT NULL,
    type         VARCHAR(32)  NOT NULL,
    ticket_id    VARCHAR(32),
    counter_no   INTEGER,
    staff_badge  VARCHAR(16),
    service      VARCHAR(4),
    detail       VARCHAR(200)
);
CREATE INDEX IF NOT EXISTS hall_event_by_time ON hall_event (occurred_at);

-- Staff logins. Only a hash of each token is kept, so a copy of the database logs nobody in.
CREATE TABLE IF NOT EXISTS staff_session (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    badge       VARCHAR(16)  NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    issued_at   BIGINT       NOT NULL,
    expires_at  BIGINT       NOT NULL,
    revoked     BOOLEAN      NOT NULL
);
