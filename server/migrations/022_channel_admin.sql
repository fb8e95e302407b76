-- Channels made and archived by admins: an archived channel leaves every member's list and takes no
-- more messages, but keeps its history (it can be brought back).
ALTER TABLE channels ADD COLUMN archived_at BIGINT;
