-- Digest (精华) and pinned posts: flags authors set on articles, and the digest flag on Q&A answers.
ALTER TABLE articles ADD COLUMN featured INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE answers ADD COLUMN featured INTEGER NOT NULL DEFAULT 0;
