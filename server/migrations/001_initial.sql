-- Accounts, memberships, tokens, articles and the change feed.
-- Times are milliseconds since the Unix epoch (UTC); booleans are 0/1 integers; {{id}} is the
-- engine's auto-increment primary key.

CREATE TABLE users (
    id {{id}},
    username TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'member',
    created_at BIGINT NOT NULL
);

CREATE TABLE tiers (
    level INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    monthly_price_cents BIGINT NOT NULL
);

INSERT INTO tiers (level, code, name, description, monthly_price_cents) VALUES
    (0, 'free', 'Free', 'Public articles, the community chat and free courses.', 0),
    (1, 'member', 'Member', 'All member articles, Q&A with experts and member courses.', 1900),
    (2, 'premium', 'Premium', 'Everything, including premium deep dives, all courses and live sessions.', 4900);

CREATE TABLE memberships (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    tier INTEGER NOT NULL REFERENCES tiers(level),
    expires_at BIGINT,
    updated_at BIGINT NOT NULL
);

CREATE TABLE refresh_tokens (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    family TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family);

CREATE TABLE access_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    family TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX access_tokens_family ON access_tokens (family);

CREATE TABLE articles (
    id {{id}},
    author_id BIGINT NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    required_tier INTEGER NOT NULL REFERENCES tiers(level),
    published_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    like_count INTEGER NOT NULL DEFAULT 0,
    comment_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_feed ON articles (published_at DESC, id DESC);

CREATE TABLE article_tags (
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (article_id, tag)
);
CREATE INDEX article_tags_tag ON article_tags (tag);

CREATE TABLE article_likes (
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (article_id, user_id)
);

CREATE TABLE comments (
    id {{id}},
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX comments_article ON comments (article_id, id);

-- The change feed behind GET /sync: one row per change, read in seq order.
CREATE TABLE change_log (
    seq {{id}},
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    op TEXT NOT NULL,
    changed_at BIGINT NOT NULL
);
CREATE INDEX change_log_entity ON change_log (entity, entity_id);
