-- The time each tier payment really paid for. A renewal before expiry pays for the days after the
-- current ones, an upgrade ends the lower tier's period, an admin's correction cuts it: MRR and churn
-- count these periods, not "paid_at + 30 days". Older payments get what was known.
ALTER TABLE payments ADD COLUMN period_start BIGINT;
ALTER TABLE payments ADD COLUMN period_end BIGINT;
UPDATE payments SET period_start = paid_at,
    period_end = paid_at + CASE period WHEN 'year' THEN 31536000000 ELSE 2592000000 END
    WHERE status = 'paid' AND period IN ('month', 'year');
CREATE INDEX payments_period ON payments (user_id, period_end);
