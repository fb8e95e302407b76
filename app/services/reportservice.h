#pragma once

#include <QObject>

namespace guild::app {

class ApiClient;

/// A member's reports to the moderators: a comment, answer, question or chat message, with why.
/// Needs a connection (a report is about now, not something to queue); the answer comes as notice.
class ReportService final : public QObject
{
    Q_OBJECT
public:
    explicit ReportService(ApiClient &api, QObject *parent = nullptr);

    /// `kind`: "comment", "answer", "question" or "message".
    void report(const QString &kind, qint64 id, const QString &reason);

Q_SIGNALS:
    void notice(const QString &message, bool ok);

private:
    ApiClient &m_api;
};

} // namespace guild::app
