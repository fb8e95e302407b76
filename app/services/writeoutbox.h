#pragma once

#include "net/apiclient.h"
#include "net/backoff.h"
#include "storage/writeoutboxstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace guild::app {

class LocalCache;

/// The one way the member's writes reach the server (comments, likes, answers, votes, RSVPs, check-ins,
/// feedback): each is kept in the cache with its Idempotency-Key before it is sent, sent in order within
/// its conversation, retried with backoff while the server cannot be reached, and kept across restarts
/// until the server answers. A refusal stays, with the server's reason, until the member retries or
/// discards it. The service that queued a kind of write handles what became of it (handle()); chat
/// keeps its own exactly-once path (ChatOutbox: the server acknowledges by client id on the socket).
class WriteOutbox final : public QObject
{
    Q_OBJECT
public:
    /// What a write is about, and the conversation it is sent in order with.
    struct About
    {
        QString queue;
        QString kind;
        qint64 subjectId = 0;
        QString subjectTitle = {};
    };
    /// What became of a write: the server took it (its answer), refused it (why), or the member
    /// discarded it (the service undoes what it showed at once).
    struct Outcome
    {
        enum class Kind
        {
            Delivered,
            Refused,
            Discarded
        } kind = Kind::Delivered;
        /// The server's answer (Delivered, Refused).
        ApiResponse response;
        /// Why it was refused, for the member.
        QString message;
    };
    using Handler = std::function<void(const PendingWrite &, const Outcome &)>;

    WriteOutbox(ApiClient &api, LocalCache &cache, QObject *parent = nullptr);

    /// Queues `request` for `endpoint` at `target` (its path, with the ids in it). Input the server
    /// would refuse is refused at once: the message for the member, and nothing is queued.
    template <typename E>
    std::optional<QString> add(const E &endpoint, const QString &target, const typename E::Request &request,
                               const About &about)
    {
        static_assert(!protocol::QueryRequest<typename E::Request>, "writes send a body, not a query");
        if (auto refused = protocol::check(request)) {
            return ApiClient::messageFor(*refused);
        }
        PendingWrite write;
        const QLatin1StringView method = protocol::methodName(endpoint.method);
        write.method = QByteArray(method.data(), method.size());
        write.path = target;
        write.body = ApiClient::bodyFor(endpoint, request.toJson());
        if (endpoint.idempotency() == protocol::Idempotency::Keyed) {
            write.idempotencyKey = newKey();
        }
        enqueue(std::move(write), about);
        return std::nullopt;
    }
    /// The typed answer of a delivered write.
    template <typename E>
    static std::optional<typename E::Response> answerOf(const E &, const Outcome &outcome)
    {
        if (outcome.kind != Outcome::Kind::Delivered) {
            return std::nullopt;
        }
        return ApiClient::decoded<typename E::Response>(outcome.response).value;
    }

    /// Who handles what becomes of writes of `kind` (registered before start(), so that writes an
    /// earlier run left find their handler). Dropped with `context`.
    void handle(const QString &kind, QObject *context, Handler handler);
    /// Signed in with the cache open: what an earlier run left is read and sent, and new writes are sent
    /// at once (before, they are kept and wait). Again later: what waits is sent now.
    void start();
    /// The cache is closing (another account): nothing more is sent from it.
    void stop();

    void retry(qint64 id);
    /// Only a write not on its way (waiting or refused): one in flight may already have been done.
    void discard(qint64 id);

    /// Everything not yet taken by the server, oldest first.
    const QList<PendingWrite> &writes() const { return m_writes; }
    /// The writes of `kind` about `subjectId` (a question's answers, an article's comments), oldest first.
    QList<PendingWrite> writesAbout(const QString &kind, qint64 subjectId) const;
    bool isSending(qint64 id) const { return m_inFlight.contains(id); }
    int waitingCount() const;
    int refusedCount() const;

Q_SIGNALS:
    /// A write was queued (the UI shows it where it belongs, as sending).
    void queued(const guild::models::PendingWrite &write);
    /// Anything about the queue changed: a write queued, sent, refused, retried or discarded.
    void changed();

private:
    static QByteArray newKey();
    void enqueue(PendingWrite write, const About &about);
    void pump();
    void answered(qint64 id, const ApiResponse &response);
    void settle(const PendingWrite &write, const Outcome &outcome);
    qsizetype indexOf(qint64 id) const;

    ApiClient &m_api;
    LocalCache &m_cache;
    QList<PendingWrite> m_writes;
    QSet<qint64> m_inFlight;
    QSet<QString> m_busyQueues;
    QHash<QString, std::pair<QPointer<QObject>, Handler>> m_handlers;
    Backoff m_backoff{2000, 120000};
    QTimer m_retry;
    bool m_started = false;
    /// Ids for writes the disk refused to keep: sent all the same, only not across a restart.
    qint64 m_nextVolatileId = -1;
    /// Tells answers of a closed cache's writes from those of the open one.
    int m_generation = 0;
};

} // namespace guild::app
