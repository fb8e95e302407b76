#include "unreadcounter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace guild::app {

namespace {

std::optional<int> unreadIn(const QString &path)
{
    std::optional<int> unread;
    const QString name = u"guild-unread-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT COALESCE(SUM(MAX(0, COALESCE((SELECT MAX(seq) FROM chat_messages m "
                       u"WHERE m.channel_id = c.id), 0) - c.last_read_seq)), 0) FROM chat_channels c"_s) &&
                q.next()) {
                unread = q.value(0).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return unread;
}

} // namespace

void UnreadCounter::count(const QString &key, const QString &cachePath)
{
    if (!QFileInfo::exists(cachePath)) {
        return;
    }
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
