#include "courseeditrepository.h"

#include "searchindex.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

qint64 CourseEditRepository::createCourse(qint64 authorId, const CourseInput &input, const QString &currency,
                                          qint64 now)
{
    const qint64 id =
        sql::scalar(m_db,
                    u"INSERT INTO courses (title, description, author_id, required_tier, created_at, price_cents, "
                    "currency, cover_color, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {input.title, sql::text(input.description), authorId, static_cast<int>(input.requiredTier), now,
                     input.priceCents, currency, sql::text(input.coverColor),
                     input.published ? QVariant(now) : sql::nullInt()})
            .toLongLong();
    SearchIndex(m_db).refresh(protocol::SearchKind::Course, id);
    return id;
}

void CourseEditRepository::updateCourse(qint64 id, const CourseInput &input, qint64 now)
{
    sql::exec(m_db,
              u"UPDATE courses SET title = ?, description = ?, required_tier = ?, price_cents = ?, cover_color = ?, "
              "published_at = CASE WHEN ? = 0 THEN NULL ELSE COALESCE(published_at, ?) END WHERE id = ?"_s,
              {input.title, sql::text(input.description), static_cast<int>(input.requiredTier), input.priceCents,
               sql::text(input.coverColor), input.published ? 1 : 0, now, id});
    SearchIndex(m_db).refresh(protocol::SearchKind::Course, id);
}

void CourseEditRepository::setCover(qint64 id, const QString &base64)
{
    sql::exec(m_db, u"UPDATE courses SET cover_image = ? WHERE id = ?"_s, {sql::text(base64), id});
}

QString CourseEditRepository::cover(qint64 id)
{
    return sql::scalar(m_db, u"SELECT cover_image FROM courses WHERE id = ?"_s, {id}).toString();
}

qint64 CourseEditRepository::addSection(qint64 courseId, const QString &title)
{
    const int position =
        sql::scalar(m_db, u"SELECT COALESCE(MAX(position), -1) + 1 FROM course_sections WHERE course_id = ?"_s,
                    {courseId})
            .toInt();
    return sql::scalar(m_db,
                       u"INSERT INTO course_sections (course_id, position, title) VALUES (?, ?, ?) RETURNING id"_s,
                       {courseId, position, title})
        .toLongLong();
}

void CourseEditRepository::renameSection(qint64 id, const QString &title)
{
    sql::exec(m_db, u"UPDATE course_sections SET title = ? WHERE id = ?"_s, {title, id});
}

void CourseEditRepository::deleteSection(qint64 id)
{
    sql::exec(m_db, u"DELETE FROM course_sections WHERE id = ?"_s, {id});
}

std::optional<qint64> CourseEditRepository::courseOfSection(qint64 sectionId)
{
    const QVariant course = sql::scalar(m_db, u"SELECT course_id FROM course_sections WHERE id = ?"_s, {sectionId});
    return course.isValid() ? std::optional(course.toLongLong()) : std::nullopt;
}

int CourseEditRepository::lessonCount(qint64 sectionId)
{
    return sql::scalar(m_db, u"SELECT COUNT(*) FROM lessons WHERE section_id = ?"_s, {sectionId}).toInt();
}

qint64 CourseEditRepository::addLesson(qint64 courseId, const LessonInput &input)
{
    const int position =
        sql::scalar(m_db, u"SELECT COALESCE(MAX(position), -1) + 1 FROM lessons WHERE section_id = ?"_s,
                    {input.sectionId})
            .toInt();
    const qint64 id =
        sql::scalar(m_db,
                    u"INSERT INTO lessons (course_id, section_id, position, title, kind, body, free_preview, "
                    "homework_prompt) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {courseId, input.sectionId, position, input.title, course::lessonKindCode(input.kind),
                     sql::text(input.body), input.freePreview ? 1 : 0, sql::text(input.homeworkPrompt)})
            .toLongLong();
    replaceQuiz(id, input.questions);
    SearchIndex(m_db).refresh(protocol::SearchKind::Lesson, id);
    return id;
}

void CourseEditRepository::updateLesson(qint64 id, const LessonInput &input)
{
    sql::exec(m_db,
              u"UPDATE lessons SET title = ?, kind = ?, body = ?, free_preview = ?, homework_prompt = ? WHERE id = ?"_s,
              {input.title, course::lessonKindCode(input.kind), sql::text(input.body), input.freePreview ? 1 : 0,
               sql::text(input.homeworkPrompt), id});
    replaceQuiz(id, input.questions);
    SearchIndex(m_db).refresh(protocol::SearchKind::Lesson, id);
}

