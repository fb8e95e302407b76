#include "requestheadreader.h"

#include "protocol/errorcodes.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

RequestHeadReader::Verdict RequestHeadReader::reject(int status, QByteArray reason, QLatin1StringView code,
                                                     QString message)
{
    m_done = true;
    Verdict v;
    v.kind = Verdict::Kind::Reject;
    v.status = status;
    v.reason = std::move(reason);
    v.code = code;
    v.message = std::move(message);
    return v;
}

RequestHeadReader::Verdict RequestHeadReader::feed(QByteArray data)
{
    if (m_done) {
        return {};
    }
    while (!data.isEmpty()) {
        if (m_bodyRemaining > 0) {
            const qint64 take = qMin<qint64>(m_bodyRemaining, data.size());
            m_bodyRemaining -= take;
            data.remove(0, take);
            continue;
        }
        m_head.append(data);
        data.clear();
        while (m_head.startsWith("\r\n")) {
            m_head.remove(0, 2);
        }
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if ((end < 0 && m_head.size() > m_limits.maxHeaderBytes) || end > m_limits.maxHeaderBytes) {
            return reject(431, "Request Header Fields Too Large", errors::HeadersTooLarge,
                          u"The request head exceeds %1 bytes."_s.arg(m_limits.maxHeaderBytes));
        }
        if (end < 0) {
            return {}; // the head is not complete yet
        }
        qint64 length = 0;
        bool chunked = false;
        bool upgrade = false;
        const QList<QByteArray> lines = m_head.left(end).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    length = m_limits.maxBodyBytes + 1;
                }
            } else if (name == "transfer-encoding" && value != "identity") {
                chunked = true;
            } else if (name == "upgrade") {
                upgrade = true;
            }
        }
        if (chunked) {
            return reject(411, "Length Required", errors::LengthRequired,
                          u"Send a Content-Length; chunked bodies are not accepted."_s);
        }
        if (length > m_limits.maxBodyBytes) {
            // Clients that are still uploading only read the answer once their upload is done, so a
            // moderately oversized body is read and thrown away; anything larger gets cut off.
            const qint64 pending = m_head.size() - (end + 4);
            Verdict v = reject(413, "Payload Too Large", errors::PayloadTooLarge,
                               u"The request body exceeds %1 bytes."_s.arg(m_limits.maxBodyBytes));
            // What is already here may hold more than the body (pipelined requests): nothing more to read then.
            v.drainBytes = length <= MaxDrainBytes ? qMax<qint64>(0, length - pending) : 0;
            return v;
        }
        data = m_head.mid(end + 4);
        m_head.clear();
        m_bodyRemaining = length;
        if (upgrade) {
            // A WebSocket takes the connection over; frames are limited by the socket layer.
            m_done = true;
            Verdict v;
            v.kind = Verdict::Kind::Upgrade;
            return v;
        }
    }
    return {};
}

} // namespace guild::server
