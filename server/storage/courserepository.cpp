#include "courserepository.h"

#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::course;

namespace {

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QList<int> intList(const QString &json)
{
    QList<int> list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        list.append(v.toInt());
    }
    return list;
}

const QString CourseColumns =
    u"SELECT c.id, c.title, c.description, u.display_name, c.required_tier, c.price_cents, c.currency, "
    "c.cover_color, (SELECT COUNT(*) FROM lessons l WHERE l.course_id = c.id), "
    "(SELECT COALESCE(SUM(l.video_bytes), 0) FROM lessons l WHERE l.course_id = c.id), c.author_id, "
    "c.published_at, c.cover_image <> '' "
    "FROM courses c JOIN users u ON u.id = c.author_id "_s;

CourseRow readCourse(const QSqlQuery &q)
{
    CourseRow row;
    Course &c = row.course;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.description = q.value(2).toString();
    c.authorName = q.value(3).toString();
    c.requiredTier = tierFromLevel(q.value(4).toLongLong()).value_or(Tier::Premium);
    c.priceCents = q.value(5).toLongLong();
    c.currency = q.value(6).toString();
    c.coverColor = q.value(7).toString();
    c.lessonCount = q.value(8).toInt();
    c.totalVideoBytes = q.value(9).toLongLong();
    row.authorId = q.value(10).toLongLong();
    c.published = !q.value(11).isNull();
    c.hasCover = q.value(12).toBool();
    return row;
}

} // namespace

QList<CourseRow> CourseRepository::courses()
{
    QSqlQuery q = sql::exec(m_db, CourseColumns + u"ORDER BY c.created_at, c.id"_s);
    QList<CourseRow> list;
    while (q.next()) {
        list.append(readCourse(q));
    }
    return list;
}

std::optional<CourseRow> CourseRepository::course(qint64 id)
{
    QSqlQuery q = sql::exec(m_db, CourseColumns + u"WHERE c.id = ?"_s, {id});
    if (!q.next()) {
        return std::nullopt;
    }
    return readCourse(q);
}

QList<Section> CourseRepository::syllabus(qint64 courseId)
{
    QList<Section> sections;
    QSqlQuery s = sql::exec(m_db, u"SELECT id, title FROM course_sections WHERE course_id = ? ORDER BY position, id"_s,
                            {courseId});
    QHash<qint64, qsizetype> index;
    while (s.next()) {
        index.insert(s.value(0).toLongLong(), sections.size());
        sections.append({s.value(0).toLongLong(), s.value(1).toString(), {}});
    }
    QSqlQuery l = sql::exec(m_db,
                            u"SELECT id, section_id, title, kind, duration_seconds, video_bytes, free_preview, "
                            "homework_prompt <> '' FROM lessons WHERE course_id = ? ORDER BY position, id"_s,
                            {courseId});
    while (l.next()) {
        const auto at = index.constFind(l.value(1).toLongLong());
        if (at == index.cend()) {
            continue;
        }
        LessonSummary summary;
        summary.id = l.value(0).toLongLong();
        summary.sectionId = l.value(1).toLongLong();
        summary.title = l.value(2).toString();
        summary.kind = lessonKindFromCode(l.value(3).toString()).value_or(LessonKind::Text);
        summary.durationSeconds = l.value(4).toInt();
        summary.videoBytes = l.value(5).toLongLong();
        summary.freePreview = l.value(6).toBool();
        summary.hasHomework = l.value(7).toBool();
        sections[*at].lessons.append(summary);
    }
    return sections;
}

