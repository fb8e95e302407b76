-- Courses and lessons in the search box: a course's title and description, a lesson's title and (once
-- opened or downloaded) its text. Kept by CourseCache as it stores the catalogue, course pages and
-- lessons; filled here from what the cache already holds.
CREATE VIRTUAL TABLE course_fts USING fts5(title, body, kind UNINDEXED, course_id UNINDEXED, subject_id UNINDEXED, tokenize = 'guild');
INSERT INTO course_fts (title, body, kind, course_id, subject_id) SELECT COALESCE(json_extract(json, '$.title'), ''), COALESCE(json_extract(json, '$.description'), ''), 'course', id, id FROM course_catalog;
INSERT INTO course_fts (title, body, kind, course_id, subject_id) SELECT COALESCE(json_extract(json, '$.title'), ''), COALESCE(json_extract(json, '$.body'), ''), 'lesson', course_id, id FROM lesson_content;
