#pragma once

#include "models/searchresultmodel.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace guild::app {

class LocalCache;

/// The search box over everything cached (articles, courses and lessons, chat messages), as the member types. Queries
/// run on the cache's thread; one typed over before it ran is skipped there, and an answer for anything but the latest
/// text is dropped, so a fast typist never waits for the searches of their earlier keys.
class SearchService final : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(LocalCache &cache, QObject *parent = nullptr);

    /// Searches for `text`, narrowed by `filter`; answers with resultsReady (empty text: empty results at once).
    void search(const QString &text, const guild::models::SearchFilter &filter = {});

    /// How many hits of each kind the search box shows.
    static constexpr int HitsPerKind = 20;

Q_SIGNALS:
    void resultsReady(const QString &text, const QList<guild::models::SearchHit> &articles,
                      const QList<guild::models::SearchHit> &courses, const QList<guild::models::SearchHit> &messages);

private:
    LocalCache &m_cache;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace guild::app
