#include "coursecache.h"

#include "cachesql.h"
#include "searchhits.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol::course;

namespace {

QString toText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

bool CourseCache::saveCatalogue(const QList<Course> &courses)
{
    return cachesql::transaction(m_db, [&] {
        bool ok = cachesql::run(m_db, u"DELETE FROM course_catalog"_s) &&
                  cachesql::run(m_db, u"DELETE FROM course_fts WHERE kind = 'course'"_s);
        int position = 0;
        for (const Course &c : courses) {
            Course listed = c;
            listed.sections.clear();
            ok = ok &&
                 cachesql::run(m_db, u"INSERT INTO course_catalog (id, position, json) VALUES (?, ?, ?)"_s,
                               {c.id, position++, toText(listed.toJson())}) &&
                 cachesql::run(m_db,
                               u"INSERT INTO course_fts (title, body, kind, course_id, subject_id) "
                               u"VALUES (?, ?, 'course', ?, ?)"_s,
                               {cachesql::text(c.title), cachesql::text(c.description), c.id, c.id});
        }
        return ok;
    });
}

QList<Course> CourseCache::catalogue()
{
    QList<Course> list;
    auto q = cachesql::query(m_db, u"SELECT json FROM course_catalog ORDER BY position"_s);
    while (q && q->next()) {
        if (auto c = Course::fromJson(fromText(q->value(0).toString()))) {
            list.append(*c);
        }
    }
    return list;
}

bool CourseCache::saveCourse(const Course &course)
{
    return cachesql::transaction(m_db, [&] { return writeCourse(course); });
}

bool CourseCache::indexLesson(qint64 courseId, qint64 lessonId, const QString &title,
                              const std::optional<QString> &body)
{
    // A course page names its lessons; their text comes when one is opened: keep what is known.
    QString text = body.value_or(QString());
    if (!body) {
        auto known = cachesql::query(m_db, u"SELECT body FROM course_fts WHERE kind = 'lesson' AND subject_id = ?"_s,
                                     {lessonId});
        text = known && known->next() ? known->value(0).toString() : QString();
    }
    return cachesql::run(m_db, u"DELETE FROM course_fts WHERE kind = 'lesson' AND subject_id = ?"_s, {lessonId}) &&
           cachesql::run(m_db,
                         u"INSERT INTO course_fts (title, body, kind, course_id, subject_id) "
                         u"VALUES (?, ?, 'lesson', ?, ?)"_s,
                         {cachesql::text(title), cachesql::text(text), courseId, lessonId});
}

bool CourseCache::writeCourse(const Course &course)
{
    for (const auto &section : course.sections) {
        for (const auto &lesson : section.lessons) {
            if (!indexLesson(course.id, lesson.id, lesson.title, std::nullopt)) {
                return false;
            }
        }
    }
    Course listed = course;
    listed.sections.clear();
    return cachesql::run(m_db,
                         u"INSERT INTO course_pages (id, json) VALUES (?, ?) "
                         "ON CONFLICT (id) DO UPDATE SET json = excluded.json"_s,
                         {course.id, toText(course.toJson())}) &&
           cachesql::run(m_db, u"UPDATE course_catalog SET json = ? WHERE id = ?"_s,
                         {toText(listed.toJson()), course.id});
}

std::optional<Course> CourseCache::course(qint64 id)
{
    auto q = cachesql::query(m_db, u"SELECT json FROM course_pages WHERE id = ?"_s, {id});
    return q && q->next() ? Course::fromJson(fromText(q->value(0).toString())) : std::nullopt;
}

bool CourseCache::saveLesson(const Lesson &lesson)
{
    return cachesql::transaction(m_db, [&] {
        return cachesql::run(m_db,
                             u"INSERT INTO lesson_content (id, course_id, json) VALUES (?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET json = excluded.json"_s,
                             {lesson.id, lesson.courseId, toText(lesson.toJson())}) &&
               indexLesson(lesson.courseId, lesson.id, lesson.title, lesson.body);
    });
}

QList<models::SearchHit> CourseCache::hits(const QString &typed, int limit)
{
    // Kinds are the model's own numbers, so one query answers courses and lessons alike.
    // A catalogue is small: every match is ranked.
    const QString statement =
        u"SELECT subject_id, course_id, title, snippet(course_fts, -1, char(2), char(3), '…', 16), 0, "
        u"CASE kind WHEN 'course' THEN %1 ELSE %2 END FROM course_fts WHERE course_fts MATCH ? "
        u"ORDER BY bm25(course_fts, 5.0, 1.0) LIMIT ?"_s.arg(int(models::SearchHit::Kind::Course))
            .arg(int(models::SearchHit::Kind::Lesson));
    return searchHits(
        m_db,
        [statement](const search::SearchQuery &query) {
            return std::pair{statement, QVariantList{query.matchExpression()}};
        },
        Ranking::Relevance, typed, limit);
}

bool CourseCache::forgetLesson(qint64 id)
{
    return cachesql::transaction(m_db, [&] {
        return cachesql::run(m_db, u"DELETE FROM lesson_content WHERE id = ?"_s, {id}) &&
               cachesql::run(m_db, u"UPDATE course_fts SET body = '' WHERE kind = 'lesson' AND subject_id = ?"_s, {id});
    });
}

std::optional<QList<qint64>> CourseCache::closeAbove(protocol::Tier open)
{
    QList<qint64> closed;
    const bool stored = cachesql::transaction(m_db, [&] {
        bool ok = true;
        for (const Course &listed : catalogue()) {
            if (listed.priceCents > 0 || protocol::tierCovers(open, listed.requiredTier)) {
                continue;
            }
            closed.append(listed.id);
            std::optional<Course> page = course(listed.id);
            Course shown = page.value_or(listed);
            shown.access = Access::MembershipRequired;
            QSet<qint64> previews;
            for (Section &s : shown.sections) {
                for (LessonSummary &l : s.lessons) {
                    l.locked = !l.freePreview;
                    if (l.freePreview) {
                        previews.insert(l.id);
                    }
                }
            }
            QList<qint64> lessons;
            auto q = cachesql::query(m_db, u"SELECT id FROM lesson_content WHERE course_id = ?"_s, {listed.id});
            while (q && q->next()) {
                if (const qint64 id = q->value(0).toLongLong(); !previews.contains(id)) {
                    lessons.append(id);
                }
            }
            ok = ok && q.has_value();
            for (qint64 id : std::as_const(lessons)) {
                ok = ok && cachesql::run(m_db, u"DELETE FROM lesson_content WHERE id = ?"_s, {id}) &&
                     cachesql::run(m_db, u"UPDATE course_fts SET body = '' WHERE kind = 'lesson' AND subject_id = ?"_s,
                                   {id});
            }
            ok = ok && (page ? writeCourse(shown)
                             : cachesql::run(m_db, u"UPDATE course_catalog SET json = ? WHERE id = ?"_s,
                                             {toText(shown.toJson()), listed.id}));
        }
        return ok;
    });
    return stored ? std::optional(closed) : std::nullopt;
}

std::optional<Lesson> CourseCache::lesson(qint64 id)
{
    auto q = cachesql::query(m_db, u"SELECT json FROM lesson_content WHERE id = ?"_s, {id});
    return q && q->next() ? Lesson::fromJson(fromText(q->value(0).toString())) : std::nullopt;
}

bool CourseCache::queueProgress(qint64 courseId, const LessonProgress &p)
{
    return cachesql::transaction(m_db, [&] {
        bool ok = cachesql::run(
            m_db,
            u"INSERT INTO progress_outbox (lesson_id, course_id, done, position, last_opened_at, client_ts) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (lesson_id) DO UPDATE SET "
            "done = MAX(done, excluded.done), "
            "position = CASE WHEN excluded.client_ts >= client_ts THEN excluded.position ELSE position END, "
            "last_opened_at = CASE WHEN excluded.client_ts >= client_ts AND excluded.last_opened_at IS NOT NULL "
            "THEN excluded.last_opened_at ELSE last_opened_at END, "
            "client_ts = MAX(client_ts, excluded.client_ts)"_s,
            {p.lessonId, courseId, p.done ? 1 : 0, p.positionSeconds, msOrNull(p.lastOpenedAt), p.clientTs});
        // The cached page shows it too, so the syllabus is right offline and after a restart.
        std::optional<Course> page = course(courseId);
        if (ok && page) {
            for (Section &s : page->sections) {
                for (LessonSummary &l : s.lessons) {
                    if (l.id != p.lessonId) {
                        continue;
                    }
                    LessonProgress merged = p;
                    if (l.progress) {
                        merged.done = merged.done || l.progress->done;
                        if (l.progress->clientTs > p.clientTs) {
                            merged.positionSeconds = l.progress->positionSeconds;
                            merged.lastOpenedAt = l.progress->lastOpenedAt;
                            merged.clientTs = l.progress->clientTs;
                        }
                    }
                    if (merged.done && !(l.progress && l.progress->done)) {
                        ++page->completedLessons;
                        page->progressPercent =
                            page->lessonCount > 0 ? page->completedLessons * 100 / page->lessonCount : 0;
                    }
                    l.progress = merged;
                }
            }
            if (p.lastOpenedAt.isValid()) {
                page->lastLessonId = p.lessonId;
            }
            ok = writeCourse(*page);
        }
        return ok;
    });
}

QHash<qint64, QList<LessonProgress>> CourseCache::pendingProgress()
{
    QHash<qint64, QList<LessonProgress>> pending;
    auto q = cachesql::query(m_db, u"SELECT course_id, lesson_id, done, position, last_opened_at, client_ts "
                                   "FROM progress_outbox ORDER BY course_id, lesson_id"_s);
    while (q && q->next()) {
        LessonProgress p{q->value(1).toLongLong(), q->value(2).toBool(), q->value(3).toDouble(),
                         q->value(4).isNull() ? QDateTime()
                                              : QDateTime::fromMSecsSinceEpoch(q->value(4).toLongLong(), Qt::UTC),
                         q->value(5).toLongLong()};
        pending[q->value(0).toLongLong()].append(p);
    }
    return pending;
}

bool CourseCache::clearSent(const QList<LessonProgress> &sent)
{
    return cachesql::transaction(m_db, [&] {
        bool ok = true;
        for (const LessonProgress &p : sent) {
            ok = ok && cachesql::run(
                           m_db, u"DELETE FROM progress_outbox WHERE lesson_id = ? AND client_ts = ? AND done = ?"_s,
                           {p.lessonId, p.clientTs, p.done ? 1 : 0});
        }
        return ok;
    });
}

bool CourseCache::setCourseDownload(qint64 courseId, bool paused)
{
    return cachesql::run(m_db,
                         u"INSERT INTO course_downloads (course_id, paused) VALUES (?, ?) "
                         "ON CONFLICT (course_id) DO UPDATE SET paused = excluded.paused"_s,
                         {courseId, paused ? 1 : 0});
}

bool CourseCache::removeCourseDownload(qint64 courseId)
{
    return cachesql::run(m_db, u"DELETE FROM course_downloads WHERE course_id = ?"_s, {courseId});
}

QHash<qint64, bool> CourseCache::courseDownloads()
{
    QHash<qint64, bool> map;
    auto q = cachesql::query(m_db, u"SELECT course_id, paused FROM course_downloads"_s);
    while (q && q->next()) {
        map.insert(q->value(0).toLongLong(), q->value(1).toBool());
    }
    return map;
}

bool CourseCache::addDownload(const DownloadRecord &r)
{
    return cachesql::run(m_db,
                         u"INSERT INTO downloads (lesson_id, course_id, bytes_total, complete) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (lesson_id) DO UPDATE SET bytes_total = excluded.bytes_total"_s,
                         {r.lessonId, r.courseId, r.bytesTotal, r.complete ? 1 : 0});
}

bool CourseCache::markComplete(qint64 lessonId)
{
    return cachesql::run(m_db, u"UPDATE downloads SET complete = 1 WHERE lesson_id = ?"_s, {lessonId});
}

QList<DownloadRecord> CourseCache::downloads(std::optional<qint64> courseId)
{
    auto q = courseId ? cachesql::query(m_db,
                                        u"SELECT lesson_id, course_id, bytes_total, complete FROM downloads "
                                        "WHERE course_id = ? ORDER BY lesson_id"_s,
                                        {*courseId})
                      : cachesql::query(m_db, u"SELECT lesson_id, course_id, bytes_total, complete FROM downloads "
                                              "ORDER BY course_id, lesson_id"_s);
    QList<DownloadRecord> list;
    while (q && q->next()) {
        list.append(
            {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toBool()});
    }
    return list;
}

bool CourseCache::removeDownloads(qint64 courseId)
{
    return cachesql::run(m_db, u"DELETE FROM downloads WHERE course_id = ?"_s, {courseId});
}

} // namespace guild::app
