-- Course and chat channel catalogue; the course and chat issues grow these.

CREATE TABLE courses (
    id {{id}},
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    author_id BIGINT NOT NULL REFERENCES users(id),
    required_tier INTEGER NOT NULL REFERENCES tiers(level),
    created_at BIGINT NOT NULL
);

CREATE TABLE channels (
    id {{id}},
    name TEXT NOT NULL UNIQUE,
    topic TEXT NOT NULL,
    required_tier INTEGER NOT NULL REFERENCES tiers(level),
    created_at BIGINT NOT NULL
);
