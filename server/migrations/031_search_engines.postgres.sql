-- The search index's engine on PostgreSQL, whose own parser knows no Chinese: the vectors hold Guild's
-- tokens (search/postgresfts.h), the title and open text in open_vec, everything in full_vec.
ALTER TABLE search_docs ADD COLUMN open_vec TSVECTOR NOT NULL DEFAULT '';
ALTER TABLE search_docs ADD COLUMN full_vec TSVECTOR NOT NULL DEFAULT '';
CREATE INDEX search_docs_open ON search_docs USING GIN (open_vec);
CREATE INDEX search_docs_full ON search_docs USING GIN (full_vec);
