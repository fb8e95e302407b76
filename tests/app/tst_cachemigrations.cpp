// Golden migration test of the client cache: a cache written at schema 2 (channel notification levels
// in chat_channels, no revisions) is migrated to the newest and must read exactly as the kept dump.
// Migration 3 moves levels into chat_notify and drops the old column, the one that rewrites data.
// Migration 12 rebuilds the articles table with the bodies packed: what was cached reads the same,
// stays found by the search index it had, and the file gives back the space.

#include "storage/cachemigrator.h"
#include "support/golden.h"

#include <QSqlDatabase>
#include <QSqlQuery>
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

    void articleBodies_packedByTheUpgrade_readTheSame()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"packed"_s);
            db.setDatabaseName(dir.filePath(u"cache.sqlite"_s));
            QVERIFY(db.open());
            app::CacheMigrator migrator(db);
            QCOMPARE(migrator.migrate(11), QString());
            const QString longBody =
                QString(u"线程池里的每个线程都在等待任务。Threads wait in the pool. "_s).repeated(40);
            const QList<QVariant> bodies{longBody, u"短"_s, QVariant(QMetaType::fromType<QString>()), u""_s};
            QSqlQuery insert(db);
            QVERIFY(
                insert.prepare(u"INSERT INTO articles (id, title, summary, body, author, tags, required_tier, locked, "
                               "likes, comments, liked_by_me, published_at, updated_at) "
                               "VALUES (?, 'title', 'summary', ?, 'author', '', 0, 0, 0, 0, 0, ?, 0)"_s));
            for (int i = 0; i < bodies.size(); ++i) {
                insert.addBindValue(i + 1);
                insert.addBindValue(bodies[i]);
                insert.addBindValue(i);
                QVERIFY(insert.exec());
            }
            // Enough text for the rebuild to free a quarter of the file: the upgrade compacts it.
            QVERIFY(db.transaction());
            const QString filler = QString(u"内存 memory "_s).repeated(400);
            for (int i = 100; i < 1100; ++i) {
                insert.addBindValue(i);
                insert.addBindValue(QString(filler + QString::number(i)));
                insert.addBindValue(i);
                QVERIFY(insert.exec());
            }
            QVERIFY(db.commit());
            insert.finish();

            QCOMPARE(migrator.migrate(), QString());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(u"SELECT id, body, typeof(body_z), length(body_z) FROM articles WHERE id <= 4 ORDER BY id"_s));
            for (int i = 0; i < bodies.size(); ++i) {
                QVERIFY(q.next());
                QCOMPARE(q.value(1).isNull(), bodies[i].isNull());
                QCOMPARE(q.value(1).toString(), bodies[i].toString());
            }
            QVERIFY(
                q.exec(
                    u"SELECT typeof(body_z), length(body_z), length(CAST(body AS BLOB)) FROM articles WHERE id = 1"_s) &&
                q.next());
            QCOMPARE(q.value(0).toString(), u"blob"_s);
            QVERIFY2(q.value(1).toInt() * 4 < q.value(2).toInt(), "a repetitive body packs to a fraction");

            // The index built before the upgrade still finds the bodies, and follows edits and deletions.
            auto found = [&](const QString &match) {
                QSqlQuery m(db);
                m.prepare(u"SELECT group_concat(rowid) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                          "AND rowid <= 4 ORDER BY rowid)"_s);
                m.addBindValue(match);
                return m.exec() && m.next() ? m.value(0).toString() : u"error"_s;
            };
            QCOMPARE(found(u"线程"_s), u"1"_s);
            QVERIFY(q.exec(u"UPDATE articles SET body_z = guild_pack('换成了内存分配') WHERE id = 1"_s));
            QCOMPARE(found(u"线程"_s), QString());
            QCOMPARE(found(u"内存"_s), u"1"_s);
            QVERIFY(q.exec(u"DELETE FROM articles WHERE id = 100"_s));
            QVERIFY2(q.exec(u"INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')"_s),
                     qPrintable(q.lastError().text()));

            QVERIFY(q.exec(u"SELECT freelist_count FROM pragma_freelist_count"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"packed"_s);
    }
};

QTEST_GUILESS_MAIN(TestCacheMigrations)
#include "tst_cachemigrations.moc"
