// The server's search at scale, in process: 100,000 articles of real text (Debian's fortunes-zh and
// fortunes, one in five for premium members) written through ArticleRepository, so the search index
// is kept as every write keeps it; then 50 queries of each kind through SearchService as a free and a
// premium member would ask them (scope, ranking, excerpts), p50 and p95, and recall against a full
// scan for the two-character and English ones. SQLite by default; PostgreSQL with
// GUILD_TEST_DATABASE=postgres and GUILD_TEST_PG_URL (an empty database).
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench_serversearch
//   GUILD_BENCH_ARTICLES=20000 ... (a quicker run)

#include "benchdatabase.h"
#include "corpus.h"
#include "domain/chatservice.h"
#include "domain/courseservice.h"
#include "domain/searchservice.h"
#include "protocol/limits.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::bench;
using namespace guild::server;

class BenchServerSearch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChatService> m_chat;
    std::unique_ptr<CourseService> m_courses;
    std::unique_ptr<SearchService> m_search;
    QStringList m_chinese;
    QStringList m_english;
    QList<QString> m_texts; ///< each article's title, summary and body
    QList<bool> m_premium;
    QList<qint64> m_ids;
    QRandomGenerator m_random{20261130};

    QString pick(const QStringList &from) { return from.at(m_random.bounded(qsizetype(from.size()))); }

    static AuthUser viewer(protocol::Tier tier)
    {
        AuthUser u;
        u.id = 1;
        u.username = u"reader"_s;
        u.tier = tier;
        return u;
    }

    /// Latency of the first page through the domain, and (with `scan`) recall of every page against a
    /// full scan of what that viewer may read.
    void measure(const char *kind, const QStringList &queries, protocol::Tier tier, bool scan, bool words)
    {
        Timing first;
        qint64 relevant = 0;
        qint64 found = 0;
        const AuthUser reader = viewer(tier);
        for (const QString &q : queries) {
            protocol::SearchRequest request;
            request.q = q;
            request.kinds = {protocol::SearchKind::Article};
            request.limit = 20;
            QElapsedTimer timer;
            timer.start();
            const Result<protocol::SearchPage> page = m_search->search(reader, request);
            first.ms.append(timer.nsecsElapsed() / 1e6);
            QVERIFY(page.ok());
            if (!scan) {
                continue;
            }
            // Every page, against a full scan of what this reader may read (for the words found in at most
            // SearchDepthMax articles: deeper, search stops by design).
            QSet<qint64> hits;
            request.limit = protocol::limits::SearchPageMax;
            for (request.cursor.clear();;) {
                const Result<protocol::SearchPage> more = m_search->search(reader, request);
                for (const protocol::SearchResult &r : more.value().results) {
                    hits.insert(r.id);
                }
                if (more.value().nextCursor.isEmpty()) {
                    break;
                }
                request.cursor = more.value().nextCursor;
            }
            const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(q) + u"\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
            QList<qint64> truth;
            for (qsizetype i = 0; i < m_texts.size(); ++i) {
                // A locked body is not searched: the free reader's truth is titles and summaries there.
                const QString text = tier == protocol::Tier::Free && m_premium.at(i)
                                         ? m_texts.at(i).section(u'\n', 0, 1)
                                         : m_texts.at(i);
                if (words ? word.match(text).hasMatch() : text.contains(q)) {
                    truth.append(m_ids.at(i));
                }
            }
            if (truth.size() <= protocol::limits::SearchDepthMax) {
                relevant += truth.size();
                found += std::count_if(truth.cbegin(), truth.cend(), [&hits](qint64 id) { return hits.contains(id); });
            }
        }
        qInfo("| %-22s | %-7s | %6.1f | %6.1f | %s |", kind, tier == protocol::Tier::Free ? "free" : "premium",
              first.percentile(0.5), first.percentile(0.95),
              scan ? qPrintable(u"%1 %"_s.arg(relevant ? 100.0 * found / relevant : 100.0, 0, 'f', 2)) : "");
    }

