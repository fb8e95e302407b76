-- Chat messages. Each channel numbers its messages 1, 2, 3... (seq); a sender's clientId is unique,
-- so a resent message is recognised instead of stored twice.

ALTER TABLE channels ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;

CREATE TABLE messages (
    id {{id}},
    channel_id BIGINT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    sender_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    body TEXT NOT NULL,
    reply_to BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (channel_id, seq),
    UNIQUE (sender_id, client_id)
);
