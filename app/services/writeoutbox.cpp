#include "writeoutbox.h"

#include "storage/localcache.h"

#include <QLoggingCategory>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

using namespace Qt::StringLiterals;

namespace guild::app {

namespace {

/// Answers that say "not now" rather than "no": the write waits and goes again.
bool worthRetrying(const ApiResponse &r)
{
    return r.networkFailure || r.status >= 500 || r.status == 429 || r.status == 408 || r.status == 401;
}

} // namespace

WriteOutbox::WriteOutbox(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &WriteOutbox::pump);
    // Back online (another request got through): no need to wait out the backoff.
    connect(&m_api, &ApiClient::onlineChanged, this, [this](bool online) {
        if (online && m_retry.isActive()) {
            m_retry.stop();
            pump();
        }
    });
}

QByteArray WriteOutbox::newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

void WriteOutbox::handle(const QString &kind, QObject *context, Handler handler)
{
    m_handlers.insert(kind, {context, std::move(handler)});
}

void WriteOutbox::start()
{
    if (m_started) {
        pump(); // signed in again (after a time offline): what waits goes now
        return;
    }
    const int generation = ++m_generation;
    m_cache.run<QList<PendingWrite>>(
        this, [](QSqlDatabase &db) { return WriteOutboxStore(db).all(); },
        [this, generation](QList<PendingWrite> stored) {
            if (generation != m_generation) {
                return;
            }
            // Written meanwhile (before the cache answered) and kept: already in the list.
            QSet<qint64> known;
            for (const PendingWrite &w : std::as_const(m_writes)) {
                known.insert(w.id);
            }
            QList<PendingWrite> merged;
            for (PendingWrite &w : stored) {
                if (!known.contains(w.id)) {
                    merged.append(std::move(w));
                }
            }
            merged.append(std::move(m_writes));
            m_writes = std::move(merged);
            m_started = true;
            if (!m_writes.isEmpty()) {
                qCInfo(lcNet) << m_writes.size() << "writes left from before go to the server";
            }
            Q_EMIT changed();
            pump();
        });
}

void WriteOutbox::stop()
{
    ++m_generation;
    m_started = false;
    m_retry.stop();
    m_writes.clear();
    m_inFlight.clear();
    m_busyQueues.clear();
    Q_EMIT changed();
}

void WriteOutbox::enqueue(PendingWrite write, const About &about)
{
    write.queue = about.queue;
    write.kind = about.kind;
    write.subjectId = about.subjectId;
    write.subjectTitle = about.subjectTitle;
    write.queuedAt = QDateTime::currentDateTimeUtc();
    const int generation = m_generation;
    m_cache.run<std::optional<PendingWrite>>(
        this, [write](QSqlDatabase &db) { return WriteOutboxStore(db).add(write); },
        [this, write, generation](std::optional<PendingWrite> kept) mutable {
            if (generation != m_generation) {
                return;
            }
            if (kept) {
                write = std::move(*kept);
            } else {
                // The disk refused (full, say): the write still goes now, but would not survive a restart.
                write.id = m_nextVolatileId--;
                qCWarning(lcNet) << "a" << write.kind << "could not be kept on disk; sending it all the same";
            }
            m_writes.append(write);
            Q_EMIT queued(write);
            Q_EMIT changed();
            pump();
        });
}

void WriteOutbox::pump()
{
    if (!m_started || m_retry.isActive()) {
        return;
    }
    for (const PendingWrite &w : std::as_const(m_writes)) {
        if (w.state == PendingWrite::State::Refused || m_busyQueues.contains(w.queue)) {
            continue; // a refused write does not hold up the rest of its conversation
        }
        m_busyQueues.insert(w.queue);
        m_inFlight.insert(w.id);
        const qint64 id = w.id;
        const int generation = m_generation;
        m_api.sendKept(w.method, w.path, w.body, w.idempotencyKey, this, [this, id, generation](const ApiResponse &r) {
            if (generation == m_generation) {
                answered(id, r);
            }
        });
    }
    Q_EMIT changed();
}

qsizetype WriteOutbox::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_writes.size(); ++i) {
        if (m_writes.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

void WriteOutbox::answered(qint64 id, const ApiResponse &response)
{
    m_inFlight.remove(id);
    const qsizetype i = indexOf(id);
    if (i < 0) {
        return;
    }
    PendingWrite &write = m_writes[i];
    m_busyQueues.remove(write.queue);
    if (response.ok) {
        const PendingWrite done = m_writes.takeAt(i);
        m_backoff.reset();
        m_cache.run<bool>(
            this, [id](QSqlDatabase &db) { return WriteOutboxStore(db).remove(id); }, [](bool) {});
        settle(done, {Outcome::Kind::Delivered, response, {}});
        pump();
        return;
    }
    if (worthRetrying(response)) {
        ++write.attempts;
        m_cache.run<bool>(
            this, [id](QSqlDatabase &db) { return WriteOutboxStore(db).countAttempt(id); }, [](bool) {});
        if (!m_retry.isActive()) {
            m_retry.start(qMax(m_backoff.next(), response.error.retryAfter * 1000));
        }
        Q_EMIT changed();
        return;
    }
    write.state = PendingWrite::State::Refused;
    write.error = response.message;
    const PendingWrite refused = write;
    m_cache.run<bool>(
        this,
        [id, message = response.message](QSqlDatabase &db) {
            return WriteOutboxStore(db).setState(id, PendingWrite::State::Refused, message);
        },
        [](bool) {});
    settle(refused, {Outcome::Kind::Refused, response, response.message});
    pump();
}

void WriteOutbox::settle(const PendingWrite &write, const Outcome &outcome)
{
    const auto it = m_handlers.constFind(write.kind);
    if (it != m_handlers.constEnd() && it->first) {
        it->second(write, outcome);
    } else {
        qCWarning(lcNet) << "no one handles the answer to a" << write.kind;
    }
    Q_EMIT changed();
}

void WriteOutbox::retry(qint64 id)
{
    const qsizetype i = indexOf(id);
    if (i < 0 || m_writes.at(i).state != PendingWrite::State::Refused) {
        return;
    }
    m_writes[i].state = PendingWrite::State::Waiting;
    m_writes[i].error.clear();
    m_cache.run<bool>(
        this, [id](QSqlDatabase &db) { return WriteOutboxStore(db).setState(id, PendingWrite::State::Waiting, {}); },
        [](bool) {});
    m_retry.stop(); // the member asked: now, not after the backoff
    m_backoff.reset();
    pump();
}

void WriteOutbox::discard(qint64 id)
{
    const qsizetype i = indexOf(id);
    if (i < 0 || m_inFlight.contains(id)) {
        return;
    }
    const PendingWrite gone = m_writes.takeAt(i);
    m_cache.run<bool>(
        this, [id](QSqlDatabase &db) { return WriteOutboxStore(db).remove(id); }, [](bool) {});
    settle(gone, {Outcome::Kind::Discarded, {}, {}});
}

QList<PendingWrite> WriteOutbox::writesAbout(const QString &kind, qint64 subjectId) const
{
    QList<PendingWrite> about;
    for (const PendingWrite &w : m_writes) {
        if (w.kind == kind && w.subjectId == subjectId) {
            about.append(w);
        }
    }
    return about;
}

int WriteOutbox::waitingCount() const
{
    return int(std::count_if(m_writes.cbegin(), m_writes.cend(),
                             [](const PendingWrite &w) { return w.state == PendingWrite::State::Waiting; }));
}

int WriteOutbox::refusedCount() const
{
    return int(m_writes.size()) - waitingCount();
}

} // namespace guild::app
