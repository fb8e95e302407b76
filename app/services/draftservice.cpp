#include "draftservice.h"

#include "storage/cachesql.h"
#include "storage/localcache.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace guild::app {

DraftService::DraftService(LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &DraftService::flush);
}

DraftService::~DraftService()
{
    flush();
}

void DraftService::save(const QString &key, const QString &text)
{
    m_unsaved.insert(key, text);
    m_pause.start(); // written once typing pauses, not at every key
}

void DraftService::discard(const QString &key)
{
    save(key, QString());
    flush();
}

void DraftService::flush()
{
    m_pause.stop();
    if (m_unsaved.isEmpty() || !m_cache.isOpen()) {
        return;
    }
    m_cache.run<bool>(
        this,
        [drafts = std::exchange(m_unsaved, {})](QSqlDatabase &db) {
            return cachesql::transaction(db, [&] {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                for (auto it = drafts.cbegin(); it != drafts.cend(); ++it) {
                    const bool ok = it.value().trimmed().isEmpty()
                                        ? cachesql::run(db, u"DELETE FROM drafts WHERE key = ?"_s, {it.key()})
                                        : cachesql::run(db,
                                                        u"INSERT INTO drafts (key, text, saved_at) VALUES (?, ?, ?) "
                                                        "ON CONFLICT(key) DO UPDATE SET text = excluded.text, "
                                                        "saved_at = excluded.saved_at"_s,
                                                        {it.key(), it.value(), now});
                    if (!ok) {
                        return false;
                    }
                }
                return true;
            });
        },
        [](bool) {});
}

void DraftService::load(const QString &key, QObject *context, std::function<void(const QString &)> done)
{
    if (const auto typed = m_unsaved.constFind(key); typed != m_unsaved.cend()) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), text = *typed] { done(text); }, Qt::QueuedConnection);
        return;
    }
    m_cache.run<QString>(
        context,
        [key](QSqlDatabase &db) {
            auto q = cachesql::query(db, u"SELECT text FROM drafts WHERE key = ?"_s, {key});
            return q && q->next() ? q->value(0).toString() : QString();
        },
        [done = std::move(done)](const QString &text) { done(text); });
}

} // namespace guild::app
