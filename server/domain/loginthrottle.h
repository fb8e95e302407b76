#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QString>

namespace guild::server {

/// Counts failed logins per client address and per account in a sliding window; past the limit,
/// further attempts are refused until the window has moved on. In-process: each server instance
/// throttles on its own (nginx in front adds a global per-address limit in production).
class LoginThrottle final
{
public:
    struct Limits
    {
        int perAccount = 10;
        int perAddress = 30;
        qint64 windowMs = 15 * 60 * 1000;
    };
    explicit LoginThrottle(Limits limits);
    LoginThrottle()
        : LoginThrottle(Limits{})
    {}

    /// Seconds until a new attempt is allowed; 0 when it is allowed now.
    int retryAfter(const QString &address, const QString &account);
    void recordFailure(const QString &address, const QString &account);
    void recordSuccess(const QString &account);

private:
    struct Window
    {
        QList<qint64> failures;
    };
    static int secondsUntilFree(Window &window, int limit, qint64 now, qint64 windowMs);
    void prune(QHash<QString, Window> &windows, qint64 now) const;
    static constexpr qsizetype PruneThreshold = 10000;

    Limits m_limits;
    QMutex m_mutex;
    QHash<QString, Window> m_byAddress;
    QHash<QString, Window> m_byAccount;
};

} // namespace guild::server
