-- The search index's engine on SQLite: FTS5 with Guild's tokenizer (search/), which every connection
-- registers when it opens, kept in step with search_docs by triggers.
CREATE VIRTUAL TABLE search_fts USING fts5(title, open_text, gated_text, content = 'search_docs', content_rowid = 'id', tokenize = 'guild');
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN INSERT INTO search_fts (rowid, title, open_text, gated_text) VALUES (new.id, new.title, new.open_text, new.gated_text); END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN INSERT INTO search_fts (search_fts, rowid, title, open_text, gated_text) VALUES ('delete', old.id, old.title, old.open_text, old.gated_text); END;
