#pragma once

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// Figures of days that can no longer change, kept once computed (analytics_memo), so a report over a
/// long range reads them instead of scanning the rollups again. Load what a report may need, look up,
/// keep what was computed, and save once at the end.
class AnalyticsMemo final
{
public:
    explicit AnalyticsMemo(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Reads every kept figure whose last day is in [fromDay, toDay].
    void load(int fromDay, int toDay);
    std::optional<double> find(const QString &kind, int fromDay, int toDay, qint64 extra = 0) const;
    /// Keeps a figure for save().
    void keep(const QString &kind, int fromDay, int toDay, qint64 extra, double value);
    /// Writes the figures kept since load in one transaction; one already there (another server process
    /// computed it too) stays as it is.
    void save();
    int loaded() const { return m_loaded; }

private:
    struct Key
    {
        QString kind;
        int fromDay;
        int toDay;
        qint64 extra;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.kind, k.fromDay, k.toDay, k.extra);
        }
    };

    QSqlDatabase m_db;
    QHash<Key, double> m_known;
    QList<std::pair<Key, double>> m_new;
    int m_loaded = 0;
};

} // namespace guild::server
