-- Edits, deletes and reactions. Every change to a channel's messages, a new message included, takes
-- the channel's next revision (rev), so a client that was away asks for "what changed after rev N"
-- and catches up on edits and deletes as exactly as it does on new messages by seq.
ALTER TABLE channels ADD COLUMN last_rev BIGINT NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN rev BIGINT NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN edited_at BIGINT;
ALTER TABLE messages ADD COLUMN deleted_at BIGINT;
UPDATE messages SET rev = seq;
UPDATE channels SET last_rev = last_seq;
CREATE INDEX messages_channel_rev ON messages (channel_id, rev);
CREATE INDEX messages_reply_to ON messages (reply_to);

CREATE TABLE reactions (
    message_id BIGINT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    emoji TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (message_id, user_id, emoji)
);

-- A member's notification level per channel (thread_id 0) or per thread, shared by their devices.
CREATE TABLE notify_levels (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    channel_id BIGINT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    thread_id BIGINT NOT NULL,
    level TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, channel_id, thread_id)
);

-- An article promoted from a chat thread remembers where it came from.
ALTER TABLE articles ADD COLUMN source_message_id BIGINT;
CREATE UNIQUE INDEX articles_source ON articles (source_message_id);
