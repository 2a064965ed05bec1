-- The end of the last scheduled break (午休) the hall put a counter on, in epoch milliseconds:
-- a counter paused for it resumes by itself then, after a restart too, and a counter whose
-- staff came back early is not paused again for the same break. NULL: no break yet.
ALTER TABLE counter_state ADD COLUMN IF NOT EXISTS break_until BIGINT;
