-- Edits, deletes and reactions (each message keeps the revision of its latest change), the revision
-- up to which each channel's changes have been applied, and notification levels per channel and per
-- thread, mirrored from the server.
ALTER TABLE chat_messages ADD COLUMN rev INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chat_messages ADD COLUMN edited_at INTEGER;
ALTER TABLE chat_messages ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chat_messages ADD COLUMN reactions TEXT NOT NULL DEFAULT '';
CREATE INDEX chat_messages_reply_to ON chat_messages (reply_to);

CREATE TABLE chat_revisions (
    channel_id INTEGER PRIMARY KEY,
    rev INTEGER NOT NULL
);

CREATE TABLE chat_notify (
    channel_id INTEGER NOT NULL,
    thread_id INTEGER NOT NULL,
    level INTEGER NOT NULL,
    PRIMARY KEY (channel_id, thread_id)
);
INSERT INTO chat_notify (channel_id, thread_id, level) SELECT id, 0, notify_level FROM chat_channels WHERE notify_level <> 0;
ALTER TABLE chat_channels DROP COLUMN notify_level;
