-- Chat: channels, messages by (channel, seq), and the outbox of messages not yet acknowledged.
CREATE TABLE chat_channels (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    topic TEXT NOT NULL,
    required_tier INTEGER NOT NULL,
    position INTEGER NOT NULL,
    last_read_seq INTEGER NOT NULL DEFAULT 0,
    notify_level INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE chat_messages (
    channel_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    id INTEGER NOT NULL UNIQUE,
    client_id TEXT NOT NULL,
    sender_id INTEGER NOT NULL,
    sender TEXT NOT NULL,
    body TEXT NOT NULL,
    reply_to INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (channel_id, seq)
);

CREATE TABLE chat_outbox (
    client_id TEXT PRIMARY KEY,
    channel_id INTEGER NOT NULL,
    body TEXT NOT NULL,
    reply_to INTEGER NOT NULL,
    queued_at INTEGER NOT NULL,
    position INTEGER NOT NULL
);

CREATE VIRTUAL TABLE chat_fts USING fts5(body, sender, tokenize = 'trigram');
