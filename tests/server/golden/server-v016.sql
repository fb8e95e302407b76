-- The same community at schema 16 (before ingest counts, Q&A and event tiers, payment periods): a
-- question, an event, a monthly and a yearly payment and a pending one, two member-days of activity.
INSERT INTO questions (id, asker_id, expert_id, title, body, bounty, accepted_answer_id, created_at) VALUES
    (1, 3, 2, 'How do I profile a Qt app?', 'perf?', 20, NULL, 1700000020000);
INSERT INTO events (id, title, description, starts_at, timezone, capacity, attending, join_url, created_by, created_at) VALUES
    (1, 'Office hours', '答疑', 1700100000000, 'Asia/Shanghai', 10, 1, 'https://meet.example.org/1', 2, 1700000030000);
INSERT INTO payments (id, user_id, session_id, tier, period, amount_cents, currency, coupon, status, created_at, paid_at) VALUES
    (1, 3, 's-1', 1, 'month', 1900, 'CNY', NULL, 'paid', 1700000040000, 1700000041000),
    (2, 3, 's-2', 2, 'year', 49000, 'CNY', 'WELCOME', 'paid', 1700000050000, 1700000051000),
    (3, 3, 's-3', 2, 'month', 4900, 'CNY', NULL, 'pending', 1700000060000, NULL);
INSERT INTO activity_daily (day, user_id, consumed, active_seconds, reading_seconds, reads, completions, likes, comments, messages, answers, posts) VALUES
    (19675, 3, 1, 3600, 1200, 4, 1, 2, 1, 5, 0, 0),
    (19676, 3, 0, 600, 0, 0, 0, 0, 0, 2, 0, 0);
