-- Courses made in the client: a course is a draft (seen by its author and admins) until published;
-- lesson videos arrive in resumable pieces, each upload remembered until its file is checked.
ALTER TABLE courses ADD COLUMN published_at BIGINT;
UPDATE courses SET published_at = created_at;

CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lesson_id BIGINT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content_type TEXT NOT NULL,
    duration_seconds INTEGER NOT NULL,
    received BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    completed_at BIGINT
);
CREATE INDEX uploads_lesson ON uploads (lesson_id);
