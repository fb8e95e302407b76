#pragma once

#include "net/backoff.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace guild::app {

class ApiClient;

/// Uploads a lesson's video in resumable pieces: hashes the file (off the GUI thread), announces its
/// size, SHA-256 and type, then sends 1 MiB pieces read off the GUI thread. A lost connection is not
/// the end: after a growing pause it asks the server where the upload stands and goes on from
/// there. One upload at a time; cancellable at any point.
class VideoUploader final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Hashing,
        Sending,
        Waiting, ///< the connection was lost; trying again soon
    };
    Q_ENUM(State)

    explicit VideoUploader(ApiClient &api, QObject *parent = nullptr);
    ~VideoUploader() override;

    /// Starts uploading `path` as the video of `lessonId`. False (with finished) for a file that is
    /// not an MP4 or WebM video, or while another upload runs.
    bool start(qint64 lessonId, const QString &path);
    void cancel();
    State state() const { return m_state; }
    /// The pauses after a lost connection (tests make them short).
    Backoff &backoff() { return m_backoff; }

Q_SIGNALS:
    void stateChanged(guild::app::VideoUploader::State state);
    /// Bytes the server has of `total`.
    void progress(qint64 received, qint64 total);
    /// The upload ended: `ok` once the server checked the file and the lesson plays it.
    void finished(qint64 lessonId, bool ok, const QString &message);

private:
    void setState(State state);
    void announce(const QString &sha256);
    void sendNext();
    void sendPiece(qint64 offset, const QByteArray &bytes);
    /// The connection dropped: wait, then ask the server where the upload stands.
    void retryLater(const QString &why);
    void askWhereItStands();
    void finish(bool ok, const QString &message);

    ApiClient &m_api;
    State m_state = State::Idle;
    qint64 m_lessonId = 0;
    QString m_path;
    QString m_contentType;
    qint64 m_total = 0;
    QString m_uploadId;
    qint64 m_received = 0;
    Backoff m_backoff{1000, 30000, 0.3};
    QTimer m_retry;
    /// Shared with the worker reading the file: set when the upload is cancelled or replaced.
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace guild::app
