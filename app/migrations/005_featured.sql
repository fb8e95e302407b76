-- Digest (精华) and pinned flags of cached articles: the feed shows pinned ones first and can show
-- the digest only, offline.
ALTER TABLE articles ADD COLUMN featured INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_pinned_feed ON articles (pinned DESC, published_at DESC, id DESC);
