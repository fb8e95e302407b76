#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace guild::app {

class LocalCache;

/// What the member is writing, kept in the cache as they type (half a second after they pause), so a
/// comment, an answer, a post or homework survives a crash, a restart or looking elsewhere for a
/// while. Keyed by what it is for ("comment:42", "answer:7", "post:new", "homework:12").
class DraftService final : public QObject
{
    Q_OBJECT
public:
    explicit DraftService(LocalCache &cache, QObject *parent = nullptr);
    ~DraftService() override;

    /// Keeps `text` under `key` (empty text: the draft goes), shortly.
    void save(const QString &key, const QString &text);
    /// The draft under `key` (empty when there is none), on `context`'s thread; one being typed counts.
    void load(const QString &key, QObject *context, std::function<void(const QString &)> done);
    /// The text was sent: its draft goes.
    void discard(const QString &key);
    /// Writes what waits now (the cache is about to close).
    void flush();

    static constexpr int PauseMs = 500;

private:
    LocalCache &m_cache;
    QHash<QString, QString> m_unsaved;
    QTimer m_pause;
};

} // namespace guild::app
