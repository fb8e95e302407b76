#pragma once

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QObject>

namespace guild::app {

class ApiClient;
class LocalCache;

/// Pictures of one kind, by their subject's id: members' faces beside their names, or courses' covers.
/// Answers from memory at once, else from the offline cache, else from the server, each arrival
/// announced with `changed` so views repaint. A picture older than an hour is asked for again in the
/// background (people change theirs); until it arrives the one on hand keeps showing, online or not.
class PictureCache final : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        MemberAvatar, ///< GET /members/{id}/avatar
        CourseCover,  ///< GET /courses/{id}/cover
        /// GET /images/{id}: pictures in articles, lessons and answers. They never change under their
        /// id, so one kept is never asked for again; the offline copies are kept within
        /// ContentImageDiskBytes, the oldest fetched going first.
        ContentImage,
    };
    static constexpr qint64 ContentImageDiskBytes = 64 * 1024 * 1024;

    PictureCache(Kind kind, ApiClient &api, LocalCache &cache, QObject *parent = nullptr);

    /// The picture of `id` if on hand (a null image when it is not, or there is none); never waits:
    /// what is missing or old is fetched and announced with `changed`.
    QImage image(qint64 id);
    /// A picture this client just sent (empty: removed), known without asking the server.
    void put(qint64 id, const QByteArray &bytes);
    /// Forgets every picture in memory (another account's cache was opened).
    void clear();
    /// How many pictures stay in memory; past it the least recently shown go (back to the offline
    /// cache, from where they return when next shown). Faces: 2,000 of 16 KiB; covers: 200.
    void setCapacity(int pictures) { m_capacity = pictures; }
    /// Pictures in memory now.
    int size() const { return static_cast<int>(m_entries.size()); }

    /// How long a picture is trusted before it is asked for again.
    static constexpr qint64 FreshSeconds = 60 * 60;

Q_SIGNALS:
    void changed(qint64 id);

private:
    struct Entry
    {
        QImage image;
        QDateTime fetchedAt;  ///< invalid: never fetched
        QDateTime retryAfter; ///< after a failed fetch, not before
        bool loading = false;
        quint64 lastUsed = 0;
    };
    /// Whether a picture fetched at fetchedAt is asked for again (never, for immutable kinds).
    bool stale(const QDateTime &fetchedAt) const;
    /// Lets go of the least recently shown quarter when over capacity.
    void trim();
    void loadStored(qint64 id);
    void fetch(qint64 id);
    void store(qint64 id, const QByteArray &bytes, const QDateTime &at);
    /// Sets what is known and announces it when the picture changed.
    void settle(qint64 id, const QImage &image, const QDateTime &fetchedAt);
    QImage decoded(const QByteArray &bytes) const;

    Kind m_kind;
    ApiClient &m_api;
    LocalCache &m_cache;
    QHash<qint64, Entry> m_entries;
    quint64 m_generation = 0; ///< bumped by clear(), so answers for the previous account are dropped
    quint64 m_uses = 0;
    int m_capacity = 2000;
};

} // namespace guild::app
