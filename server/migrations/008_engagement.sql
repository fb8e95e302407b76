-- Membership and engagement: prices per period and trials, payments through a provider (confirmed
-- by signed webhooks, each delivery handled once), redeem codes, points with daily caps, check-ins
-- with streaks in the member's own time zone, badges, Q&A with bounties, events with capacity, and
-- feedback.
ALTER TABLE tiers ADD COLUMN yearly_price_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tiers ADD COLUMN trial_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tiers ADD COLUMN benefits TEXT NOT NULL DEFAULT '[]';
UPDATE tiers SET yearly_price_cents = 19000, trial_days = 7,
    benefits = '["All member articles","Member courses","Q&A with experts"]' WHERE level = 1;
UPDATE tiers SET yearly_price_cents = 49000, trial_days = 7,
    benefits = '["Everything in Member","Premium deep dives","Every course","Live sessions"]' WHERE level = 2;
UPDATE tiers SET benefits = '["Public articles","Community chat","Free courses"]' WHERE level = 0;

ALTER TABLE users ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC';

CREATE TABLE trials (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    tier INTEGER NOT NULL,
    started_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, tier)
);

CREATE TABLE payments (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    session_id TEXT NOT NULL UNIQUE,
    tier INTEGER NOT NULL,
    period TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    currency TEXT NOT NULL,
    coupon TEXT,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    paid_at BIGINT
);
CREATE INDEX payments_user ON payments (user_id, created_at);

-- Webhook deliveries already handled: a repeated event id changes nothing.
CREATE TABLE webhook_events (
    event_id TEXT PRIMARY KEY,
    received_at BIGINT NOT NULL
);

-- Codes are stored as SHA-256 of the code: the table never holds a usable code.
CREATE TABLE redeem_codes (
    code_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    tier INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    max_uses INTEGER NOT NULL,
    uses INTEGER NOT NULL DEFAULT 0,
    expires_at BIGINT,
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL
);

CREATE TABLE redemptions (
    code_hash TEXT NOT NULL REFERENCES redeem_codes(code_hash) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (code_hash, user_id)
);

CREATE TABLE points_ledger (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    points INTEGER NOT NULL,
    day TEXT NOT NULL,
    ref BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX points_ledger_user ON points_ledger (user_id, day, action);
CREATE INDEX points_ledger_time ON points_ledger (created_at);

CREATE TABLE checkins (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, day)
);

CREATE TABLE badges (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    badge TEXT NOT NULL,
    awarded_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, badge)
);

CREATE TABLE questions (
    id {{id}},
    asker_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expert_id BIGINT REFERENCES users(id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    bounty INTEGER NOT NULL,
    accepted_answer_id BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE answers (
    id {{id}},
    question_id BIGINT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    score INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX answers_question ON answers (question_id);

CREATE TABLE answer_votes (
    answer_id BIGINT NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    value INTEGER NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);

CREATE TABLE events (
    id {{id}},
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    timezone TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    attending INTEGER NOT NULL DEFAULT 0,
    join_url TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL
);

CREATE TABLE rsvps (
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (event_id, user_id)
);

CREATE TABLE feedback (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    answered_at BIGINT
);
