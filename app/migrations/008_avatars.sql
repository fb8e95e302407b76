-- Members' pictures as last fetched, so names in chat, comments and Q&A show a face offline too.
-- A NULL image means the member has no picture (worth remembering: it saves asking again and again).
CREATE TABLE avatars (
    member_id INTEGER PRIMARY KEY,
    image BLOB,
    fetched_at INTEGER NOT NULL
);
