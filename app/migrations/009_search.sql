-- Search with Guild's own tokenizer (search/tokenizer.h, registered on every connection before the
-- migrations run): Chinese words of one and two characters, code identifiers by their parts, terms
-- ranked by bm25. The indexes read their text from the tables themselves (external content), so the
-- text is stored once, and triggers keep them current in the same transaction as every write.
-- The old trigram indexes go; 'rebuild' indexes what the cache already holds.
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, summary, body, tags, content = 'articles', content_rowid = 'id', tokenize = 'guild');
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO articles_fts (rowid, title, summary, body, tags) VALUES (new.id, new.title, new.summary, new.body, new.tags); END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN INSERT INTO articles_fts (articles_fts, rowid, title, summary, body, tags) VALUES ('delete', old.id, old.title, old.summary, old.body, old.tags); END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, body, tags ON articles BEGIN INSERT INTO articles_fts (articles_fts, rowid, title, summary, body, tags) VALUES ('delete', old.id, old.title, old.summary, old.body, old.tags); INSERT INTO articles_fts (rowid, title, summary, body, tags) VALUES (new.id, new.title, new.summary, new.body, new.tags); END;

DROP TABLE chat_fts;
CREATE VIRTUAL TABLE chat_fts USING fts5(body, sender, content = 'chat_messages', content_rowid = 'id', tokenize = 'guild');
INSERT INTO chat_fts (chat_fts) VALUES ('rebuild');
CREATE TRIGGER chat_fts_insert AFTER INSERT ON chat_messages BEGIN INSERT INTO chat_fts (rowid, body, sender) VALUES (new.id, new.body, new.sender); END;
CREATE TRIGGER chat_fts_delete AFTER DELETE ON chat_messages BEGIN INSERT INTO chat_fts (chat_fts, rowid, body, sender) VALUES ('delete', old.id, old.body, old.sender); END;
CREATE TRIGGER chat_fts_update AFTER UPDATE OF body, sender ON chat_messages BEGIN INSERT INTO chat_fts (chat_fts, rowid, body, sender) VALUES ('delete', old.id, old.body, old.sender); INSERT INTO chat_fts (rowid, body, sender) VALUES (new.id, new.body, new.sender); END;
