-- Bans (until a time; far in the future for good) with the reason shown to the member at sign-in, and
-- the audit log of every administrative action: who (a member, or the command line), what, to whom.
ALTER TABLE users ADD COLUMN banned_until BIGINT;
ALTER TABLE users ADD COLUMN ban_reason TEXT NOT NULL DEFAULT '';

CREATE TABLE audit_log (
    id {{id}},
    actor_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_log_time ON audit_log (created_at, id);
