-- Courses for offline learning: the catalogue and course pages as the server last sent them, lesson
-- content, progress not yet sent, and downloaded lesson videos.
CREATE TABLE course_catalog (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    json TEXT NOT NULL
);

CREATE TABLE course_pages (
    id INTEGER PRIMARY KEY,
    json TEXT NOT NULL
);

CREATE TABLE lesson_content (
    id INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL,
    json TEXT NOT NULL
);

CREATE TABLE progress_outbox (
    lesson_id INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL,
    done INTEGER NOT NULL,
    position REAL NOT NULL,
    last_opened_at INTEGER,
    client_ts INTEGER NOT NULL
);

-- One row per video being or having been downloaded; the file is <media>/<lesson id>.mp4 once
-- complete, and .part while it grows.
CREATE TABLE downloads (
    lesson_id INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL,
    bytes_total INTEGER NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0
);

-- Courses the member asked to have offline, and whether they paused it.
CREATE TABLE course_downloads (
    course_id INTEGER PRIMARY KEY,
    paused INTEGER NOT NULL DEFAULT 0
);
