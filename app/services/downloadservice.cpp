#include "downloadservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "storage/coursecache.h"
#include "storage/localcache.h"
#include "storage/privatefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol::course;

namespace {

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

} // namespace

DownloadService::DownloadService(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &DownloadService::next);
}

DownloadService::~DownloadService()
{
    if (m_reply) {
        m_reply->abort();
    }
}

void DownloadService::setDirectory(const QString &directory)
{
    m_directory = directory;
}

QString DownloadService::partPath(qint64 lessonId) const
{
    return QDir(m_directory).filePath(u"%1.mp4.part"_s.arg(lessonId));
}

QString DownloadService::finalPath(qint64 lessonId) const
{
    return QDir(m_directory).filePath(u"%1.mp4"_s.arg(lessonId));
}

qint64 DownloadService::totalBytes(const Course &course)
{
    qint64 total = 0;
    for (const Section &s : course.sections) {
        for (const LessonSummary &l : s.lessons) {
            total += l.locked ? 0 : l.videoBytes;
        }
    }
    return total;
}

void DownloadService::start()
{
    struct Loaded
    {
        QList<DownloadRecord> records;
        QHash<qint64, bool> courses;
        QHash<qint64, qint64> onDisk;
    };
    m_running = true;
    m_cache.run<Loaded>(
        this,
        [part = [this](qint64 id) { return partPath(id); }, full = [this](qint64 id) { return finalPath(id); },
         dir = m_directory](QSqlDatabase &db) {
            privatefiles::ensureDirectory(dir);
            CourseCache cache(db);
            Loaded loaded{cache.downloads(), cache.courseDownloads(), {}};
            for (const DownloadRecord &r : loaded.records) {
                loaded.onDisk.insert(r.lessonId, r.complete ? fileSize(full(r.lessonId)) : fileSize(part(r.lessonId)));
            }
            return loaded;
        },
        [this](const Loaded &loaded) {
            // Merged into what is known: a course asked for meanwhile keeps its place.
            for (auto it = loaded.courses.cbegin(); it != loaded.courses.cend(); ++it) {
                if (!m_courses.contains(it.key())) {
                    m_courses[it.key()].paused = it.value();
                }
            }
            for (const DownloadRecord &r : loaded.records) {
                if (file(r.courseId, r.lessonId)) {
                    continue;
                }
                const qint64 onDisk = loaded.onDisk.value(r.lessonId);
                // A complete file that is missing or short is downloaded again.
                const bool complete = r.complete && onDisk == r.bytesTotal;
                m_courses[r.courseId].files.append(
                    {r.lessonId, r.bytesTotal, complete ? r.bytesTotal : onDisk, complete});
                if (complete) {
                    m_complete.insert(r.lessonId, finalPath(r.lessonId));
                }
            }
            for (auto it = m_courses.cbegin(); it != m_courses.cend(); ++it) {
                Q_EMIT stateChanged(it.key());
            }
            next();
        });
}

void DownloadService::stop()
{
    m_running = false;
    m_retry.stop();
    if (m_reply) {
        m_reply->abort();
    }
}

void DownloadService::downloadCourse(const Course &course)
{
    CourseDownload &download = m_courses[course.id];
    download.paused = false;
    QList<DownloadRecord> records;
    QList<qint64> readable;
    for (const Section &s : course.sections) {
        for (const LessonSummary &l : s.lessons) {
            if (l.locked) {
                continue;
            }
            readable.append(l.id);
            if (l.videoBytes > 0 && !file(course.id, l.id)) {
                download.files.append({l.id, l.videoBytes, 0, false});
                records.append({l.id, course.id, l.videoBytes, false});
            }
        }
    }
    m_cache.run<bool>(
        this,
        [courseId = course.id, records](QSqlDatabase &db) {
            CourseCache cache(db);
            bool ok = cache.setCourseDownload(courseId, false);
            for (const DownloadRecord &r : records) {
                ok = ok && cache.addDownload(r);
            }
            return ok;
        },
        [](bool) {});
    // Every lesson's text (and quiz) too, so the whole course reads offline.
    for (qint64 lessonId : std::as_const(readable)) {
        m_api.call(
            protocol::endpoints::GetLesson, lessonId, {}, this, [this](const ApiResult<protocol::LessonReply> &r) {
                if (r.ok()) {
                    m_cache.run<bool>(
                        this, [l = r->value](QSqlDatabase &db) { return CourseCache(db).saveLesson(l); }, [](bool) {});
                }
            });
    }
    Q_EMIT stateChanged(course.id);
    emitProgress(course.id);
    if (download.files.isEmpty() ||
        std::all_of(download.files.cbegin(), download.files.cend(), [](const File &f) { return f.complete; })) {
        Q_EMIT courseFinished(course.id);
    }
    m_running = true;
    next();
}

