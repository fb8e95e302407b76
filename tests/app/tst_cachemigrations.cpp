// Golden migration test of the client cache: a cache written at schema 2 (channel notification levels
// in chat_channels, no revisions) is migrated to the newest and must read exactly as the kept dump.
// Migration 3 moves levels into chat_notify and drops the old column, the one that rewrites data.

#include "storage/cachemigrator.h"
#include "support/golden.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace guild;

class TestCacheMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldCache_migratesToTheKeptDump()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"golden"_s);
            db.setDatabaseName(dir.filePath(u"cache.sqlite"_s));
            QVERIFY(db.open());
            app::CacheMigrator migrator(db);
            QCOMPARE(migrator.migrate(2), QString());
            const QString golden = QStringLiteral(GUILD_SOURCE_DIR) + u"/tests/app/golden/"_s;
            QVERIFY(test::runSqlFile(db, golden + u"cache-v002.sql"_s));
            QCOMPARE(migrator.migrate(), QString());
            QSqlQuery version(db);
            QVERIFY(version.exec(u"PRAGMA user_version"_s) && version.next());
            QCOMPARE(version.value(0).toInt(), app::CacheMigrator::latestVersion());
            const QString dump = test::dumpTables(
                db, {u"chat_channels"_s, u"chat_messages"_s, u"chat_notify"_s, u"chat_outbox"_s, u"chat_revisions"_s});
            test::compareWithGolden(dump, golden + u"cache-migrated.txt"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"golden"_s);
    }
};

QTEST_GUILESS_MAIN(TestCacheMigrations)
#include "tst_cachemigrations.moc"
