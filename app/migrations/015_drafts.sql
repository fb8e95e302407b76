-- What the member is writing (a comment, an answer, a post, homework), saved as they type so it
-- survives a crash or a restart (services/draftservice.h). Keyed by what it is for: "comment:42".
CREATE TABLE drafts (key TEXT PRIMARY KEY, text TEXT NOT NULL, saved_at INTEGER NOT NULL);
