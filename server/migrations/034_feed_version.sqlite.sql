-- A counter every change to what a feed page shows moves, in the same transaction. Triggers move it,
-- so no writer can forget to: each process keeps feed pages in memory (FeedCache), reads this on every
-- request and drops what it kept when it moved, whichever process or command changed the data.
CREATE TABLE feed_version (id INTEGER PRIMARY KEY CHECK (id = 1), n BIGINT NOT NULL);
INSERT INTO feed_version (id, n) VALUES (1, 0);
CREATE TRIGGER feed_articles_ai AFTER INSERT ON articles BEGIN UPDATE feed_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER feed_articles_au AFTER UPDATE ON articles BEGIN UPDATE feed_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER feed_articles_ad AFTER DELETE ON articles BEGIN UPDATE feed_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER feed_article_tags_ai AFTER INSERT ON article_tags BEGIN UPDATE feed_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER feed_article_tags_au AFTER UPDATE ON article_tags BEGIN UPDATE feed_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER feed_article_tags_ad AFTER DELETE ON article_tags BEGIN UPDATE feed_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER feed_polls_ai AFTER INSERT ON polls BEGIN UPDATE feed_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER feed_polls_ad AFTER DELETE ON polls BEGIN UPDATE feed_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER feed_users_au AFTER UPDATE OF display_name ON users BEGIN UPDATE feed_version SET n = n + 1 WHERE id = 1; END;
