-- The services a counter calls as a manager last set them while the hall runs (codes joined
-- by commas, "A,B"); NULL while the hall's file decides, as it did before managers could.
ALTER TABLE counter_state ADD COLUMN IF NOT EXISTS services VARCHAR(400);
