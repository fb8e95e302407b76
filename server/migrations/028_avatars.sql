-- A member's picture: a small PNG or JPEG (at most 64 KiB, made small by the client), kept as base64
-- text so it moves with an export like every other column; empty for none.
ALTER TABLE users ADD COLUMN avatar TEXT NOT NULL DEFAULT '';