void CourseEditRepository::deleteLesson(qint64 id)
{
    sql::exec(m_db, u"DELETE FROM lessons WHERE id = ?"_s, {id});
    SearchIndex(m_db).refresh(protocol::SearchKind::Lesson, id);
}

void CourseEditRepository::replaceQuiz(qint64 lessonId, const QList<QuizItemInput> &questions)
{
    sql::exec(m_db, u"DELETE FROM quiz_questions WHERE lesson_id = ?"_s, {lessonId});
    int position = 0;
    for (const QuizItemInput &q : questions) {
        QJsonArray answer;
        for (int a : q.answer) {
            answer.append(a);
        }
        sql::exec(m_db,
                  u"INSERT INTO quiz_questions (lesson_id, position, prompt, multiple, options, answer, explanation) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                  {lessonId, position++, q.prompt, q.answer.size() > 1 ? 1 : 0,
                   jsonText(QJsonArray::fromStringList(q.options)), jsonText(answer), sql::text(q.explanation)});
    }
}

void CourseEditRepository::setVideo(qint64 lessonId, const QString &file, qint64 bytes, int durationSeconds)
{
    sql::exec(
        m_db,
        u"UPDATE lessons SET kind = 'video', video_file = ?, video_bytes = ?, duration_seconds = ? WHERE id = ?"_s,
        {file, bytes, durationSeconds, lessonId});
}

QList<CourseOrder::SectionOrder> CourseEditRepository::order(qint64 courseId)
{
    QList<CourseOrder::SectionOrder> sections;
    QHash<qint64, qsizetype> index;
    QSqlQuery s =
        sql::exec(m_db, u"SELECT id FROM course_sections WHERE course_id = ? ORDER BY position, id"_s, {courseId});
    while (s.next()) {
        index.insert(s.value(0).toLongLong(), sections.size());
        sections.append(CourseOrder::SectionOrder{s.value(0).toLongLong(), {}});
    }
    QSqlQuery l =
        sql::exec(m_db, u"SELECT id, section_id FROM lessons WHERE course_id = ? ORDER BY position, id"_s, {courseId});
    while (l.next()) {
        if (const auto at = index.constFind(l.value(1).toLongLong()); at != index.cend()) {
            sections[*at].lessons.append(l.value(0).toLongLong());
        }
    }
    return sections;
}

void CourseEditRepository::applyOrder(const CourseOrder &order)
{
    int sectionPosition = 0;
    for (const CourseOrder::SectionOrder &section : order.sections) {
        sql::exec(m_db, u"UPDATE course_sections SET position = ? WHERE id = ?"_s, {sectionPosition++, section.id});
        int lessonPosition = 0;
        for (qint64 lesson : section.lessons) {
            sql::exec(m_db, u"UPDATE lessons SET section_id = ?, position = ? WHERE id = ?"_s,
                      {section.id, lessonPosition++, lesson});
        }
    }
}

void CourseEditRepository::createUpload(const UploadRow &u, qint64 now)
{
    sql::exec(m_db,
              u"INSERT INTO uploads (id, user_id, lesson_id, bytes, sha256, content_type, duration_seconds, received, "
              "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"_s,
              {u.id, u.userId, u.lessonId, u.bytes, u.sha256, u.contentType, u.durationSeconds, now});
}

std::optional<UploadRow> CourseEditRepository::upload(const QString &id)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT id, user_id, lesson_id, bytes, sha256, content_type, duration_seconds, received, "
                            "completed_at FROM uploads WHERE id = ?"_s,
                            {id});
    if (!q.next()) {
        return std::nullopt;
    }
    return UploadRow{q.value(0).toString(),   q.value(1).toLongLong(), q.value(2).toLongLong(),
                     q.value(3).toLongLong(), q.value(4).toString(),   q.value(5).toString(),
                     q.value(6).toInt(),      q.value(7).toLongLong(), !q.value(8).isNull()};
}

void CourseEditRepository::setReceived(const QString &id, qint64 received)
{
    sql::exec(m_db, u"UPDATE uploads SET received = ? WHERE id = ?"_s, {received, id});
}

void CourseEditRepository::completeUpload(const QString &id, qint64 now)
{
    sql::exec(m_db, u"UPDATE uploads SET completed_at = ? WHERE id = ?"_s, {now, id});
}

} // namespace guild::server
