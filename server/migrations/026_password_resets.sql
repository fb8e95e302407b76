-- One-time codes to set a forgotten password: sent by email, or handed out by an admin. Only a hash
-- of each code is kept; a code works once, until it expires.
CREATE TABLE password_resets (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL UNIQUE,
    via TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX password_resets_user ON password_resets (user_id, created_at);
