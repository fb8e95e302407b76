-- A course's cover picture: a PNG or JPEG (at most 256 KiB, made 640 px wide by the client), kept as
-- base64 text like members' pictures so it moves with an export; empty for none (the tile shows the
-- course's colour).
ALTER TABLE courses ADD COLUMN cover_image TEXT NOT NULL DEFAULT '';
