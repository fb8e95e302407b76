-- Whether a cached article has a poll: the reader shows the poll's place offline and fetches its counts
-- when online.
ALTER TABLE articles ADD COLUMN has_poll INTEGER NOT NULL DEFAULT 0;
