-- The client's offline cache for one account on one server.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT,
    author TEXT NOT NULL,
    tags TEXT NOT NULL,
    required_tier INTEGER NOT NULL,
    locked INTEGER NOT NULL,
    likes INTEGER NOT NULL,
    comments INTEGER NOT NULL,
    liked_by_me INTEGER NOT NULL,
    published_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX articles_feed ON articles (published_at DESC, id DESC);

-- Trigram tokens make substring search work for Chinese as well as English.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, summary, body, tags, tokenize = 'trigram');
