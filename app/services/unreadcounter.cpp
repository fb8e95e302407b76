#include "unreadcounter.h"

#include "storage/readonlycache.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlQuery>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace guild::app {

namespace {

std::optional<int> unreadIn(const QString &path)
{
    std::optional<int> unread;
    readOnlyCache(path, [&unread](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT COALESCE(SUM(MAX(0, COALESCE((SELECT MAX(seq) FROM chat_messages m "
                   u"WHERE m.channel_id = c.id), 0) - c.last_read_seq)), 0) FROM chat_channels c"_s) &&
            q.next()) {
            unread = q.value(0).toInt();
        }
    });
    return unread;
}

} // namespace

void UnreadCounter::count(const QString &key, const QString &cachePath)
{
    QThreadPool::globalInstance()->start([self = QPointer<UnreadCounter>(this), key, cachePath] {
        const std::optional<int> unread = unreadIn(cachePath);
        if (!unread) {
            return;
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, key, n = *unread] {
                if (self) {
                    Q_EMIT self->counted(key, n);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace guild::app
