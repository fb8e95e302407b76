-- The member's bookmarks and highlights with notes: the server's (GET /me/saved) with what this
-- client did since applied at once (what is on its way is in write_outbox too).
CREATE TABLE saved_bookmarks (
    kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    container_id INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (kind, subject_id)
);

CREATE TABLE saved_highlights (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    container_id INTEGER NOT NULL DEFAULT 0,
    quote TEXT NOT NULL,
    note TEXT NOT NULL,
    start_pos INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX saved_highlights_subject ON saved_highlights (kind, subject_id);
