#pragma once

#include "net/backoff.h"
#include "protocol/course.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace guild::app {

class ApiClient;
class LocalCache;

/// Takes whole courses offline: every lesson's content into the cache and every video into the media
/// directory, a file at a time, in ranged pieces appended to "<lesson>.mp4.part" and renamed when
/// complete. Only whole pieces are kept, so a download stopped anywhere (paused, network gone, app
/// quit) resumes from the bytes on disk without corrupting the file. Failures retry with backoff.
class DownloadService final : public QObject
{
    Q_OBJECT
public:
    DownloadService(ApiClient &api, LocalCache &cache, QObject *parent = nullptr);
    ~DownloadService() override;

    /// Where videos go (the account's cache directory); set before start().
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    /// Bytes asked for per request (default 4 MiB).
    void setChunkSize(qint64 bytes) { m_chunk = bytes; }
    Backoff &backoff() { return m_backoff; }
    /// Loads what was downloaded, and carries on with downloads that were under way.
    void start();
    void stop();

    /// Bytes the course's videos take (what the member is told before downloading).
    static qint64 totalBytes(const protocol::course::Course &course);
    /// `course` comes with its syllabus; locked lessons are left out.
    void downloadCourse(const protocol::course::Course &course);
    void pause(qint64 courseId);
    void resume(qint64 courseId);
    /// Deletes the course's videos from this computer.
    void remove(qint64 courseId);
    void removeAll();
    /// Answers with storageMeasured.
    void measureStorage();

    /// The video of a lesson if it is complete on disk, else empty.
    QString localVideo(qint64 lessonId) const { return m_complete.value(lessonId); }
    bool isDownloaded(qint64 courseId) const;
    bool isActive(qint64 courseId) const { return m_courses.contains(courseId) && !m_courses[courseId].paused; }
    bool isPaused(qint64 courseId) const { return m_courses.contains(courseId) && m_courses[courseId].paused; }
    /// Bytes on disk and expected for a course being or having been downloaded.
    std::pair<qint64, qint64> progress(qint64 courseId) const;

Q_SIGNALS:
    void courseProgress(qint64 courseId, qint64 bytesDone, qint64 bytesTotal);
    void fileProgress(qint64 courseId, qint64 lessonId, qint64 bytesDone, qint64 bytesTotal);
    void courseFinished(qint64 courseId);
    void stateChanged(qint64 courseId);
    void failed(qint64 courseId, const QString &message);
    void storageMeasured(qint64 bytes);

private:
    struct File
    {
        qint64 lessonId = 0;
        qint64 total = 0;
        qint64 done = 0;
        bool complete = false;
    };
    struct CourseDownload
    {
        QList<File> files;
        bool paused = false;
    };
    void next();
    void fetchPiece(qint64 courseId, qint64 lessonId, const QString &link, qint64 from);
    void finishFile(qint64 courseId, qint64 lessonId);
    void fail(qint64 courseId, const QString &message);
    File *file(qint64 courseId, qint64 lessonId);
    void emitProgress(qint64 courseId);
    QString partPath(qint64 lessonId) const;
    QString finalPath(qint64 lessonId) const;

    ApiClient &m_api;
    LocalCache &m_cache;
    QString m_directory;
    qint64 m_chunk = 4 * 1024 * 1024;
    QHash<qint64, CourseDownload> m_courses;
    QHash<qint64, QString> m_complete; // lesson -> file
    qint64 m_activeCourse = 0;
    qint64 m_activeLesson = 0;
    QPointer<QNetworkReply> m_reply;
    Backoff m_backoff{2000, 60000, 0.3};
    QTimer m_retry;
    bool m_running = false;
};

} // namespace guild::app
