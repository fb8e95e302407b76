-- Usage analytics (docs/analytics.md). Clients report events in batches; each is stored raw once
-- (per member and client event id) and folded at once into daily rollups, so the dashboard reads
-- rollups and never scans raw events. Days are whole days since 1970-01-01 UTC.
CREATE TABLE usage_events (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    day INTEGER NOT NULL,
    occurred_at BIGINT NOT NULL,
    seconds INTEGER NOT NULL DEFAULT 0,
    item_type TEXT NOT NULL DEFAULT '',
    item_id BIGINT NOT NULL DEFAULT 0,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, event_id)
);

-- One row per member per day with any activity: its presence is what DAU/WAU/MAU count.
CREATE TABLE activity_daily (
    day INTEGER NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    consumed INTEGER NOT NULL DEFAULT 0,
    active_seconds BIGINT NOT NULL DEFAULT 0,
    reading_seconds BIGINT NOT NULL DEFAULT 0,
    reads INTEGER NOT NULL DEFAULT 0,
    completions INTEGER NOT NULL DEFAULT 0,
    likes INTEGER NOT NULL DEFAULT 0,
    comments INTEGER NOT NULL DEFAULT 0,
    messages INTEGER NOT NULL DEFAULT 0,
    answers INTEGER NOT NULL DEFAULT 0,
    posts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, user_id)
);
CREATE INDEX activity_daily_member ON activity_daily (user_id, day);

-- The community's totals per day, kept with the rows above.
CREATE TABLE community_daily (
    day INTEGER PRIMARY KEY,
    active_members INTEGER NOT NULL DEFAULT 0,
    consumers INTEGER NOT NULL DEFAULT 0,
    active_seconds BIGINT NOT NULL DEFAULT 0,
    reading_seconds BIGINT NOT NULL DEFAULT 0,
    reads INTEGER NOT NULL DEFAULT 0,
    completions INTEGER NOT NULL DEFAULT 0,
    likes INTEGER NOT NULL DEFAULT 0,
    comments INTEGER NOT NULL DEFAULT 0,
    messages INTEGER NOT NULL DEFAULT 0,
    answers INTEGER NOT NULL DEFAULT 0,
    posts INTEGER NOT NULL DEFAULT 0
);

-- Reading per content item per day, for the top content tables.
CREATE TABLE content_daily (
    day INTEGER NOT NULL,
    item_type TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    reading_seconds BIGINT NOT NULL DEFAULT 0,
    reads INTEGER NOT NULL DEFAULT 0,
    completions INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, item_type, item_id)
);

-- A = alpha P + beta C + gamma B; every change is a new version, so past scores can be recomputed.
CREATE TABLE activity_weights (
    version {{id}},
    alpha DOUBLE PRECISION NOT NULL,
    beta DOUBLE PRECISION NOT NULL,
    gamma DOUBLE PRECISION NOT NULL,
    set_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    set_at BIGINT NOT NULL
);
INSERT INTO activity_weights (alpha, beta, gamma, set_by, set_at) VALUES (1, 1000, 1000, NULL, 0);
