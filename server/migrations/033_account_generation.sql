-- A counter every change to a member's standing (sign-out, revocation, role, tier, ban) moves, in the
-- same transaction (AccountEvents::changed): a process that keeps token lookups for a while reads it on
-- each request and drops what it kept when it moved, whoever changed it (another process, the admin
-- command on SQLite).
CREATE TABLE account_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n BIGINT NOT NULL
);
INSERT INTO account_generation (id, n) VALUES (1, 0);