std::optional<LessonRow> CourseRepository::lesson(qint64 id)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT id, course_id, title, kind, body, duration_seconds, video_bytes, homework_prompt, "
                            "section_id, free_preview, video_file FROM lessons WHERE id = ?"_s,
                            {id});
    if (!q.next()) {
        return std::nullopt;
    }
    LessonRow row;
    Lesson &l = row.lesson;
    l.id = q.value(0).toLongLong();
    l.courseId = q.value(1).toLongLong();
    l.title = q.value(2).toString();
    l.kind = lessonKindFromCode(q.value(3).toString()).value_or(LessonKind::Text);
    l.body = q.value(4).toString();
    l.durationSeconds = q.value(5).toInt();
    l.videoBytes = q.value(6).toLongLong();
    l.homeworkPrompt = q.value(7).toString();
    row.sectionId = q.value(8).toLongLong();
    row.freePreview = q.value(9).toBool();
    row.videoFile = q.value(10).toString();
    return row;
}

QList<QuizQuestion> CourseRepository::questions(qint64 lessonId)
{
    QSqlQuery q = sql::exec(
        m_db, u"SELECT id, prompt, multiple, options FROM quiz_questions WHERE lesson_id = ? ORDER BY position, id"_s,
        {lessonId});
    QList<QuizQuestion> list;
    while (q.next()) {
        QStringList options;
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array()) {
            options.append(v.toString());
        }
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(), options});
    }
    return list;
}

QList<QuizKey> CourseRepository::quizKeys(qint64 lessonId)
{
    QSqlQuery q =
        sql::exec(m_db,
                  u"SELECT id, multiple, options, answer, explanation FROM quiz_questions WHERE lesson_id = ? "
                  "ORDER BY position, id"_s,
                  {lessonId});
    QList<QuizKey> keys;
    while (q.next()) {
        keys.append({q.value(0).toLongLong(), q.value(1).toBool(),
                     static_cast<int>(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array().size()),
                     intList(q.value(3).toString()), q.value(4).toString()});
    }
    return keys;
}

bool CourseRepository::hasEntitlement(qint64 userId, qint64 courseId)
{
    return sql::scalar(m_db, u"SELECT 1 FROM entitlements WHERE user_id = ? AND course_id = ?"_s, {userId, courseId})
        .isValid();
}

void CourseRepository::grantEntitlement(qint64 userId, qint64 courseId, const QString &source, qint64 now)
{
    sql::exec(m_db,
              u"INSERT INTO entitlements (user_id, course_id, source, created_at) VALUES (?, ?, ?, ?) "
              "ON CONFLICT DO NOTHING"_s,
              {userId, courseId, source, now});
}

bool CourseRepository::isEnrolled(qint64 userId, qint64 courseId)
{
    return sql::scalar(m_db, u"SELECT 1 FROM enrollments WHERE user_id = ? AND course_id = ?"_s, {userId, courseId})
        .isValid();
}

QSet<qint64> CourseRepository::enrolledCourses(qint64 userId)
{
    QSqlQuery q = sql::exec(m_db, u"SELECT course_id FROM enrollments WHERE user_id = ?"_s, {userId});
    QSet<qint64> ids;
    while (q.next()) {
        ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

void CourseRepository::enroll(qint64 userId, qint64 courseId, qint64 now)
{
    sql::exec(m_db,
              u"INSERT INTO enrollments (user_id, course_id, enrolled_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
              {userId, courseId, now});
}

QHash<qint64, LessonProgress> CourseRepository::progress(qint64 userId, qint64 courseId)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT lesson_id, done, position_seconds, last_opened_at, client_ts FROM lesson_progress "
                            "WHERE user_id = ? AND course_id = ?"_s,
                            {userId, courseId});
    QHash<qint64, LessonProgress> map;
    while (q.next()) {
        map.insert(q.value(0).toLongLong(), {q.value(0).toLongLong(), q.value(1).toBool(), q.value(2).toDouble(),
                                             fromMs(q.value(3)), q.value(4).toLongLong()});
    }
    return map;
}

