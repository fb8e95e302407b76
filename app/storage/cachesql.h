#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <optional>

// Helpers shared by the cache's repositories (ArticleCache, ChatStore): prepared statements with bound
// values, the text and search conventions of the cache, and all-or-nothing transactions.
namespace guild::app::cachesql {

/// Prepares, binds and runs; nullopt (with a logged reason) on failure.
std::optional<QSqlQuery> query(QSqlDatabase &db, const QString &statement, const QVariantList &bindings = {});
inline bool run(QSqlDatabase &db, const QString &statement, const QVariantList &bindings = {})
{
    return query(db, statement, bindings).has_value();
}
/// A statement prepared once and run for many rows: each run binds `bindings` and executes; false
/// (with the reason logged and remembered, as query() does) on failure.
class Prepared
{
public:
    Prepared(QSqlDatabase &db, const QString &statement);
    bool run(const QVariantList &bindings);

private:
    QSqlQuery m_query;
    QString m_statement;
    bool m_prepared = false;
};

/// QSQLITE binds a null QString as NULL; NOT NULL text columns need empty text instead.
QString text(const QString &s);
/// "%term%" with LIKE's wildcards escaped, for `LIKE ? ESCAPE '\'`.
QString likeContains(const QString &term);
/// Runs `work` in a transaction, committed if it returns true and rolled back otherwise.
bool transaction(QSqlDatabase &db, const std::function<bool()> &work);
/// Whether the last statement that failed on this thread failed because the disk is full: worth telling
/// the member in so many words (nothing already stored is lost, and freeing space fixes it).
bool lastFailureWasDiskFull();

} // namespace guild::app::cachesql
