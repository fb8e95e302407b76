#pragma once

#include "models/searchresultmodel.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace guild::app {

/// A community this computer knows besides the one open: where its cache is, what it is called.
struct OtherCommunity
{
    QString key;
    QString name;
    QString cachePath;
};

/// The search box's reach into the other communities this computer knows: their cached articles,
/// searched off the window's thread, each cache through a read-only connection of its own (with Guild's
/// tokenizer), so the open community's cache is not touched. A search typed over is dropped.
class ElsewhereSearch final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setCommunities(QList<OtherCommunity> communities) { m_communities = std::move(communities); }
    const QList<OtherCommunity> &communities() const { return m_communities; }
    /// Answers with found() (nothing when there is no other community).
    void search(const QString &words, const models::SearchFilter &filter, int perCommunity);
    /// A search still running is not answered.
    void cancel() { ++*m_latest; }

    /// The hits in one cache file (for tests and the pool).
    static QList<models::SearchHit> searchFile(const OtherCommunity &community, const QString &words,
                                               const models::SearchFilter &filter, int limit);

Q_SIGNALS:
    void found(const QString &words, const QList<guild::models::SearchHit> &hits);

private:
    QList<OtherCommunity> m_communities;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace guild::app
