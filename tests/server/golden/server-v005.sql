-- A community at schema 5 (before message revisions): three members, a public and a paid channel, a
-- thread. Timestamps are fixed so the migrated dump is the same on every run.
INSERT INTO users (id, username, email, display_name, password_hash, role, created_at) VALUES
    (1, 'admin', 'admin@example.com', '管理员', 'x', 'admin', 1700000000000),
    (2, 'author', 'author@example.com', '李老师', 'x', 'author', 1700000001000),
    (3, 'member', 'member@example.com', 'Mei Member', 'x', 'member', 1700000002000);
INSERT INTO memberships (user_id, tier, expires_at, updated_at) VALUES
    (3, 1, 1800000000000, 1700000002000);
INSERT INTO channels (id, name, topic, required_tier, created_at, last_seq) VALUES
    (1, 'general', 'Everything', 0, 1700000000000, 3),
    (2, 'premium-lounge', '高级会员', 2, 1700000000000, 1);
INSERT INTO messages (id, channel_id, seq, sender_id, client_id, body, reply_to, created_at) VALUES
    (1, 1, 1, 2, 'c-1', 'Welcome!', NULL, 1700000010000),
    (2, 1, 2, 3, 'c-2', '谢谢老师', 1, 1700000011000),
    (3, 1, 3, 1, 'c-3', 'Rules: be kind.', NULL, 1700000012000),
    (4, 2, 1, 2, 'c-4', 'Premium only', NULL, 1700000013000);
