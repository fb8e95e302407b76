#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace guild::server::demo {

/// Eight weeks of history for the dashboard: the demo accounts joined at different times in the past,
/// used Guild on most days since (active and reading time, finished articles, messages, answers,
/// posts), and Pat Premium paid twice by the month and then let it lapse. Deterministic; inside the
/// seeding transaction.
void seedDemoUsage(QSqlDatabase &db, const QHash<QString, qint64> &accounts, qint64 now);

} // namespace guild::server::demo
