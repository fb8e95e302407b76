-- Every write the member makes that must reach the server (comments, likes, answers, votes, RSVPs,
-- check-ins, feedback), kept until the server has answered it (services/writeoutbox.h). `queue` is the
-- conversation it belongs to (an article, a question, an event): each queue is sent in id order. The
-- request is kept as it will be sent, with its Idempotency-Key, so a retry after a restart is still the
-- same request and the server does it once. A refused write stays (state 1, with the server's reason)
-- until the member retries or discards it.
CREATE TABLE write_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, queue TEXT NOT NULL, kind TEXT NOT NULL, subject_id INTEGER NOT NULL, subject_title TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, body BLOB NOT NULL, idempotency_key TEXT NOT NULL, state INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, queued_at INTEGER NOT NULL);
