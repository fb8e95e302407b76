#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>

namespace guild::server {

class AccountEvents;
class ChatHub;
class ChatService;
class Database;

/// Delivers chat messages across server processes that share one PostgreSQL database: each new
/// message sends NOTIFY guild_chat 'instance:channel:seq' inside its transaction (so it is announced
/// exactly when it commits), and every process LISTENs and delivers what other processes stored.
/// Account changes ('instance:a:user') travel the same way, so every process's sessions follow them.
class PgFanout final : public QObject
{
    Q_OBJECT
public:
    PgFanout(Database &database, ChatService &chat, ChatHub &hub, AccountEvents &accounts, QObject *parent = nullptr);
    ~PgFanout() override;

    /// Subscribes on this thread's connection; false with `error` when the driver cannot listen.
    bool start(QString *error);
    /// Tells every server process that `userId`'s account changed, when `tx` commits (for a process
    /// that serves no chat itself, like `guild-server admin`).
    static void announceAccountChange(QSqlDatabase &tx, const QString &instance, qint64 userId);

private:
    void onNotification(const QString &name, const QVariant &payload);

    Database &m_database;
    ChatService &m_chat;
    ChatHub &m_hub;
    AccountEvents &m_accounts;
    QString m_instance;
    QThreadPool m_relayPool;
};

} // namespace guild::server
