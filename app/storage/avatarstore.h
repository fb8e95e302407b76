#pragma once

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace guild::app {

/// Members' pictures as last fetched (empty bytes: the member has none). Runs only on the LocalCache
/// worker thread.
class AvatarStore final
{
public:
    struct Picture
    {
        QByteArray bytes;
        QDateTime fetchedAt;
    };

    explicit AvatarStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    std::optional<Picture> find(qint64 memberId);
    bool save(qint64 memberId, const Picture &picture);

private:
    QSqlDatabase m_db;
};

} // namespace guild::app
