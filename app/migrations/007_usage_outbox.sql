-- Usage events waiting to be sent (docs/analytics.md). They stay until the server has them, so what
-- the member did offline is reported once the link is back. Sent in rowid order: the order queued.
CREATE TABLE analytics_outbox (
    id TEXT PRIMARY KEY,
    event TEXT NOT NULL,
    queued_at INTEGER NOT NULL
);
