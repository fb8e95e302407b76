#include "pgfanout.h"

#include "chathub.h"
#include "domain/accountevents.h"
#include "domain/chatservice.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcChat)

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {
const QString Channel = u"guild_chat"_s;
}

PgFanout::PgFanout(Database &database, ChatService &chat, ChatHub &hub, AccountEvents &accounts, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_chat(chat)
    , m_hub(hub)
    , m_accounts(accounts)
    , m_instance(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    m_relayPool.setMaxThreadCount(1);
}

PgFanout::~PgFanout()
{
    m_accounts.setRemote({});
    m_hub.setRelay({});
    m_relayPool.waitForDone();
}

bool PgFanout::start(QString *error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.driver()->subscribeToNotification(Channel)) {
        *error = u"cannot LISTEN %1: %2"_s.arg(Channel, db.driver()->lastError().text());
        return false;
    }
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                onNotification(name, payload);
            });
    m_chat.setOnAppend([instance = m_instance](QSqlDatabase &tx, const protocol::chat::Message &m) {
        sql::exec(tx, u"SELECT pg_notify(?, ?)"_s, {Channel, u"%1:%2:%3"_s.arg(instance).arg(m.channelId).arg(m.seq)});
    });
    m_hub.setRelay([this](const QString &payload) {
        // Ephemeral events belong to no transaction; one relay thread keeps them in order and off the
        // server thread.
        m_relayPool.start([this, message = QString(m_instance + u':' + payload)] {
            try {
                sql::exec(m_database.connection(), u"SELECT pg_notify(?, ?)"_s, {Channel, message});
            } catch (const sql::Error &e) {
                qCWarning(lcChat) << "cannot relay" << message << e.sqlError().text();
            }
        });
    });
    m_chat.setOnDirect([instance = m_instance](QSqlDatabase &tx, qint64 channel, qint64 a, qint64 b) {
        sql::exec(tx, u"SELECT pg_notify(?, ?)"_s,
                  {Channel, u"%1:d:%2:%3:%4"_s.arg(instance).arg(channel).arg(a).arg(b)});
    });
    m_chat.setOnRead([instance = m_instance](QSqlDatabase &tx, qint64 user, qint64 channel, qint64 seq) {
        sql::exec(tx, u"SELECT pg_notify(?, ?)"_s,
                  {Channel, u"%1:r:%2:%3:%4"_s.arg(instance).arg(user).arg(channel).arg(seq)});
    });
    m_chat.setOnChange([instance = m_instance](QSqlDatabase &tx, const protocol::chat::Message &m) {
        sql::exec(tx, u"SELECT pg_notify(?, ?)"_s, {Channel, u"%1:u:%2"_s.arg(instance).arg(m.id)});
    });
    m_chat.setOnNotify([instance = m_instance](QSqlDatabase &tx, qint64 user, const protocol::chat::NotifyPref &p) {
        sql::exec(tx, u"SELECT pg_notify(?, ?)"_s,
                  {Channel, u"%1:n:%2:%3:%4:%5"_s.arg(instance)
                                .arg(user)
                                .arg(p.channelId)
                                .arg(p.threadId)
                                .arg(protocol::chat::notifyLevelCode(p.level))});
    });
    m_accounts.setRemote(
        [instance = m_instance](QSqlDatabase &tx, qint64 user) { announceAccountChange(tx, instance, user); });
    qCInfo(lcChat) << "chat fan-out over PostgreSQL LISTEN/NOTIFY as instance" << m_instance;
    return true;
}

void PgFanout::announceAccountChange(QSqlDatabase &tx, const QString &instance, qint64 userId)
{
    sql::exec(tx, u"SELECT pg_notify(?, ?)"_s, {Channel, u"%1:a:%2"_s.arg(instance).arg(userId)});
}

void PgFanout::onNotification(const QString &name, const QVariant &payload)
{
    if (name != Channel) {
        return;
    }
    const QStringList parts = payload.toString().split(u':');
    bool channelOk = false;
    bool seqOk = false;
    if (parts.isEmpty() || parts[0] == m_instance) {
        return; // ours: already delivered locally, in order
    }
    if (parts.size() == 5 && parts[1] == u"d"_s) {
        bool aOk = false;
        bool bOk = false;
        const qint64 channel = parts[2].toLongLong(&channelOk);
        const qint64 a = parts[3].toLongLong(&aOk);
        const qint64 b = parts[4].toLongLong(&bOk);
        if (channelOk && aOk && bOk) {
            m_hub.addDirect(channel, a, b);
        }
        return;
    }
    if (parts.size() >= 5 && parts[1] == u"t"_s) {
        bool userOk = false;
        const qint64 channel = parts[2].toLongLong(&channelOk);
        const qint64 user = parts[3].toLongLong(&userOk);
        if (channelOk && userOk) {
            m_hub.broadcastTyping(channel, user, parts.mid(4).join(u':'), false);
        }
        return;
    }
    if (parts.size() >= 5 && parts[1] == u"p"_s) {
        bool userOk = false;
        const qint64 user = parts[2].toLongLong(&userOk);
        if (userOk) {
            m_hub.remotePresence(parts[0], user, parts.mid(4).join(u':'), parts[3]);
        }
        return;
    }
    if (parts.size() == 2 && parts[1] == u"q"_s) {
        m_hub.relayPresence(); // a process started and asks who is here
        return;
    }
    if (parts.size() == 5 && parts[1] == u"r"_s) {
        bool userOk = false;
        const qint64 user = parts[2].toLongLong(&userOk);
        const qint64 channel = parts[3].toLongLong(&channelOk);
        const qint64 marker = parts[4].toLongLong(&seqOk);
        if (userOk && channelOk && seqOk) {
            m_hub.broadcastRead(user, channel, marker);
        }
        return;
    }
    if (parts.size() == 3 && parts[1] == u"a"_s) {
        bool userOk = false;
        const qint64 user = parts[2].toLongLong(&userOk);
        if (userOk) {
            m_hub.accountChanged(user);
        }
        return;
    }
    if (parts.size() == 3 && parts[1] == u"u"_s) {
        const qint64 messageId = parts[2].toLongLong(&seqOk);
        if (seqOk) {
            m_hub.deliverRemoteUpdate(messageId);
        }
        return;
    }
    if (parts.size() == 6 && parts[1] == u"n"_s) {
        bool userOk = false;
        bool threadOk = false;
        const qint64 user = parts[2].toLongLong(&userOk);
        const qint64 channel = parts[3].toLongLong(&channelOk);
        const qint64 thread = parts[4].toLongLong(&threadOk);
        const auto level = protocol::chat::notifyLevelFromCode(parts[5]);
        if (userOk && channelOk && threadOk && level) {
            m_hub.broadcastNotify(user, {channel, thread, *level});
        }
        return;
    }
    if (parts.size() != 3) {
        return;
    }
    const qint64 channelId = parts[1].toLongLong(&channelOk);
    const qint64 seq = parts[2].toLongLong(&seqOk);
    if (channelOk && seqOk) {
        m_hub.deliverRemote(channelId, seq);
    }
}

} // namespace guild::server
