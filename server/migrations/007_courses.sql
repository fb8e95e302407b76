-- Courses: sections of lessons (Markdown text, video or quiz), sold by tier or on their own, with
-- enrollments, per-lesson progress, quiz attempts, homework, certificates and member notifications.
ALTER TABLE courses ADD COLUMN price_cents BIGINT NOT NULL DEFAULT 0;
ALTER TABLE courses ADD COLUMN currency TEXT NOT NULL DEFAULT 'CNY';
ALTER TABLE courses ADD COLUMN cover_color TEXT NOT NULL DEFAULT '#3f6fb5';

CREATE TABLE course_sections (
    id {{id}},
    course_id BIGINT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL
);
CREATE INDEX course_sections_course ON course_sections (course_id, position);

CREATE TABLE lessons (
    id {{id}},
    course_id BIGINT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    section_id BIGINT NOT NULL REFERENCES course_sections(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    video_file TEXT,
    video_bytes BIGINT NOT NULL DEFAULT 0,
    duration_seconds INTEGER NOT NULL DEFAULT 0,
    free_preview INTEGER NOT NULL DEFAULT 0,
    homework_prompt TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lessons_course ON lessons (course_id, section_id, position);

-- Answers are JSON arrays of option indices; never sent to members before they answer.
CREATE TABLE quiz_questions (
    id {{id}},
    lesson_id BIGINT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    prompt TEXT NOT NULL,
    multiple INTEGER NOT NULL,
    options TEXT NOT NULL,
    answer TEXT NOT NULL,
    explanation TEXT NOT NULL
);

-- One-off purchases (and grants by admins) of courses sold on their own.
CREATE TABLE entitlements (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, course_id)
);

CREATE TABLE enrollments (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    enrolled_at BIGINT NOT NULL,
    completed_at BIGINT,
    PRIMARY KEY (user_id, course_id)
);

CREATE TABLE lesson_progress (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lesson_id BIGINT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    done INTEGER NOT NULL,
    position_seconds DOUBLE PRECISION NOT NULL,
    last_opened_at BIGINT,
    client_ts BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, lesson_id)
);
CREATE INDEX lesson_progress_course ON lesson_progress (user_id, course_id);

CREATE TABLE quiz_attempts (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lesson_id BIGINT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    answers TEXT NOT NULL,
    correct INTEGER NOT NULL,
    total INTEGER NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE homework (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lesson_id BIGINT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    review_comment TEXT NOT NULL DEFAULT '',
    reviewer_id BIGINT REFERENCES users(id),
    submitted_at BIGINT NOT NULL,
    reviewed_at BIGINT
);
CREATE INDEX homework_status ON homework (status, course_id);
CREATE INDEX homework_member ON homework (user_id, lesson_id);

-- The certificate id is random (not guessable from another one) and public: anyone may verify it.
CREATE TABLE certificates (
    id TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    member_name TEXT NOT NULL,
    course_title TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    UNIQUE (user_id, course_id)
);

CREATE TABLE notifications (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT
);
CREATE INDEX notifications_user ON notifications (user_id, id);

-- Secrets shared by every server process on this database (the key that signs media links).
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
