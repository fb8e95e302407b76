-- Admins tell their codes apart by the last group of characters (the code itself is only a hash):
-- 20 of 80 bits, leaving far more than anyone can guess.
ALTER TABLE redeem_codes ADD COLUMN hint TEXT NOT NULL DEFAULT '';
