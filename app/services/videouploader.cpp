#include "videouploader.h"

#include "net/apiclient.h"
#include "protocol/endpoints/authoring.h"
#include "protocol/errorcodes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

namespace {

constexpr int FailuresMax = 8;

QString contentTypeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"mp4"_s || suffix == u"m4v"_s) {
        return u"video/mp4"_s;
    }
    return suffix == u"webm"_s ? u"video/webm"_s : QString();
}

} // namespace

VideoUploader::VideoUploader(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &VideoUploader::askWhereItStands);
}

VideoUploader::~VideoUploader()
{
    m_cancelled->store(true);
}

void VideoUploader::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

bool VideoUploader::start(qint64 lessonId, const QString &path)
{
    if (m_state != State::Idle) {
        return false;
    }
    const QFileInfo file(path);
    m_contentType = contentTypeOf(path);
    if (m_contentType.isEmpty() || !file.isFile() || file.size() <= 0 || file.size() > VideoBytesMax) {
        Q_EMIT finished(lessonId, false, tr("Choose an MP4 or WebM video of at most %1 GB.").arg(VideoBytesMax >> 30));
        return false;
    }
    m_lessonId = lessonId;
    m_path = path;
    m_total = file.size();
    m_uploadId.clear();
    m_received = 0;
    m_backoff.reset();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    setState(State::Hashing);
    Q_EMIT progress(0, m_total);
    // Hashing a large video takes seconds: never on the GUI thread.
    QThreadPool::globalInstance()->start([self = QPointer<VideoUploader>(this), path, cancelled = m_cancelled] {
        QFile in(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        bool ok = in.open(QIODevice::ReadOnly);
        while (ok && !in.atEnd() && !cancelled->load()) {
            const QByteArray chunk = in.read(1 << 20);
            ok = !chunk.isEmpty();
            hash.addData(chunk);
        }
        const QString digest = ok ? QString::fromLatin1(hash.result().toHex()) : QString();
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, digest, cancelled] {
            if (self && !cancelled->load()) {
                self->announce(digest);
            }
        });
    });
    return true;
}

void VideoUploader::announce(const QString &sha256)
{
    if (sha256.isEmpty()) {
        finish(false, tr("Could not read %1.").arg(QFileInfo(m_path).fileName()));
        return;
    }
    setState(State::Sending);
    m_api.call(endpoints::StartUpload, m_lessonId, UploadRequest{m_total, sha256, m_contentType, 0}, this,
               [this, cancelled = m_cancelled](const ApiResult<UploadStatus> &r) {
                   if (cancelled->load()) {
                       return;
                   }
                   if (!r.ok()) {
                       finish(false, r.message);
                       return;
                   }
                   m_uploadId = r->id;
                   m_received = r->received;
                   sendNext();
               });
}

void VideoUploader::sendNext()
{
    const qint64 offset = m_received;
    const qint64 size = qMin<qint64>(UploadPieceMax, m_total - offset);
    // The piece is read off the GUI thread, then sent from it.
    QThreadPool::globalInstance()->start(
        [self = QPointer<VideoUploader>(this), path = m_path, offset, size, cancelled = m_cancelled] {
            QFile in(path);
            QByteArray bytes;
            if (in.open(QIODevice::ReadOnly) && in.seek(offset)) {
                bytes = in.read(size);
            }
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, offset, bytes, size, cancelled] {
                if (!self || cancelled->load()) {
                    return;
                }
                if (bytes.size() != size) {
                    self->finish(false, tr("The video file changed or went away while it was being sent."));
                    return;
                }
                self->sendPiece(offset, bytes);
            });
        });
}

void VideoUploader::sendPiece(qint64 offset, const QByteArray &bytes)
{
    const QByteArray range = "bytes " + QByteArray::number(offset) + '-' +
                             QByteArray::number(offset + bytes.size() - 1) + '/' + QByteArray::number(m_total);
    m_api.sendBytes(endpoints::UploadPiece, m_uploadId, bytes, "application/octet-stream", {{"Content-Range", range}},
                    this, [this, cancelled = m_cancelled](const ApiResult<UploadStatus> &r) {
                        if (cancelled->load()) {
                            return;
                        }
                        if (r.networkFailure) {
                            retryLater(r.message);
                            return;
                        }
                        if (r.status == 409 && r.error.code == errors::UploadOffset) {
                            askWhereItStands(); // another attempt of ours got there first
                            return;
                        }
                        if (!r.ok()) {
                            finish(false, r.message);
                            return;
                        }
                        m_backoff.reset();
                        m_received = r->received;
                        Q_EMIT progress(m_received, m_total);
                        if (r->complete) {
                            finish(true, tr("Video uploaded and checked: the lesson plays it."));
                        } else {
                            sendNext();
                        }
                    });
}

void VideoUploader::retryLater(const QString &why)
{
    if (m_backoff.attempts() >= FailuresMax) {
        finish(false, tr("The upload stopped: %1").arg(why));
        return;
    }
    setState(State::Waiting);
    m_retry.start(m_backoff.next());
}

void VideoUploader::askWhereItStands()
{
    m_api.call(endpoints::GetUpload, m_uploadId, {}, this,
               [this, cancelled = m_cancelled](const ApiResult<UploadStatus> &r) {
                   if (cancelled->load()) {
                       return;
                   }
                   if (r.networkFailure) {
                       retryLater(r.message);
                       return;
                   }
                   if (!r.ok()) {
                       finish(false, r.message);
                       return;
                   }
                   setState(State::Sending);
                   m_received = r->received;
                   Q_EMIT progress(m_received, m_total);
                   if (r->complete) {
                       finish(true, tr("Video uploaded and checked: the lesson plays it."));
                   } else {
                       sendNext();
                   }
               });
}

void VideoUploader::cancel()
{
    if (m_state == State::Idle) {
        return;
    }
    finish(false, tr("Upload cancelled."));
}

void VideoUploader::finish(bool ok, const QString &message)
{
    m_cancelled->store(true);
    m_retry.stop();
    setState(State::Idle);
    Q_EMIT finished(m_lessonId, ok, message);
}

} // namespace guild::app
