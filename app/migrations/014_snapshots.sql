-- The last answers the server gave about the member: who they are (their role decides the author and
-- admin panels), their membership and standing, the tiers on offer. Kept so every panel opens offline
-- with what was last seen, and says when that was (storage/snapshotstore.h).
CREATE TABLE snapshots (key TEXT PRIMARY KEY, json TEXT NOT NULL, saved_at INTEGER NOT NULL);
