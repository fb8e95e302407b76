-- Ingest in fewer round trips: a member's day is upserted in one statement, which tells by these
-- counts whether its batch was the day's first (the member becomes active) and the first to consume.
ALTER TABLE activity_daily ADD COLUMN batches INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity_daily ADD COLUMN consuming_batches INTEGER NOT NULL DEFAULT 0;
UPDATE activity_daily SET batches = 1, consuming_batches = consumed;
