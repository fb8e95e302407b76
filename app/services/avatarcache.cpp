#include "avatarcache.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "storage/avatarstore.h"
#include "storage/localcache.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace guild::app {

namespace endpoints = protocol::endpoints;

namespace {
constexpr qint64 RetrySeconds = 60;

QImage decoded(const QByteArray &bytes)
{
    // A picture is at most AvatarBytesMax (64 KiB, scaled to 128 px before upload): decoding it here is
    // a fraction of a millisecond. Anything larger is not one of ours and is not decoded at all.
    return bytes.isEmpty() || bytes.size() > protocol::limits::AvatarBytesMax ? QImage() : QImage::fromData(bytes);
}
} // namespace

AvatarCache::AvatarCache(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

QImage AvatarCache::image(qint64 memberId)
{
    if (memberId <= 0) {
        return {};
    }
    auto it = m_entries.find(memberId);
    if (it == m_entries.end()) {
        it = m_entries.insert(memberId, Entry{});
        it->loading = true;
        loadStored(memberId);
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool stale = !it->fetchedAt.isValid() || it->fetchedAt.secsTo(now) > FreshSeconds;
    if (stale && !it->loading && (!it->retryAfter.isValid() || now >= it->retryAfter)) {
        it->loading = true;
        fetch(memberId);
    }
    return it->image;
}

void AvatarCache::put(qint64 memberId, const QByteArray &bytes)
{
    if (memberId <= 0) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store(memberId, bytes, now);
    settle(memberId, decoded(bytes), now);
}

void AvatarCache::clear()
{
    ++m_generation;
    m_entries.clear();
}

void AvatarCache::loadStored(qint64 memberId)
{
    if (!m_cache.isOpen()) {
        fetch(memberId);
        return;
    }
    m_cache.run<std::optional<AvatarStore::Picture>>(
        this, [memberId](QSqlDatabase &db) { return AvatarStore(db).find(memberId); },
        [this, memberId, generation = m_generation](std::optional<AvatarStore::Picture> stored) {
            if (generation != m_generation) {
                return;
            }
            if (stored) {
                settle(memberId, decoded(stored->bytes), stored->fetchedAt);
            }
            if (!stored || stored->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) > FreshSeconds) {
                fetch(memberId);
            } else {
                m_entries[memberId].loading = false;
            }
        });
}

void AvatarCache::fetch(qint64 memberId)
{
    m_entries[memberId].loading = true;
    m_api.getRaw(endpoints::MemberAvatar, endpoints::MemberAvatar.url(memberId), this,
                 [this, memberId, generation = m_generation](const ApiResponse &r) {
                     if (generation != m_generation) {
                         return;
                     }
                     Entry &entry = m_entries[memberId];
                     entry.loading = false;
                     const QDateTime now = QDateTime::currentDateTimeUtc();
                     // 404: the member has no picture (or is gone), which is an answer worth keeping.
                     // Anything else that failed (offline, a refresh in flight) is tried again later.
                     if (!r.ok && r.status != 404) {
                         entry.retryAfter = now.addSecs(RetrySeconds);
                         return;
                     }
                     const QByteArray bytes = r.ok ? r.body : QByteArray();
                     store(memberId, bytes, now);
                     settle(memberId, decoded(bytes), now);
                 });
}

void AvatarCache::store(qint64 memberId, const QByteArray &bytes, const QDateTime &at)
{
    if (!m_cache.isOpen()) {
        return;
    }
    m_cache.run<bool>(
        this,
        [memberId, picture = AvatarStore::Picture{bytes, at}](QSqlDatabase &db) {
            return AvatarStore(db).save(memberId, picture);
        },
        [](bool) {});
}

void AvatarCache::settle(qint64 memberId, const QImage &image, const QDateTime &fetchedAt)
{
    Entry &entry = m_entries[memberId];
    const bool differs = entry.image.isNull() != image.isNull() || entry.image != image;
    entry.image = image;
    entry.fetchedAt = fetchedAt;
    entry.retryAfter = {};
    if (differs) {
        Q_EMIT changed(memberId);
    }
}

} // namespace guild::app
