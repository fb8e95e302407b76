#pragma once

#include "protocol/course.h"

#include <QSqlDatabase>

namespace guild::server {

/// What members are told about: reviewed homework, answered feedback (notifications).
class NotificationRepository final
{
public:
    explicit NotificationRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    void notify(qint64 userId, const QString &kind, const QString &text, qint64 subjectId, qint64 now);
    /// The member's newest first.
    QList<protocol::course::Notification> latest(qint64 userId, int limit);
    void markRead(qint64 userId, const QList<qint64> &ids, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
