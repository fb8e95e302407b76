-- A checkout can buy a course sold on its own: paid, it becomes an entitlement.
ALTER TABLE payments ADD COLUMN course_id BIGINT REFERENCES courses(id);
