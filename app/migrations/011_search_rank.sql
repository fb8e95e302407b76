-- The rank the articles' full-text table orders by (ORDER BY rank, which FTS5 sorts itself): bm25
-- with the column weights the searches use (title, summary, body, tags).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 3.0, 1.0, 5.0)');
