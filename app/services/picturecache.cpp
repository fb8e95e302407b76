#include "picturecache.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "storage/localcache.h"
#include "storage/picturestore.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace guild::app {

namespace endpoints = protocol::endpoints;

namespace {
constexpr qint64 RetrySeconds = 60;

/// What differs between the kinds of picture, in one place.
struct KindTraits
{
    QString storeKind;            ///< its rows in the offline cache's pictures table
    const protocol::Route &route; ///< where it is fetched from
    qsizetype bytesMax;           ///< larger is not one of ours
    int capacity;                 ///< pictures kept in memory
    bool immutable;               ///< never changes under its id: never asked for again
    qint64 diskBytes;             ///< the offline copies' bound, 0 for none
};

const KindTraits &traitsOf(PictureCache::Kind kind)
{
    static const KindTraits avatar{
        u"avatar"_s, endpoints::MemberAvatar, protocol::limits::AvatarBytesMax, 2000, false, 0};
    static const KindTraits cover{u"cover"_s, endpoints::CourseCover, protocol::limits::CoverBytesMax, 200, false, 0};
    static const KindTraits image{
        u"image"_s, endpoints::Image, protocol::limits::ImageBytesMax, 60, true, PictureCache::ContentImageDiskBytes};
    switch (kind) {
    case PictureCache::Kind::MemberAvatar:
        return avatar;
    case PictureCache::Kind::CourseCover:
        return cover;
    case PictureCache::Kind::ContentImage:
        break;
    }
    return image;
}
} // namespace

PictureCache::PictureCache(Kind kind, ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_api(api)
    , m_cache(cache)
    , m_capacity(traitsOf(kind).capacity)
{}

bool PictureCache::stale(const QDateTime &fetchedAt) const
{
    return !fetchedAt.isValid() ||
           (!traitsOf(m_kind).immutable && fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) > FreshSeconds);
}

QImage PictureCache::decoded(const QByteArray &bytes) const
{
    // Pictures are small (a face at most 64 KiB, a cover 256 KiB, both made small before upload):
    // decoding one here takes well under a millisecond. Anything larger is not one of ours.
    QImage image = bytes.isEmpty() || bytes.size() > traitsOf(m_kind).bytesMax ? QImage() : QImage::fromData(bytes);
    // Kept at the most a view paints them on a high-density screen (a 32 px face, a 222 × 110 tile,
    // twice over), not as sent: 16 KiB a face in memory instead of 64, a cover a half of its size.
    if (m_kind == Kind::MemberAvatar && image.width() > 64 && image.height() > 64) {
        image = image.scaled(64, 64, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation); // it is cropped round
    } else if (m_kind == Kind::CourseCover && (image.width() > 480 || image.height() > 480)) {
        image = image.scaled(480, 480, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

QImage PictureCache::image(qint64 id)
{
    if (id <= 0) {
        return {};
    }
    auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        trim();
        it = m_entries.insert(id, Entry{});
        it->loading = true;
        it->lastUsed = ++m_uses;
        loadStored(id);
        return {};
    }
    it->lastUsed = ++m_uses;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (stale(it->fetchedAt) && !it->loading && (!it->retryAfter.isValid() || now >= it->retryAfter)) {
        it->loading = true;
        fetch(id);
    }
    return it->image;
}

void PictureCache::put(qint64 id, const QByteArray &bytes)
{
    if (id <= 0) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store(id, bytes, now);
    settle(id, decoded(bytes), now);
}

void PictureCache::trim()
{
    if (m_entries.size() < m_capacity) {
        return;
    }
    QList<std::pair<quint64, qint64>> idle; // (last used, id) of those not being fetched
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!it->loading) {
            idle.append({it->lastUsed, it.key()});
        }
    }
    std::sort(idle.begin(), idle.end());
    const qsizetype drop = std::max<qsizetype>(1, m_capacity / 4);
    for (qsizetype i = 0; i < std::min(drop, idle.size()); ++i) {
        m_entries.remove(idle.at(i).second);
    }
}

void PictureCache::clear()
{
    ++m_generation;
    m_entries.clear();
}

void PictureCache::loadStored(qint64 id)
{
    if (!m_cache.isOpen()) {
        fetch(id);
        return;
    }
    m_cache.run<std::optional<PictureStore::Picture>>(
        this, [kind = traitsOf(m_kind).storeKind, id](QSqlDatabase &db) { return PictureStore(db).find(kind, id); },
        [this, id, generation = m_generation](std::optional<PictureStore::Picture> stored) {
            if (generation != m_generation) {
                return;
            }
            if (stored) {
                settle(id, decoded(stored->bytes), stored->fetchedAt);
            }
            if (!stored || stale(stored->fetchedAt)) {
                fetch(id);
            } else {
                m_entries[id].loading = false;
            }
        });
}

void PictureCache::fetch(qint64 id)
{
    m_entries[id].loading = true;
    const protocol::Route &route = traitsOf(m_kind).route;
    m_api.getRaw(route, route.url(id), this, [this, id, generation = m_generation](const ApiResponse &r) {
        if (generation != m_generation) {
            return;
        }
        Entry &entry = m_entries[id];
        entry.loading = false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // 404: there is no picture (or no such member or course), which is an answer worth keeping.
        // Anything else that failed (offline, a refresh in flight) is tried again later.
        if (!r.ok && r.status != 404) {
            entry.retryAfter = now.addSecs(RetrySeconds);
            return;
        }
        const QByteArray bytes = r.ok ? r.body : QByteArray();
        store(id, bytes, now);
        settle(id, decoded(bytes), now);
    });
}

void PictureCache::store(qint64 id, const QByteArray &bytes, const QDateTime &at)
{
    if (!m_cache.isOpen()) {
        return;
    }
    m_cache.run<bool>(
        this,
        [kind = traitsOf(m_kind).storeKind, id, picture = PictureStore::Picture{bytes, at},
         bound = traitsOf(m_kind).diskBytes](QSqlDatabase &db) {
            const bool saved = PictureStore(db).save(kind, id, picture);
            return bound > 0 ? PictureStore(db).trim(kind, bound) && saved : saved;
        },
        [](bool) {});
}

void PictureCache::settle(qint64 id, const QImage &image, const QDateTime &fetchedAt)
{
    if (!m_entries.contains(id)) {
        trim();
    }
    Entry &entry = m_entries[id];
    const bool differs = entry.image.isNull() != image.isNull() || entry.image != image;
    entry.image = image;
    entry.fetchedAt = fetchedAt;
    entry.retryAfter = {};
    if (differs) {
        Q_EMIT changed(id);
    }
}

} // namespace guild::app
