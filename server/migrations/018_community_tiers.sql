-- Q&A and live events are benefits a tier sells, so each question and event names the tier it needs.
-- tiers.features says which tier first includes a feature ("qa", "events"): that tier is the default
-- for new questions and events, and what existing ones get here.
ALTER TABLE tiers ADD COLUMN features TEXT NOT NULL DEFAULT '[]';
UPDATE tiers SET features = '["qa"]' WHERE level = 1;
UPDATE tiers SET features = '["events"]' WHERE level = 2;
ALTER TABLE questions ADD COLUMN required_tier INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN required_tier INTEGER NOT NULL DEFAULT 2;
