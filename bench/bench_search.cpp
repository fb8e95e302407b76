// Search over the offline cache at scale, with real text: 100,000 articles and 1,000,000 chat messages
// made of Debian's fortunes-zh (Chinese prose, Tang and Song poems) and fortunes (English) packages,
// with code identifiers sprinkled in. For 50 queries of each kind it reports recall against a full
// scan of the same text, and the latency of what the member waits for (the first 50 hits and the
// count), p50 and p95; and the cache's size beside the size of the text it indexes.
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench/bench_search
//   GUILD_BENCH_MESSAGES=100000 ... (fewer chat messages for a quicker run)

#include "corpus.h"
#include "search/fts5tokenizer.h"
#include "search/searchquery.h"
#include "storage/articlecache.h"
#include "storage/cachemigrator.h"
#include "storage/chatstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace guild;

using namespace guild::bench;

class BenchSearch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    QStringList m_chinese;
    QStringList m_english;
    QList<QString> m_texts; ///< each article's title, summary and body, for the full scans
    qint64 m_textBytes = 0;
    QRandomGenerator m_random{20261130};

    /// The cache file's size with everything written back from the write-ahead log.
    qint64 fileSize()
    {
        QSqlQuery q(m_db);
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        q.finish();
        return QFileInfo(m_db.databaseName()).size();
    }

    /// The file's pages by table and index (SQLite's dbstat), the largest first: what to shrink next.
    void reportWhereTheBytesGo()
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 12"_s)) {
            return; // a SQLite built without dbstat
        }
        while (q.next()) {
            qInfo("  %-28s %6.1f MB", qPrintable(q.value(0).toString()), q.value(1).toDouble() / 1e6);
        }
    }

    QString pick(const QStringList &from) { return from.at(m_random.bounded(qsizetype(from.size()))); }

    QList<qint64> fullScan(const QString &query, bool words) const
    {
        // The truth: every article whose text holds the query (English: as a whole word, any case).
        const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(query) + u"\\b"_s,
                                      QRegularExpression::CaseInsensitiveOption);
        QList<qint64> ids;
        for (qsizetype i = 0; i < m_texts.size(); ++i) {
            if (words ? word.match(m_texts.at(i)).hasMatch() : m_texts.at(i).contains(query)) {
                ids.append(i + 1);
            }
        }
        return ids;
    }

    QList<qint64> matched(const QString &query)
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"_s);
        q.addBindValue(search::SearchQuery::parse(query).matchExpression());
        QList<qint64> ids;
        if (q.exec()) {
            while (q.next()) {
                ids.append(q.value(0).toLongLong());
            }
        }
        return ids;
    }

    /// Recall of `queries` against the full scan, and the time to the first 50 hits and to the count.
    void measure(const char *kind, const QStringList &queries, bool words)
    {
        qint64 relevant = 0;
        qint64 found = 0;
        Timing page;
        Timing count;
        app::ArticleCache cache(m_db);
        for (const QString &query : queries) {
            const QList<qint64> truth = fullScan(query, words);
            QList<qint64> hits = matched(query);
            std::sort(hits.begin(), hits.end());
            relevant += truth.size();
            for (qint64 id : truth) {
                found += std::binary_search(hits.cbegin(), hits.cend(), id) ? 1 : 0;
            }
            QElapsedTimer timer;
            timer.start();
            const auto first = cache.page(query, 0, 50);
            page.ms.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            const int n = cache.count(query);
            count.ms.append(timer.nsecsElapsed() / 1e6);
            Q_UNUSED(first);
            Q_UNUSED(n);
        }
        qInfo("| %-22s | %5lld | %9lld | %6.2f %% | %6.1f | %6.1f | %6.1f | %6.1f |", kind, qint64(queries.size()),
              relevant, relevant ? 100.0 * found / relevant : 100.0, page.percentile(0.5), page.percentile(0.95),
              count.percentile(0.5), count.percentile(0.95));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Corpus corpus;
        const bool complete = corpus.load();
        m_chinese = corpus.chinese;
        m_english = corpus.english;
        if (!complete) {
            QSKIP("needs Debian's fortunes-zh and fortunes packages (scripts/install-deps.sh --bench)");
        }
        qInfo("corpus: %lld Chinese and %lld English fortunes", qint64(m_chinese.size()), qint64(m_english.size()));
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench"_s);
        m_db.setDatabaseName(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(m_db.open());
        QCOMPARE(app::CacheMigrator(m_db).migrate(), QString());

        QElapsedTimer timer;
        timer.start();
        constexpr int Articles = 100000;
        for (int start = 0; start < Articles; start += 1000) {
            protocol::SyncPage page;
            for (int i = start; i < start + 1000; ++i) {
                const bool chinese = m_random.bounded(10) < 6;
                const QStringList &from = chinese ? m_chinese : m_english;
                protocol::Article a;
                a.id = i + 1;
                a.title = pick(from).section(u'\n', 0, 0).left(60);
                a.summary = pick(from).section(u'\n', 0, 1).left(140);
                QStringList parts;
                for (int k = 0; k < 4; ++k) {
                    parts.append(pick(from));
                }
                if (m_random.bounded(20) == 0) {
                    parts.append(u"用 %1 加载更多数据。"_s.arg(pick(Identifiers)));
                }
                a.body = parts.join(u"\n\n"_s);
                a.hasBody = true;
                a.authorName = u"bench"_s;
                a.publishedAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + qint64(i) * 60000, Qt::UTC);
                a.updatedAt = a.publishedAt;
                const QString text = a.title + u'\n' + a.summary + u'\n' + a.body;
                m_texts.append(text);
                m_textBytes += text.toUtf8().size();
                page.upserts.append(a);
            }
            page.nextToken = u"1.%1.0"_s.arg(start);
            QVERIFY(app::ArticleCache(m_db).applySyncPage(page));
        }
        qInfo("100,000 articles indexed in %.1f s", timer.elapsed() / 1000.0);
        const qint64 articlesFile = fileSize();
        qInfo("cache file with the articles: %.0f MB for %.0f MB of article text (%.2f x)", articlesFile / 1e6,
              m_textBytes / 1e6, double(articlesFile) / double(m_textBytes));

        const int messages = qEnvironmentVariableIsSet("GUILD_BENCH_MESSAGES")
                                 ? qEnvironmentVariableIntValue("GUILD_BENCH_MESSAGES")
                                 : 1000000;
        timer.restart();
        qint64 chatBytes = 0;
        for (int start = 0; start < messages; start += 5000) {
            QList<protocol::chat::Message> batch;
            for (int i = start; i < std::min(messages, start + 5000); ++i) {
                protocol::chat::Message m;
                m.id = i + 1;
                m.channelId = 1 + i % 8;
                m.seq = i + 1;
                m.clientId = QString::number(i);
                m.senderId = 1 + i % 50;
                m.senderName = u"member%1"_s.arg(i % 50);
                m.body = pick(m_random.bounded(10) < 6 ? m_chinese : m_english).left(200);
                chatBytes += m.body.toUtf8().size() + m.senderName.toUtf8().size();
                m.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + qint64(i) * 1000, Qt::UTC);
                batch.append(m);
            }
            QVERIFY(app::ChatStore(m_db).storeMessages(batch));
        }
        qInfo("%d chat messages indexed in %.1f s", messages, timer.elapsed() / 1000.0);
        const qint64 growth = fileSize() - articlesFile;
        qInfo("the chat messages added %.0f MB for %.0f MB of message text (%.2f x)", growth / 1e6, chatBytes / 1e6,
              chatBytes ? double(growth) / double(chatBytes) : 0.0);
    }

    void recallAndLatency()
    {
        // Queries drawn from the corpus itself (fixed seed): one and two Chinese characters, English
        // words, a Chinese word with an English one, and identifiers.
        Corpus corpus;
        corpus.chinese = m_chinese;
        corpus.english = m_english;
        const QueryMix mix(corpus, m_random);
        const QStringList &one = mix.one;
        const QStringList &two = mix.two;
        const QStringList &english = mix.english;
        QStringList identifiers = Identifiers;
        for (const QString &id : Identifiers) {
            identifiers.append(id); // each asked twice: the second time warm, as when typing on
        }
        qInfo("| queries                | count | relevant  | recall   | first 50 p50 | p95 (ms) | count p50 | p95 "
              "(ms) |");
        qInfo("|---|---|---|---|---|---|---|---|");
        measure("1 Chinese character", one, false);
        measure("2 Chinese characters", two, false);
        measure("English word", english, true);
        measure("identifier", identifiers, false);
        QStringList mixed;
        for (int i = 0; i < 50; ++i) {
            mixed.append(english.at(i) + u' ' + two.at(i));
        }
        // Mixed: relevant are the rows holding both (the scan checks each part).
        qint64 relevant = 0;
        qint64 found = 0;
        for (int i = 0; i < 50; ++i) {
            QList<qint64> a = fullScan(english.at(i), true);
            const QList<qint64> b = fullScan(two.at(i), false);
            QList<qint64> both;
            std::set_intersection(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(both));
            QList<qint64> hits = matched(mixed.at(i));
            std::sort(hits.begin(), hits.end());
            relevant += both.size();
            for (qint64 id : both) {
                found += std::binary_search(hits.cbegin(), hits.cend(), id) ? 1 : 0;
            }
        }
        qInfo("mixed (English word + 2 Chinese characters): %lld relevant, recall %.2f %%", relevant,
              relevant ? 100.0 * found / relevant : 100.0);

        // Chat: 50 two-character words over every message.
        Timing chat;
        for (const QString &query : two) {
            QElapsedTimer timer;
            timer.start();
            const auto hits = app::ChatStore(m_db).search(query, 50);
            chat.ms.append(timer.nsecsElapsed() / 1e6);
            Q_UNUSED(hits);
        }
        qInfo("chat search, 2 Chinese characters, first 50 hits: p50 %.1f ms, p95 %.1f ms", chat.percentile(0.5),
              chat.percentile(0.95));

        qInfo("cache file in all: %.0f MB", fileSize() / 1e6);
        reportWhereTheBytesGo();
    }
};

QTEST_GUILESS_MAIN(BenchSearch)
#include "bench_search.moc"