DownloadService::File *DownloadService::file(qint64 courseId, qint64 lessonId)
{
    auto it = m_courses.find(courseId);
    if (it == m_courses.end()) {
        return nullptr;
    }
    for (File &f : it->files) {
        if (f.lessonId == lessonId) {
            return &f;
        }
    }
    return nullptr;
}

bool DownloadService::isDownloaded(qint64 courseId) const
{
    const auto it = m_courses.constFind(courseId);
    return it != m_courses.cend() &&
           std::all_of(it->files.cbegin(), it->files.cend(), [](const File &f) { return f.complete; });
}

std::pair<qint64, qint64> DownloadService::progress(qint64 courseId) const
{
    qint64 done = 0;
    qint64 total = 0;
    for (const File &f : m_courses.value(courseId).files) {
        done += f.done;
        total += f.total;
    }
    return {done, total};
}

void DownloadService::emitProgress(qint64 courseId)
{
    const auto [done, total] = progress(courseId);
    Q_EMIT courseProgress(courseId, done, total);
}

void DownloadService::next()
{
    if (!m_running || m_reply || m_activeLesson != 0 || m_directory.isEmpty()) {
        return;
    }
    for (auto it = m_courses.cbegin(); it != m_courses.cend(); ++it) {
        if (it->paused) {
            continue;
        }
        for (const File &f : it->files) {
            if (f.complete) {
                continue;
            }
            m_activeCourse = it.key();
            m_activeLesson = f.lessonId;
            const qint64 courseId = it.key();
            const qint64 lessonId = f.lessonId;
            // A fresh signed link for every file: they last an hour.
            m_api.call(protocol::endpoints::VideoLink, lessonId, {}, this,
                       [this, courseId, lessonId](const ApiResult<protocol::MediaLink> &r) {
                           if (!r.ok()) {
                               fail(courseId, r.message);
                               return;
                           }
                           const File *wanted = file(courseId, lessonId);
                           if (!wanted || m_courses.value(courseId).paused) {
                               m_activeCourse = m_activeLesson = 0;
                               next();
                               return;
                           }
                           fetchPiece(courseId, lessonId, r->url, wanted->done);
                       });
            return;
        }
    }
}

void DownloadService::fetchPiece(qint64 courseId, qint64 lessonId, const QString &link, qint64 from)
{
    QNetworkReply *reply = m_api.getRange(link, from, from + m_chunk - 1);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, courseId, lessonId, from](qint64 received, qint64) {
        if (const File *f = file(courseId, lessonId)) {
            Q_EMIT fileProgress(courseId, lessonId, from + received, f->total);
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, courseId, lessonId, link, from] {
        reply->deleteLater();
        m_reply.clear();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        File *f = file(courseId, lessonId);
        if (reply->error() == QNetworkReply::OperationCanceledError || !f || m_courses.value(courseId).paused) {
            // Paused or removed: the piece in flight is dropped; the file keeps only whole pieces.
            m_activeCourse = m_activeLesson = 0;
            next();
            return;
        }
        static const QRegularExpression contentRange(u"^bytes (\\d+)-(\\d+)/(\\d+)$"_s);
        const auto range = contentRange.match(QString::fromLatin1(reply->rawHeader("Content-Range")));
        const QByteArray piece = reply->readAll();
        const bool fits = status == 206 && range.hasMatch() && range.captured(1).toLongLong() == from &&
                          range.captured(3).toLongLong() == f->total && piece.size() > 0;
        if (status == 416 || (status == 206 && !fits)) {
            // What is on disk does not belong to this file (it changed on the server): start over.
            qCWarning(lcNet) << "download of lesson" << lessonId << "restarts: range mismatch";
            m_cache.run<bool>(
                this, [path = partPath(lessonId)](QSqlDatabase &) { return QFile::remove(path) || true; },
                [this, courseId, lessonId](bool) {
                    if (File *again = file(courseId, lessonId)) {
                        again->done = 0;
                    }
                    m_activeCourse = m_activeLesson = 0;
                    m_retry.start(m_backoff.next());
                });
            return;
        }
        if (status == 403) {
            m_activeCourse = m_activeLesson = 0; // the link expired: the next round asks for a new one
            next();
            return;
        }
        if (reply->error() != QNetworkReply::NoError || status != 206) {
            fail(courseId, reply->errorString());
            return;
        }
        // Appended on the cache's worker thread, in order; the GUI thread never waits on the disk.
        m_cache.run<qint64>(
            this,
            [path = partPath(lessonId), piece](QSqlDatabase &) -> qint64 {
                QFile out(path);
                if (!privatefiles::ensureFile(path) || !out.open(QIODevice::Append) ||
                    out.write(piece) != piece.size()) {
                    return -1;
                }
                out.close();
                return out.size();
            },
            [this, courseId, lessonId, link](qint64 size) {
                File *written = file(courseId, lessonId);
                if (!written) {
                    m_activeCourse = m_activeLesson = 0;
                    return;
                }
                if (size < 0) {
                    fail(courseId, tr("Cannot write the download to disk."));
                    return;
                }
                m_backoff.reset();
                written->done = size;
                Q_EMIT fileProgress(courseId, lessonId, size, written->total);
                emitProgress(courseId);
                if (size >= written->total) {
                    finishFile(courseId, lessonId);
                } else if (m_courses.value(courseId).paused || !m_running) {
                    m_activeCourse = m_activeLesson = 0;
                } else {
                    fetchPiece(courseId, lessonId, link, size);
                }
            });
    });
}

