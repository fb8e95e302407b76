#include "cachemigrator.h"

#include "compressedtext.h"
#include "search/fts5tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace guild::app {

namespace {

const QString Dir = u":/guild/client/migrations"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("guild::app::CacheMigrator", text);
}

bool execute(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        *error = q.lastError().text() + u" (in: "_s + statement.left(80) + u')';
        return false;
    }
    return true;
}

} // namespace

int CacheMigrator::latestVersion()
{
    const QStringList files = QDir(Dir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    return files.isEmpty() ? 0 : files.last().section(u'_', 0, 0).toInt();
}

QString CacheMigrator::migrate(int upTo)
{
    QString error;
    // Searches read the full-text indexes at random: a larger page cache and the file mapped into memory
    // (pages are read only when touched, and stay the kernel's to drop) save a system call per page read
    // (docs/performance.md: a quarter off the slowest searches). Pages of 16 KiB hold an article's row
    // with less left over than 4 KiB ones (4 % smaller a cache); only a new file takes them.
    for (const QString &pragma :
         {u"PRAGMA page_size=16384"_s, u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
          u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA cache_size=-16384"_s, u"PRAGMA mmap_size=268435456"_s}) {
        if (!execute(m_db, pragma, &error)) {
            return tr("Cannot prepare the offline cache: %1").arg(error);
        }
    }
    // The search indexes use Guild's tokenizer: known to this connection before a migration or any
    // later write touches them (the cache's one connection is prepared here).
    if (!search::registerTokenizer(m_db)) {
        return tr("This SQLite cannot search (it has no FTS5), which the offline cache needs.");
    }
    // Article bodies are stored compressed and read through these functions (migration 012).
    if (!compressedtext::registerFunctions(m_db)) {
        return tr("Cannot prepare the offline cache: %1").arg(u"guild_pack"_s);
    }
    QSqlQuery version(m_db);
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
        return tr("The offline cache is damaged: %1").arg(version.lastError().text());
    }
    const int current = version.value(0).toInt();
    version.finish(); // an open statement would lock the tables a migration drops
    const int latest = latestVersion();
    if (current > latest) {
        return tr("The offline cache was written by a newer version of Guild (schema %1, this version knows %2). "
                  "Update Guild to use it.")
            .arg(current)
            .arg(latest);
    }
    const QStringList files = QDir(Dir).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    bool applied = false;
    for (const QString &file : files) {
        const int number = file.section(u'_', 0, 0).toInt();
        if (number <= current || number > upTo) {
            continue;
        }
        QFile script(Dir + u'/' + file);
        if (!script.open(QIODevice::ReadOnly)) {
            return tr("Cannot read migration %1.").arg(file);
        }
        const QString text = QString::fromUtf8(script.readAll()).remove(QRegularExpression(u"--[^\\n]*"_s));
        if (!m_db.transaction()) {
            return tr("Cannot update the offline cache: %1").arg(m_db.lastError().text());
        }
        bool ok = true;
        for (const QString &raw : text.split(QRegularExpression(u";\\s*\\n"_s), Qt::SkipEmptyParts)) {
            const QString statement = raw.trimmed();
            if (!statement.isEmpty() && !execute(m_db, statement, &error)) {
                ok = false;
                break;
            }
        }
        // PRAGMA takes no bound parameters; the version is an integer we produced.
        if (ok && !execute(m_db, u"PRAGMA user_version = %1"_s.arg(number), &error)) {
            ok = false;
        }
        if (!ok || !m_db.commit()) {
            m_db.rollback();
            qCWarning(lcStorage) << "cache migration" << file << "failed:" << error;
            return tr("Updating the offline cache failed (%1): %2").arg(file, error);
        }
        qCInfo(lcStorage) << "applied cache migration" << file;
        applied = true;
    }
    if (applied) {
        reclaimFreePages();
    }
    return {};
}

void CacheMigrator::reclaimFreePages()
{
    // A migration that rebuilds a table (012 rewrites every article) leaves the old pages free inside
    // the file; a cache that shrank by a third on disk should say so on disk, once, at the upgrade.
    QSqlQuery q(m_db);
    if (!q.exec(
            u"SELECT (SELECT freelist_count FROM pragma_freelist_count), (SELECT page_count FROM pragma_page_count)"_s) ||
        !q.next()) {
        return;
    }
    const qint64 free = q.value(0).toLongLong();
    const qint64 total = q.value(1).toLongLong();
    q.finish();
    if (free < 256 || free * 4 < total) {
        return;
    }
    if (!q.exec(u"VACUUM"_s)) {
        qCWarning(lcStorage) << "could not compact the cache after its upgrade:" << q.lastError().text();
        return;
    }
    qCInfo(lcStorage) << "compacted the cache:" << free << "of" << total << "pages were free";
}

} // namespace guild::app
