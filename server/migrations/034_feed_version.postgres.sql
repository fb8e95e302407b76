-- A counter every change to what a feed page shows moves, in the same transaction. Triggers move it,
-- so no writer can forget to: each process keeps feed pages in memory (FeedCache), reads this on every
-- request and drops what it kept when it moved, whichever process or command changed the data. Once per
-- statement: a statement that publishes many scheduled articles moves it once.
CREATE TABLE feed_version (id INTEGER PRIMARY KEY CHECK (id = 1), n BIGINT NOT NULL);
INSERT INTO feed_version (id, n) VALUES (1, 0);
CREATE FUNCTION feed_version_move() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE feed_version SET n = n + 1 WHERE id = 1; RETURN NULL; END $$;
CREATE TRIGGER feed_articles AFTER INSERT OR UPDATE OR DELETE ON articles FOR EACH STATEMENT EXECUTE FUNCTION feed_version_move();
CREATE TRIGGER feed_article_tags AFTER INSERT OR UPDATE OR DELETE ON article_tags FOR EACH STATEMENT EXECUTE FUNCTION feed_version_move();
CREATE TRIGGER feed_polls AFTER INSERT OR DELETE ON polls FOR EACH STATEMENT EXECUTE FUNCTION feed_version_move();
CREATE TRIGGER feed_users AFTER UPDATE OF display_name ON users FOR EACH STATEMENT EXECUTE FUNCTION feed_version_move();
