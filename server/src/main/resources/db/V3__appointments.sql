-- Appointments (预约). The citizen's name and phone are kept masked only; phone_key is a
-- slow salted hash of the phone, enough to hold one phone to its daily limit. Slot times
-- are the hall's local date-times; other times epoch milliseconds. Portable SQL.
CREATE TABLE IF NOT EXISTS appointment (
    code          VARCHAR(16)  PRIMARY KEY,
    service       VARCHAR(4)   NOT NULL,
    slot_start    TIMESTAMP    NOT NULL,
    slot_end      TIMESTAMP    NOT NULL,
    masked_name   VARCHAR(16)  NOT NULL,
    masked_phone  VARCHAR(16)  NOT NULL,
    phone_key     VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    booked_at     BIGINT       NOT NULL,
    changed_at    BIGINT       NOT NULL,
    ticket_id     VARCHAR(32)
);
CREATE INDEX IF NOT EXISTS appointment_by_slot ON appointment (slot_start);
CREATE INDEX IF NOT EXISTS appointment_by_status ON appointment (status);
