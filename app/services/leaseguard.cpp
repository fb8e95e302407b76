#include "leaseguard.h"

#include "downloadservice.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "storage/articlecache.h"
#include "storage/chatstore.h"
#include "storage/coursecache.h"
#include "storage/leaserecord.h"
#include "storage/localcache.h"
#include "storage/snapshotstore.h"

#include <QLoggingCategory>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

namespace {

Q_LOGGING_CATEGORY(lcLease, "guild.lease")

const QString LeaseKey = u"lease"_s;
/// Checked again at least this often while content is open: the clock may have been moved meanwhile.
constexpr qint64 RecheckMaxMs = 60LL * 60 * 1000;

bool signatureHolds(const EntitlementLease &lease)
{
    static const bool ready = sodium_init() >= 0;
    const QByteArray message = lease.signedBytes();
    return ready && lease.publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           lease.signature.size() == crypto_sign_BYTES &&
           crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(lease.signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(lease.publicKey.constData())) == 0;
}

/// What judging the lease came to (on the cache's thread).
struct Judgement
{
    bool held = false;   ///< a lease is kept at all
    bool failed = false; ///< the cache could not be changed: judged again next time
    Tier open = Tier::Premium;
    bool closedNow = false;
    bool ranOut = false; ///< closed because its time ran out (not a lower tier from the server)
    bool reopened = false;
    qint64 now = 0;
    qint64 validUntil = 0;
    QList<qint64> closedCourses;
};

Judgement judgeOnCache(QSqlDatabase &db, const std::optional<EntitlementLease> &fresh, qint64 localNow)
{
    SnapshotStore snapshots(db);
    Judgement j;
    std::optional<LeaseRecord> kept;
    if (auto snapshot = snapshots.load<LeaseRecord>(LeaseKey)) {
        kept = snapshot->value;
    }
    if (fresh) {
        LeaseRecord record = kept.value_or(LeaseRecord{});
        if (!kept) {
            record.open = fresh->tier; // the first lease: what the server sent so far was for this tier
        }
        record.lease = *fresh;
        // The server's word is the time now: a clock that ran ahead before is forgiven.
        record.offsetMs = fresh->issuedAt - localNow;
        record.highWaterMs = fresh->issuedAt;
        kept = record;
    }
    if (!kept) {
        return j; // never had one: nothing to judge by (signed in the first time, still offline)
    }
    LeaseRecord &record = *kept;
    j.held = true;
    j.now = std::max(record.highWaterMs, localNow + record.offsetMs);
    record.highWaterMs = j.now;
    // A lease edited on disk does not check out, and then opens nothing paid.
    const bool valid = signatureHolds(record.lease) && j.now < record.lease.validUntil;
    j.open = valid ? record.lease.tier : Tier::Free;
    j.validUntil = record.lease.validUntil;
    // Closing again while closed is cheap, and catches a sync page that was on its way.
    if (!tierCovers(j.open, record.open) || !tierCovers(j.open, record.lease.tier)) {
        const auto articles = ArticleCache(db).closeAbove(j.open);
        const auto courses = CourseCache(db).closeAbove(j.open);
        const auto messages = ChatStore(db).closeAbove(j.open);
        // Kept answers that may show paid content (comments, Q&A, events, lesson homework) go too, when
        // it closes (not on every check while closed: what was read since is the member's to see).
        const bool closing = !tierCovers(j.open, record.open);
        const bool forgotten = !closing || SnapshotStore(db).removeStartingWith(
                                               {u"comments:"_s, u"question"_s, u"events"_s, u"homework:"_s});
        if (!articles || !courses || !messages || !forgotten) {
            j.failed = true;
            return j;
        }
        j.closedNow = closing;
        j.ranOut = !valid;
        j.closedCourses = *courses;
        if (*articles + *messages > 0 || !courses->isEmpty()) {
            qCInfo(lcLease) << "lease closed above" << tierCode(j.open) << ":" << *articles << "articles,"
                            << courses->size() << "courses," << *messages << "messages";
        }
    } else {
        j.reopened = j.open != record.open;
    }
    record.open = j.open;
    j.failed = !snapshots.save(LeaseKey, record);
    return j;
}

} // namespace

LeaseGuard::LeaseGuard(ApiClient &api, LocalCache &cache, DownloadService &downloads, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_downloads(downloads)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_recheck.setSingleShot(true);
    connect(&m_recheck, &QTimer::timeout, this, &LeaseGuard::load);
}

void LeaseGuard::load()
{
    judge(std::nullopt);
}

void LeaseGuard::refresh()
{
    if (!m_context) {
        m_context = new QObject(this);
    }
    m_api.call(endpoints::MyLease, {}, m_context, [this](const ApiResult<LeaseReply> &r) {
        if (!r.ok()) {
            return; // offline or refused: the lease kept still counts, and is judged as time goes on
        }
        if (!signatureHolds(r->value)) {
            qCWarning(lcLease) << "the server's lease does not check out; kept the one held";
            return;
        }
        judge(r->value);
    });
}

void LeaseGuard::stop()
{
    delete std::exchange(m_context, nullptr);
    m_recheck.stop();
    m_open = Tier::Premium;
    m_validUntil = {};
}

void LeaseGuard::judge(const std::optional<EntitlementLease> &fresh)
{
    if (!m_context) {
        m_context = new QObject(this);
    }
    m_cache.run<Judgement>(
        m_context, [fresh, localNow = m_clock()](QSqlDatabase &db) { return judgeOnCache(db, fresh, localNow); },
        [this](const Judgement &j) {
            if (!j.held) {
                return;
            }
            m_open = j.open;
            m_validUntil = QDateTime::fromMSecsSinceEpoch(j.validUntil, Qt::UTC);
            for (qint64 courseId : j.closedCourses) {
                m_downloads.remove(courseId);
            }
            if (j.closedNow) {
                Q_EMIT closed(j.open, m_validUntil, j.ranOut);
            } else if (j.reopened) {
                Q_EMIT reopened(j.open);
            }
            // Judged again when it runs out, and now and then: the clock may be moved meanwhile.
            if (j.open != Tier::Free && !j.failed) {
                m_recheck.start(
                    std::chrono::milliseconds(std::clamp<qint64>(j.validUntil - j.now, 1000, RecheckMaxMs)));
            } else if (j.failed) {
                m_recheck.start(std::chrono::minutes(1));
            }
            Q_EMIT judged();
        });
}

} // namespace guild::app