private Q_SLOTS:
    void initTestCase()
    {
        Corpus corpus;
        if (!corpus.load()) {
            QSKIP("needs Debian's fortunes-zh and fortunes packages (scripts/install-deps.sh --bench)");
        }
        m_chinese = corpus.chinese;
        m_english = corpus.english;
        QString why;
        const std::optional<DatabaseConfig> chosen = benchDatabase(m_dir.filePath(u"server.sqlite"_s), &why);
        QVERIFY2(chosen, qPrintable(why));
        const DatabaseConfig config = *chosen;
        m_db = std::make_unique<Database>(config);
        QCOMPARE(Migrator(*m_db).migrate(), QString());
        m_chat = std::make_unique<ChatService>(*m_db);
        m_courses = std::make_unique<CourseService>(*m_db, m_dir.filePath(u"media"_s));
        m_search = std::make_unique<SearchService>(*m_db, *m_chat, *m_courses);
        m_search->buildIndexIfNeeded();
        QSqlDatabase db = m_db->connection();
        sql::exec(db, u"INSERT INTO users (username, email, display_name, password_hash, role, created_at) VALUES "
                      "('author', 'a@bench.invalid', 'Author', 'x', 'author', 0)"_s);
        const qint64 authorId = sql::scalar(db, u"SELECT id FROM users WHERE username = 'author'"_s).toLongLong();

        const int articles = qEnvironmentVariableIntValue("GUILD_BENCH_ARTICLES") > 0
                                 ? qEnvironmentVariableIntValue("GUILD_BENCH_ARTICLES")
                                 : 100000;
        QElapsedTimer timer;
        timer.start();
        qint64 textBytes = 0;
        ArticleRepository repo(db);
        for (int start = 0; start < articles; start += 1000) {
            sql::Transaction tx(db);
            for (int i = start; i < std::min(articles, start + 1000); ++i) {
                const QStringList &from = m_random.bounded(10) < 6 ? m_chinese : m_english;
                ArticleDraft draft;
                draft.title = pick(from).section(u'\n', 0, 0).left(60);
                draft.summary = pick(from).section(u'\n', 0, 1).left(140).simplified();
                QStringList parts;
                for (int k = 0; k < 4; ++k) {
                    parts.append(pick(from));
                }
                if (m_random.bounded(20) == 0) {
                    parts.append(u"用 %1 加载更多数据。"_s.arg(pick(Identifiers)));
                }
                draft.body = parts.join(u"\n\n"_s);
                draft.requiredTier = m_random.bounded(5) == 0 ? protocol::Tier::Premium : protocol::Tier::Free;
                m_ids.append(repo.insert(authorId, draft, 1700000000000LL + qint64(i) * 60000));
                m_texts.append(draft.title + u'\n' + draft.summary + u'\n' + draft.body);
                m_premium.append(draft.requiredTier == protocol::Tier::Premium);
                textBytes += m_texts.last().toUtf8().size();
            }
            tx.commit();
        }
        qInfo("%s: %d articles written and indexed in %.1f s (%.0f a second)", qPrintable(config.describe()), articles,
              timer.elapsed() / 1000.0, articles / (timer.elapsed() / 1000.0));
        if (m_db->isPostgres()) {
            qInfo("search_docs with its indexes: %.0f MB for %.0f MB of article text",
                  sql::scalar(db, u"SELECT pg_total_relation_size('search_docs')"_s).toDouble() / 1e6, textBytes / 1e6);
        } else {
            sql::exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            qInfo("database file: %.0f MB for %.0f MB of article text", QFileInfo(config.sqlitePath).size() / 1e6,
                  textBytes / 1e6);
        }
    }

    void latencyAndRecall()
    {
        Corpus corpus;
        corpus.chinese = m_chinese;
        corpus.english = m_english;
        const QueryMix mix(corpus, m_random);
        qInfo("| queries                | reader  | first 20 p50 (ms) | p95 (ms) | recall (1,000 deep) |");
        qInfo("|---|---|---|---|---|");
        for (const protocol::Tier tier : {protocol::Tier::Free, protocol::Tier::Premium}) {
            measure("1 Chinese character", mix.one, tier, false, false);
            measure("2 Chinese characters", mix.two.mid(0, 20), tier, true, false);
            measure("English word", mix.english.mid(0, 20), tier, true, true);
            measure("identifier", Identifiers, tier, false, false);
        }
    }
};

QTEST_GUILESS_MAIN(BenchServerSearch)
#include "bench_serversearch.moc"
