-- Direct conversations between two members: channels of kind 'direct' with exactly two members.
ALTER TABLE channels ADD COLUMN kind TEXT NOT NULL DEFAULT 'public';

CREATE TABLE channel_members (
    channel_id BIGINT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (channel_id, user_id)
);
CREATE INDEX channel_members_user ON channel_members (user_id);
