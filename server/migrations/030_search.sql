-- Search over everything members read (GET /search). One row per searchable thing, kept current by
-- the writes themselves (storage/searchindex.cpp), with what decides who may find it: the tier to see
-- it at all, the tier (or, for a lesson, the course) to search its gated text, when it goes out.
CREATE TABLE search_docs (
    id {{id}},
    kind TEXT NOT NULL,
    ref_id BIGINT NOT NULL,
    parent_id BIGINT NOT NULL DEFAULT 0,
    author_id BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    visible_at BIGINT NOT NULL DEFAULT 0,
    read_tier INTEGER NOT NULL DEFAULT 0,
    gate_tier INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    open_text TEXT NOT NULL,
    gated_text TEXT NOT NULL,
    UNIQUE (kind, ref_id)
);
CREATE INDEX search_docs_parent ON search_docs (kind, parent_id);
CREATE INDEX search_docs_author ON search_docs (author_id);

-- Whether search_docs holds everything written before it existed: filled once, at the first start.
CREATE TABLE search_state (id INTEGER PRIMARY KEY, built INTEGER NOT NULL);
INSERT INTO search_state (id, built) VALUES (1, 0);
