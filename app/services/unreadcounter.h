#pragma once

#include <QObject>

namespace guild::app {

/// How many chat messages wait unread in another community's cache (as of when it was last open): read
/// off the window's thread through a read-only connection of its own, so the open cache is not touched.
class UnreadCounter final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Answers with counted(); nothing when the file is not there or cannot be read.
    void count(const QString &key, const QString &cachePath);

Q_SIGNALS:
    void counted(const QString &key, int unread);
};

} // namespace guild::app
