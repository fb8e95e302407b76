#include "onlinebackup.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <memory>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

Connection open(const QString &path, int flags, QString *why)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK) {
        *why = u"cannot open %1: %2"_s.arg(path, QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
        return nullptr;
    }
    sqlite3_busy_timeout(db.get(), 10'000); // a server's write in progress finishes first
    return db;
}

} // namespace

QString OnlineBackup::copy(const QString &source, const QString &target)
{
    if (!QFileInfo(source).isFile()) {
        return u"there is no database at %1"_s.arg(source);
    }
    QString why;
    const Connection from = open(source, SQLITE_OPEN_READONLY, &why);
    if (!from) {
        return why;
    }
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    {
        // Created private before SQLite writes a byte into it.
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return u"cannot write %1: %2"_s.arg(partial, file.errorString());
        }
    }
    const auto fail = [&partial](const QString &reason) {
        QFile::remove(partial);
        return reason;
    };
    Connection to = open(partial, SQLITE_OPEN_READWRITE, &why);
    if (!to) {
        return fail(why);
    }
    // One step for the whole file: it reads under one snapshot, so the copy is a single moment; in WAL
    // mode that snapshot does not hold the servers' writers up.
    sqlite3_backup *backup = sqlite3_backup_init(to.get(), "main", from.get(), "main");
    if (!backup) {
        return fail(u"cannot start the backup: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(to.get()))));
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
    } while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        return fail(u"the backup stopped: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(rc))));
    }
    // A copy nobody can restore is worse than none: check it before it takes the target's name.
    sqlite3_stmt *check = nullptr;
    QString verdict;
    if (sqlite3_prepare_v2(to.get(), "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK &&
        sqlite3_step(check) == SQLITE_ROW) {
        verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)));
    }
    sqlite3_finalize(check);
    if (verdict != u"ok"_s) {
        return fail(u"the copy does not check out: %1"_s.arg(verdict));
    }
    if (sqlite3_exec(to.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return fail(u"cannot finish the copy: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(to.get()))));
    }
    to.reset();
    // rename(2) replaces an earlier backup in one step: there is always a whole one at `target`.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        return fail(u"cannot rename %1 to %2"_s.arg(partial, target));
    }
    return {};
}

} // namespace guild::server
