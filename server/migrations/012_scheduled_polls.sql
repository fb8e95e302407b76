-- Scheduled publishing: an article written now appears at its published_at; until then only its
-- author and the admins see it, and /sync announces it when it goes out.
ALTER TABLE articles ADD COLUMN scheduled INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_due ON articles (scheduled, published_at);

-- Polls attached to posts: one per article, options kept as a JSON array of labels in order.
CREATE TABLE polls (
    article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    options TEXT NOT NULL,
    multiple INTEGER NOT NULL DEFAULT 0,
    closes_at BIGINT,
    created_at BIGINT NOT NULL
);

-- One row per chosen option; a member's vote is replaced as a whole.
CREATE TABLE poll_votes (
    article_id BIGINT NOT NULL REFERENCES polls(article_id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    option_index INTEGER NOT NULL,
    voted_at BIGINT NOT NULL,
    PRIMARY KEY (article_id, user_id, option_index)
);
CREATE INDEX poll_votes_user ON poll_votes (article_id, user_id);
