-- A cache at schema 2 (before chat revisions and per-thread levels): two channels, one muted.
INSERT INTO chat_channels (id, name, topic, required_tier, position, last_read_seq, notify_level) VALUES
    (1, 'general', 'Everything', 0, 0, 2, 0),
    (2, 'premium-lounge', '高级会员', 2, 1, 0, 2);
INSERT INTO chat_messages (channel_id, seq, id, client_id, sender_id, sender, body, reply_to, created_at) VALUES
    (1, 1, 10, 'c-1', 2, '李老师', 'Welcome!', 0, 1700000010000),
    (1, 2, 11, 'c-2', 3, 'Mei', '谢谢老师', 10, 1700000011000);
INSERT INTO chat_outbox (client_id, channel_id, body, reply_to, queued_at, position) VALUES
    ('c-9', 1, 'sent while offline', 0, 1700000020000, 1);