QHash<qint64, int> CourseRepository::doneCounts(qint64 userId)
{
    QSqlQuery q = sql::exec(
        m_db, u"SELECT course_id, COUNT(*) FROM lesson_progress WHERE user_id = ? AND done = 1 GROUP BY course_id"_s,
        {userId});
    QHash<qint64, int> counts;
    while (q.next()) {
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return counts;
}

QHash<qint64, qint64> CourseRepository::lastOpened(qint64 userId)
{
    // The latest opening per course: ties broken by lesson id so the answer is stable.
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT p.course_id, p.lesson_id FROM lesson_progress p WHERE p.user_id = ? AND "
                            "p.last_opened_at IS NOT NULL ORDER BY p.course_id, p.last_opened_at, p.lesson_id"_s,
                            {userId});
    QHash<qint64, qint64> last;
    while (q.next()) {
        last.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return last;
}

bool CourseRepository::mergeProgress(qint64 userId, qint64 courseId, const LessonProgress &p, qint64 now)
{
    const QVariant opened = p.lastOpenedAt.isValid() ? QVariant(p.lastOpenedAt.toMSecsSinceEpoch()) : sql::nullInt();
    // Portable CASE instead of GREATEST/MAX(a, b); "excluded" is the row that was offered.
    const QSqlQuery q = sql::exec(
        m_db,
        u"INSERT INTO lesson_progress (user_id, lesson_id, course_id, done, position_seconds, last_opened_at, "
        "client_ts, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, lesson_id) DO UPDATE SET "
        "done = CASE WHEN lesson_progress.done = 1 OR excluded.done = 1 THEN 1 ELSE 0 END, "
        "position_seconds = CASE WHEN excluded.client_ts > lesson_progress.client_ts THEN excluded.position_seconds "
        "ELSE lesson_progress.position_seconds END, "
        "last_opened_at = CASE WHEN excluded.client_ts > lesson_progress.client_ts AND excluded.last_opened_at IS NOT "
        "NULL THEN excluded.last_opened_at ELSE lesson_progress.last_opened_at END, "
        "client_ts = CASE WHEN excluded.client_ts > lesson_progress.client_ts THEN excluded.client_ts ELSE "
        "lesson_progress.client_ts END, updated_at = excluded.updated_at"_s,
        {userId, p.lessonId, courseId, p.done ? 1 : 0, p.positionSeconds, opened, p.clientTs, now});
    return q.numRowsAffected() > 0;
}

void CourseRepository::recordQuizAttempt(qint64 userId, qint64 lessonId, const QString &answers, int correct, int total,
                                         qint64 now)
{
    sql::exec(m_db,
              u"INSERT INTO quiz_attempts (user_id, lesson_id, answers, correct, total, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s,
              {userId, lessonId, answers, correct, total, now});
}

std::optional<Certificate> CourseRepository::certificate(const QString &id)
{
    QSqlQuery q = sql::exec(
        m_db, u"SELECT id, member_name, course_title, course_id, issued_at FROM certificates WHERE id = ?"_s, {id});
    if (!q.next()) {
        return std::nullopt;
    }
    return Certificate{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                       fromMs(q.value(4))};
}

QHash<qint64, QString> CourseRepository::certificateIds(qint64 userId)
{
    QSqlQuery q = sql::exec(m_db, u"SELECT course_id, id FROM certificates WHERE user_id = ?"_s, {userId});
    QHash<qint64, QString> ids;
    while (q.next()) {
        ids.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return ids;
}

Certificate CourseRepository::issueCertificate(qint64 userId, qint64 courseId, const QString &memberName,
                                               const QString &courseTitle, qint64 now)
{
    // 128 random bits: a certificate can be checked by anyone who has its id, and found by no one else.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QString id =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex().toUpper());
    sql::exec(m_db,
              u"INSERT INTO certificates (id, user_id, course_id, member_name, course_title, issued_at) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, course_id) DO NOTHING"_s,
              {id, userId, courseId, memberName, courseTitle, now});
    sql::exec(m_db,
              u"UPDATE enrollments SET completed_at = ? WHERE user_id = ? AND course_id = ? AND "
              "completed_at IS NULL"_s,
              {now, userId, courseId});
    return *certificate(certificateIds(userId).value(courseId));
}

} // namespace guild::server
