-- Search with Guild's own tokenizer (search/tokenizer.h, registered on every connection before the
-- migrations run): Chinese words of one and two characters, code identifiers by their parts, terms
-- ranked by bm25. The indexes read their text from the tables themselves (external content), so the
-- text is stored once, and triggers keep them current in the same transaction as every write.
-- The old trigram indexes go. What the cache already holds is indexed afterwards, in the background
-- and in slices (storage/searchbackfill.cpp), so a large cache opens at once: search_backfill says
-- which rows are still to do (next_id to last_id), and the triggers leave those rows alone until then
-- (the slice that takes them reads their text as it is by that time).
CREATE TABLE search_backfill (index_name TEXT PRIMARY KEY, next_id INTEGER NOT NULL, last_id INTEGER NOT NULL, total INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0);
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, summary, body, tags, content = 'articles', content_rowid = 'id', tokenize = 'guild');
INSERT INTO search_backfill (index_name, next_id, last_id, total) SELECT 'articles_fts', lo, hi, n FROM (SELECT MIN(id) AS lo, MAX(id) AS hi, COUNT(*) AS n FROM articles) WHERE n > 0;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN (new.id < COALESCE((SELECT next_id FROM search_backfill WHERE index_name = 'articles_fts'), 9223372036854775807) OR new.id > COALESCE((SELECT last_id FROM search_backfill WHERE index_name = 'articles_fts'), -1)) BEGIN INSERT INTO articles_fts (rowid, title, summary, body, tags) VALUES (new.id, new.title, new.summary, new.body, new.tags); END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles WHEN (old.id < COALESCE((SELECT next_id FROM search_backfill WHERE index_name = 'articles_fts'), 9223372036854775807) OR old.id > COALESCE((SELECT last_id FROM search_backfill WHERE index_name = 'articles_fts'), -1)) BEGIN INSERT INTO articles_fts (articles_fts, rowid, title, summary, body, tags) VALUES ('delete', old.id, old.title, old.summary, old.body, old.tags); END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, body, tags ON articles WHEN (old.id < COALESCE((SELECT next_id FROM search_backfill WHERE index_name = 'articles_fts'), 9223372036854775807) OR old.id > COALESCE((SELECT last_id FROM search_backfill WHERE index_name = 'articles_fts'), -1)) BEGIN INSERT INTO articles_fts (articles_fts, rowid, title, summary, body, tags) VALUES ('delete', old.id, old.title, old.summary, old.body, old.tags); INSERT INTO articles_fts (rowid, title, summary, body, tags) VALUES (new.id, new.title, new.summary, new.body, new.tags); END;

DROP TABLE chat_fts;
CREATE VIRTUAL TABLE chat_fts USING fts5(body, sender, content = 'chat_messages', content_rowid = 'id', tokenize = 'guild');
INSERT INTO search_backfill (index_name, next_id, last_id, total) SELECT 'chat_fts', lo, hi, n FROM (SELECT MIN(id) AS lo, MAX(id) AS hi, COUNT(*) AS n FROM chat_messages) WHERE n > 0;
CREATE TRIGGER chat_fts_insert AFTER INSERT ON chat_messages WHEN (new.id < COALESCE((SELECT next_id FROM search_backfill WHERE index_name = 'chat_fts'), 9223372036854775807) OR new.id > COALESCE((SELECT last_id FROM search_backfill WHERE index_name = 'chat_fts'), -1)) BEGIN INSERT INTO chat_fts (rowid, body, sender) VALUES (new.id, new.body, new.sender); END;
CREATE TRIGGER chat_fts_delete AFTER DELETE ON chat_messages WHEN (old.id < COALESCE((SELECT next_id FROM search_backfill WHERE index_name = 'chat_fts'), 9223372036854775807) OR old.id > COALESCE((SELECT last_id FROM search_backfill WHERE index_name = 'chat_fts'), -1)) BEGIN INSERT INTO chat_fts (chat_fts, rowid, body, sender) VALUES ('delete', old.id, old.body, old.sender); END;
CREATE TRIGGER chat_fts_update AFTER UPDATE OF body, sender ON chat_messages WHEN (old.id < COALESCE((SELECT next_id FROM search_backfill WHERE index_name = 'chat_fts'), 9223372036854775807) OR old.id > COALESCE((SELECT last_id FROM search_backfill WHERE index_name = 'chat_fts'), -1)) BEGIN INSERT INTO chat_fts (chat_fts, rowid, body, sender) VALUES ('delete', old.id, old.body, old.sender); INSERT INTO chat_fts (rowid, body, sender) VALUES (new.id, new.body, new.sender); END;
