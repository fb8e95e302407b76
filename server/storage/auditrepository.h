#pragma once

#include <QDateTime>
#include <QSqlDatabase>

namespace guild::server {

/// The audit log: every administrative action, who took it (a member, or the command line), on what.
class AuditRepository final
{
public:
    explicit AuditRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    struct Entry
    {
        qint64 id = 0;
        qint64 actorId = 0; ///< 0: the command line (or an account since deleted)
        QString actor;
        QString action;
        QString target;
        QString detail;
        qint64 createdAt = 0;
    };
    void append(const Entry &entry);
    /// Newest first, before `beforeId` (0: from the newest).
    QList<Entry> list(qint64 beforeId, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
