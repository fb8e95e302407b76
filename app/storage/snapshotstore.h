#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace guild::app {

/// A value the server gave, and when it was saved.
template <typename T>
struct Snapshot
{
    T value;
    QDateTime savedAt;
};

/// The last answers the server gave about the member (table snapshots, cache migration 014), one per
/// key, as the protocol's JSON: who they are, their membership, standing and the tiers on offer. Runs
/// only on the LocalCache worker thread.
class SnapshotStore final
{
public:
    explicit SnapshotStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool remove(const QString &key);
    /// Forgets every snapshot whose key starts with one of `prefixes` (what a closed lease may not keep).
    bool removeStartingWith(const QStringList &prefixes);

    template <typename T>
    bool save(const QString &key, const T &value)
    {
        return saveJson(key, value.toJson());
    }
    /// Nothing when never saved, or saved by a version whose JSON this one cannot read.
    template <typename T>
    std::optional<Snapshot<T>> load(const QString &key)
    {
        auto raw = loadJson(key);
        if (!raw) {
            return std::nullopt;
        }
        auto value = T::fromJson(raw->value);
        if (!value) {
            return std::nullopt;
        }
        return Snapshot<T>{std::move(*value), raw->savedAt};
    }

private:
    bool saveJson(const QString &key, const QJsonObject &json);
    std::optional<Snapshot<QJsonObject>> loadJson(const QString &key);

    QSqlDatabase m_db;
};

} // namespace guild::app
