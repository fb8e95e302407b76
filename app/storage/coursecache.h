#pragma once

#include "models/searchresultmodel.h"
#include "protocol/course.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace guild::app {

/// A video of a lesson kept on this computer (or on its way).
struct DownloadRecord
{
    qint64 lessonId = 0;
    qint64 courseId = 0;
    qint64 bytesTotal = 0;
    bool complete = false;
};

/// Cached courses for offline learning, progress waiting to be sent, and download bookkeeping. Runs
/// only on the LocalCache worker thread.
class CourseCache final
{
public:
    explicit CourseCache(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool saveCatalogue(const QList<protocol::course::Course> &courses);
    QList<protocol::course::Course> catalogue();
    /// A course page (with its syllabus); also refreshes its row in the catalogue.
    bool saveCourse(const protocol::course::Course &course);
    std::optional<protocol::course::Course> course(qint64 id);
    bool saveLesson(const protocol::course::Lesson &lesson);
    /// The search box's hits among courses (title, description) and lessons (title, text once opened).
    QList<models::SearchHit> hits(const QString &typed, int limit);
    std::optional<protocol::course::Lesson> lesson(qint64 id);
    /// The server refused the lesson (the member's tier lapsed, or it is gone): its text leaves the
    /// cache and the search index; its title stays findable, as the syllabus shows it.
    bool forgetLesson(qint64 id);
    /// A lapsed lease: courses above `open` (not those sold on their own: a purchase does not lapse)
    /// show locked and their lessons' text leaves, free previews aside. The courses closed, or nothing.
    std::optional<QList<qint64>> closeAbove(protocol::Tier open);

    /// Records progress made here: merged per lesson as the server would (newest client time wins,
    /// done stays done), both in the waiting list and in the cached course page.
    bool queueProgress(qint64 courseId, const protocol::course::LessonProgress &progress);
    QHash<qint64, QList<protocol::course::LessonProgress>> pendingProgress();
    /// Drops what was sent, unless it changed meanwhile.
    bool clearSent(const QList<protocol::course::LessonProgress> &sent);

    bool setCourseDownload(qint64 courseId, bool paused);
    bool removeCourseDownload(qint64 courseId);
    /// Course id -> paused.
    QHash<qint64, bool> courseDownloads();
    bool addDownload(const DownloadRecord &record);
    bool markComplete(qint64 lessonId);
    QList<DownloadRecord> downloads(std::optional<qint64> courseId = std::nullopt);
    bool removeDownloads(qint64 courseId);

private:
    bool writeCourse(const protocol::course::Course &course);
    /// Puts a lesson in the search index; without `body`, the text indexed before is kept.
    bool indexLesson(qint64 courseId, qint64 lessonId, const QString &title, const std::optional<QString> &body);

    QSqlDatabase m_db;
};

} // namespace guild::app
