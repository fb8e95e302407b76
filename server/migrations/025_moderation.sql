-- Members report what they read; moderators (admins, authors) hide it or dismiss the report. Hidden
-- comments, questions and answers leave every list but stay in the database (the report shows what
-- was said); a hidden chat message is deleted the way its author would delete it.
CREATE TABLE reports (
    id {{id}},
    reporter_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    author_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    excerpt TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL,
    resolution TEXT NOT NULL DEFAULT '',
    resolved_by BIGINT REFERENCES users(id),
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    UNIQUE (reporter_id, kind, subject_id)
);
CREATE INDEX reports_status ON reports (status, id);
CREATE INDEX reports_subject ON reports (kind, subject_id);

ALTER TABLE comments ADD COLUMN hidden_at BIGINT;
ALTER TABLE questions ADD COLUMN hidden_at BIGINT;
ALTER TABLE answers ADD COLUMN hidden_at BIGINT;
