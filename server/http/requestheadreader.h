#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

namespace guild::server {

/// Follows the HTTP/1.1 requests on one connection as their bytes arrive, looking only at the heads:
/// says when a request must be refused (head over the cap, body over the cap, chunked body) before its
/// body is stored, and when the connection becomes a WebSocket. No sockets: ConnectionGuard feeds it.
class RequestHeadReader
{
public:
    struct Limits
    {
        qint64 maxBodyBytes = 0;
        qint64 maxHeaderBytes = 0;
    };
    struct Verdict
    {
        enum class Kind
        {
            Continue, ///< nothing wrong so far: let the HTTP parser have the bytes
            Reject,   ///< answer `status` and close (after reading `drainBytes` more, if any)
            Upgrade,  ///< the connection is a WebSocket from here: stop looking
        };
        Kind kind = Kind::Continue;
        int status = 0;
        QByteArray reason;
        QLatin1StringView code;
        QString message;
        qint64 drainBytes = 0;
    };
    /// Bodies up to this size are read and thrown away after a 413, so the client sees the answer.
    static constexpr qint64 MaxDrainBytes = 8 * 1024 * 1024;

    explicit RequestHeadReader(Limits limits)
        : m_limits(limits)
    {}
    /// The connection's next bytes. After a Reject or an Upgrade the reader is done.
    Verdict feed(QByteArray data);

private:
    Verdict reject(int status, QByteArray reason, QLatin1StringView code, QString message);

    Limits m_limits;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    bool m_done = false;
};

} // namespace guild::server
