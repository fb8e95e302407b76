-- A Q&A question can come from a chat thread (promoted by an author or admin), once per thread.
ALTER TABLE questions ADD COLUMN source_message_id BIGINT;
CREATE UNIQUE INDEX questions_source ON questions (source_message_id);
