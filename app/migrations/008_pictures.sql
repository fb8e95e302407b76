-- Pictures as last fetched: members' faces (kind 'avatar') beside names in chat, comments and Q&A, and
-- courses' covers (kind 'cover') in the catalogue, so they show offline too. A NULL image means there
-- is none (worth remembering: it saves asking again and again).
CREATE TABLE pictures (
    kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    image BLOB,
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (kind, subject_id)
);
