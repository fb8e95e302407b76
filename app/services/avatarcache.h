#pragma once

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QObject>

namespace guild::app {

class ApiClient;
class LocalCache;

/// Members' pictures for the names shown in chat, comments and Q&A: from memory at once, else from the
/// offline cache, else from the server, each answer announced with `changed` so views repaint. A picture
/// older than an hour is asked for again in the background (members change theirs); until it arrives
/// the one on hand keeps showing, online or not.
class AvatarCache final : public QObject
{
    Q_OBJECT
public:
    AvatarCache(ApiClient &api, LocalCache &cache, QObject *parent = nullptr);

    /// The picture of `memberId` if on hand (a null image when it is not, or the member has none);
    /// never waits: what is missing or old is fetched and announced with `changed`.
    QImage image(qint64 memberId);
    /// The member's own new picture (empty: removed), known without asking the server.
    void put(qint64 memberId, const QByteArray &bytes);
    /// Forgets every picture in memory (another account's cache was opened).
    void clear();

    /// How long a picture is trusted before it is asked for again.
    static constexpr qint64 FreshSeconds = 60 * 60;

Q_SIGNALS:
    void changed(qint64 memberId);

private:
    struct Entry
    {
        QImage image;
        QDateTime fetchedAt;  ///< invalid: never fetched
        QDateTime retryAfter; ///< after a failed fetch, not before
        bool loading = false;
    };
    void loadStored(qint64 memberId);
    void fetch(qint64 memberId);
    void store(qint64 memberId, const QByteArray &bytes, const QDateTime &at);
    /// Sets what is known and announces it when the picture changed.
    void settle(qint64 memberId, const QImage &image, const QDateTime &fetchedAt);

    ApiClient &m_api;
    LocalCache &m_cache;
    QHash<qint64, Entry> m_entries;
    quint64 m_generation = 0; ///< bumped by clear(), so answers for the previous account are dropped
};

} // namespace guild::app
