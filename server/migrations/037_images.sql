-- Pictures members put in what they write (articles, lessons, answers), PNG or JPEG of at most 768 KiB
-- (made at most 1,600 px a side by the client), kept as base64 text like every other picture so they
-- move with an export. The id is random and below 2^53: it is how Markdown names the picture, and
-- knowing it is what lets a signed-in member see it.
CREATE TABLE images (
    id BIGINT PRIMARY KEY,
    owner_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    data TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX images_owner ON images(owner_id);
