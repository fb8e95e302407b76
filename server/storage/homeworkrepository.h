#pragma once

#include "protocol/course.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// Homework submissions and their reviews.
class HomeworkRepository final
{
public:
    explicit HomeworkRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    qint64 submit(qint64 userId, qint64 lessonId, qint64 courseId, const QString &body, qint64 now);
    std::optional<protocol::course::Homework> find(qint64 id);
    /// The owner of a submission (0 if none).
    qint64 ownerOf(qint64 id);
    QList<protocol::course::Homework> mine(qint64 userId, qint64 lessonId);
    /// Waiting for review, oldest first; `authorId` 0 for every course (admins).
    QList<protocol::course::Homework> queue(qint64 authorId, int limit);
    /// Only a submission still waiting is reviewed; false if someone else got there first.
    bool review(qint64 id, qint64 reviewerId, protocol::course::HomeworkStatus verdict, const QString &comment,
                qint64 now);

private:
    QList<protocol::course::Homework> list(const QString &where, const QVariantList &bindings);

    QSqlDatabase m_db;
};

} // namespace guild::server