void DownloadService::finishFile(qint64 courseId, qint64 lessonId)
{
    m_cache.run<bool>(
        this,
        [part = partPath(lessonId), full = finalPath(lessonId), lessonId](QSqlDatabase &db) {
            QFile::remove(full);
            return QFile::rename(part, full) && CourseCache(db).markComplete(lessonId);
        },
        [this, courseId, lessonId](bool ok) {
            m_activeCourse = m_activeLesson = 0;
            File *f = file(courseId, lessonId);
            if (!ok || !f) {
                fail(courseId, tr("Cannot finish the download on disk."));
                return;
            }
            f->complete = true;
            m_complete.insert(lessonId, finalPath(lessonId));
            Q_EMIT stateChanged(courseId);
            if (isDownloaded(courseId)) {
                Q_EMIT courseFinished(courseId);
            }
            next();
        });
}

void DownloadService::fail(qint64 courseId, const QString &message)
{
    m_activeCourse = m_activeLesson = 0;
    Q_EMIT failed(courseId, message);
    // Network gone or server away: try again later, on our own.
    m_retry.start(m_backoff.next());
}

void DownloadService::pause(qint64 courseId)
{
    if (!m_courses.contains(courseId)) {
        return;
    }
    m_courses[courseId].paused = true;
    m_cache.run<bool>(
        this, [courseId](QSqlDatabase &db) { return CourseCache(db).setCourseDownload(courseId, true); }, [](bool) {});
    if (m_activeCourse == courseId && m_reply) {
        m_reply->abort();
    }
    Q_EMIT stateChanged(courseId);
}

void DownloadService::resume(qint64 courseId)
{
    if (!m_courses.contains(courseId)) {
        return;
    }
    m_courses[courseId].paused = false;
    m_cache.run<bool>(
        this, [courseId](QSqlDatabase &db) { return CourseCache(db).setCourseDownload(courseId, false); }, [](bool) {});
    Q_EMIT stateChanged(courseId);
    m_running = true;
    m_backoff.reset();
    next();
}

void DownloadService::remove(qint64 courseId)
{
    const CourseDownload removed = m_courses.take(courseId);
    if (m_activeCourse == courseId && m_reply) {
        m_reply->abort();
    }
    QStringList paths;
    for (const File &f : removed.files) {
        paths << partPath(f.lessonId) << finalPath(f.lessonId);
        m_complete.remove(f.lessonId);
    }
    m_cache.run<bool>(
        this,
        [courseId, paths](QSqlDatabase &db) {
            for (const QString &path : paths) {
                QFile::remove(path);
            }
            CourseCache cache(db);
            return cache.removeDownloads(courseId) && cache.removeCourseDownload(courseId);
        },
        [this, courseId](bool) {
            Q_EMIT stateChanged(courseId);
            measureStorage();
        });
}

void DownloadService::removeAll()
{
    const QList<qint64> ids = m_courses.keys();
    for (qint64 id : ids) {
        remove(id);
    }
}

void DownloadService::measureStorage()
{
    m_cache.run<qint64>(
        this,
        [dir = m_directory](QSqlDatabase &) {
            qint64 bytes = 0;
            for (QDirIterator it(dir, {u"*.mp4"_s, u"*.part"_s}, QDir::Files); it.hasNext();) {
                it.next();
                bytes += it.fileInfo().size();
            }
            return bytes;
        },
        [this](qint64 bytes) { Q_EMIT storageMeasured(bytes); });
}

} // namespace guild::app
