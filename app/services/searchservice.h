#pragma once

#include "elsewheresearch.h"
#include "models/searchresultmodel.h"
#include "protocol/api/search.h"
#include "searchindexer.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace guild::app {

class ApiClient;
class LocalCache;

/// The search box over everything cached (articles, courses and lessons, chat messages) and, online,
/// what the server finds besides (questions, answers, comments and events, and whatever the cache does
/// not hold), as the member types. Cache queries run on the cache's thread; one typed over before it ran
/// is skipped there, and an answer for anything but the latest text is dropped, so a fast typist never
/// waits for the searches of their earlier keys. The server is asked once typing pauses.
class SearchService final : public QObject
{
    Q_OBJECT
public:
    SearchService(ApiClient &api, LocalCache &cache, QObject *parent = nullptr);

    /// Searches for `text`, narrowed by `filter`; answers with resultsReady, first from the cache and
    /// again when the server's results are merged in (empty text: empty results at once).
    void search(const QString &text, const guild::models::SearchFilter &filter = {});

    /// Fills the indexes a migration made anew, in the background (started once the cache is open).
    SearchIndexer &indexer() { return m_indexer; }
    /// The other communities this computer knows: their cached articles are searched too.
    ElsewhereSearch &elsewhere() { return m_elsewhere; }

    /// How many hits of each kind the search box shows.
    static constexpr int HitsPerKind = 20;
    /// How long typing must pause before the server is asked (the cache answers every key).
    static constexpr int ServerDelayMs = 250;

    /// The server's results turned into hits and added to `results` after the cached ones, each group
    /// at most `perGroup`: only what the cache did not find, marked online; those the filter's period
    /// leaves out are dropped.
    static void merge(models::SearchResults &results, const protocol::SearchPage &page,
                      const models::SearchFilter &filter, int perGroup = HitsPerKind);

Q_SIGNALS:
    void resultsReady(const QString &text, const guild::models::SearchResults &results);

private:
    void askServer();
    void publish();

    ApiClient &m_api;
    LocalCache &m_cache;
    SearchIndexer m_indexer;
    ElsewhereSearch m_elsewhere;
    std::optional<QList<models::SearchHit>> m_fromElsewhere;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    QTimer m_serverDelay;
    /// The search being answered: its text and filter, and what has come back for it.
    QString m_text;
    QString m_words; ///< the text without the narrowing typed in it (#tag, from:name)
    models::SearchFilter m_filter;
    std::optional<models::SearchResults> m_local;
    std::optional<protocol::SearchPage> m_remote;
    bool m_asking = false;
};

} // namespace guild::app
