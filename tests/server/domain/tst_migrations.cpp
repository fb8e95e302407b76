// Golden migration test: a community written at old schemas (5, then 16) is migrated to the newest and
// must read exactly as the kept dump, on SQLite and on PostgreSQL alike (both runs compare with the
// same file). It covers every migration that rewrites data: message revisions (6), the tier catalogue
// (8), ingest counts (17), Q&A and event tiers (18), payment periods (20).

#include "domainfixture.h"
#include "support/golden.h"

using namespace Qt::StringLiterals;
using namespace guild;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldCommunity_migratesToTheKeptDump()
    {
        test::DomainFixture fixture;
        QVERIFY(fixture.open(5));
        server::Migrator migrator(fixture.database());
        QCOMPARE(migrator.currentVersion(), 5);
        const QString golden = QStringLiteral(GUILD_SOURCE_DIR) + u"/tests/server/golden/"_s;
        QVERIFY(test::runSqlFile(fixture.database().connection(), golden + u"server-v005.sql"_s));
        QCOMPARE(migrator.migrate(16), QString());
        QCOMPARE(migrator.currentVersion(), 16);
        QVERIFY(test::runSqlFile(fixture.database().connection(), golden + u"server-v016.sql"_s));
        QCOMPARE(migrator.migrate(), QString());
        QCOMPARE(migrator.currentVersion(), server::Migrator::latestVersion());

        const QString dump = test::dumpTables(fixture.database().connection(),
                                              {u"users"_s, u"memberships"_s, u"tiers"_s, u"channels"_s, u"messages"_s,
                                               u"questions"_s, u"events"_s, u"payments"_s, u"activity_daily"_s});
        test::compareWithGolden(dump, golden + u"server-migrated.txt"_s);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
