#include "storage/database.h"
#include "storage/sql.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::server;

// Transactions on one connection nest as savepoints: what the idempotency layer relies on to commit a
// handler's work and its kept answer together. On SQLite here; the server suites run both engines.
class TestSqlTransaction : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 rows() { return sql::scalar(m_db->connection(), u"SELECT COUNT(*) FROM t"_s).toLongLong(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir.filePath(u"tx.sqlite"_s)));
        sql::exec(m_db->connection(), u"CREATE TABLE t (x INTEGER)"_s);
    }

    void init() { sql::exec(m_db->connection(), u"DELETE FROM t"_s); }

    void inner_commitWaitsForTheOuter_andRollsBackWithIt()
    {
        QSqlDatabase db = m_db->connection();
        {
            sql::Transaction outer(db);
            {
                sql::Transaction inner(db);
                sql::exec(db, u"INSERT INTO t VALUES (1)"_s);
                inner.commit();
            }
            QCOMPARE(rows(), 1); // this connection sees it
        }                        // the outer one rolls back
        QCOMPARE(rows(), 0);
    }

    void inner_rollback_undoesOnlyItsOwnWork()
    {
        QSqlDatabase db = m_db->connection();
        sql::Transaction outer(db);
        sql::exec(db, u"INSERT INTO t VALUES (1)"_s);
        {
            sql::Transaction inner(db);
            sql::exec(db, u"INSERT INTO t VALUES (2)"_s);
        }
        outer.commit();
        QCOMPARE(rows(), 1);
    }

    void afterCommit_runsOnceTheOutermostCommits_andNeverAfterARollback()
    {
        QSqlDatabase db = m_db->connection();
        int ran = 0;
        {
            sql::Transaction outer(db);
            {
                sql::Transaction inner(db);
                inner.afterCommit([&ran] { ++ran; });
                inner.commit();
            }
            QCOMPARE(ran, 0);
            outer.commit();
        }
        QCOMPARE(ran, 1);
        {
            sql::Transaction outer(db);
            sql::Transaction inner(db);
            inner.afterCommit([&ran] { ++ran; });
            inner.commit();
        }
        QCOMPARE(ran, 1);
    }

    void committed_thenAnotherBegun_inTheSameScope_beginsAfresh()
    {
        QSqlDatabase db = m_db->connection();
        sql::Transaction first(db);
        sql::exec(db, u"INSERT INTO t VALUES (1)"_s);
        first.commit();
        sql::Transaction second(db); // `first` still lives: this must not become its savepoint
        sql::exec(db, u"INSERT INTO t VALUES (2)"_s);
        second.commit();
        QCOMPARE(rows(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSqlTransaction)
#include "tst_sqltransaction.moc"
