-- Tiers edited by admins: the currency the community sells in (one for the whole catalogue, so revenue
-- adds up) and retirement (no longer sold; members who hold the tier keep it and may renew it).
ALTER TABLE tiers ADD COLUMN currency TEXT NOT NULL DEFAULT 'CNY';
ALTER TABLE tiers ADD COLUMN retired_at BIGINT;
