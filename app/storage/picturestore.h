#pragma once

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace guild::app {

/// Pictures as last fetched, by kind ("avatar", "cover") and subject id; empty bytes: there is none.
/// Runs only on the LocalCache worker thread.
class PictureStore final
{
public:
    struct Picture
    {
        QByteArray bytes;
        QDateTime fetchedAt;
    };

    explicit PictureStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    std::optional<Picture> find(const QString &kind, qint64 id);
    bool save(const QString &kind, qint64 id, const Picture &picture);
    /// Keeps the newest pictures of kind within maxBytes, letting the oldest fetched go.
    bool trim(const QString &kind, qint64 maxBytes);

private:
    QSqlDatabase m_db;
};

} // namespace guild::app
