#include "storage/articlecache.h"
#include "storage/chatstore.h"
#include "storage/coursecache.h"
#include "storage/localcache.h"
#include "storage/searchhits.h"
#include "support/cachewait.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using guild::protocol::Article;
using guild::protocol::SyncPage;
using guild::protocol::Tier;
using guild::test::openCache;
using guild::test::runOnCache;

class TestLocalCache : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static Article article(qint64 id, const QString &title, const QString &body, qint64 publishedMs)
    {
        Article a;
        a.id = id;
        a.title = title;
        a.summary = title + u" summary"_s;
        a.body = body;
        a.hasBody = !body.isEmpty();
        a.locked = body.isEmpty();
        a.requiredTier = body.isEmpty() ? Tier::Premium : Tier::Free;
        a.tags = {u"cpp"_s};
        a.publishedAt = QDateTime::fromMSecsSinceEpoch(publishedMs, Qt::UTC);
        a.updatedAt = a.publishedAt;
        return a;
    }

    static int userVersion(const QString &path)
    {
        int version = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"PRAGMA user_version"_s) && q.next()) {
                    version = q.value(0).toInt();
                }
            }
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        return version;
    }

private Q_SLOTS:
    void open_newDatabase_migratesToLatestVersion()
    {
        LocalCache cache;
        const QString path = m_dir.filePath(u"a/cache.sqlite"_s);
        QCOMPARE(openCache(cache, path), QString());
        cache.close();
        QCOMPARE(userVersion(path), LocalCache::schemaVersion());
        QVERIFY(LocalCache::schemaVersion() >= 1);
    }

    void cacheOnDisk_isOwnerOnly()
    {
        // Paid articles and messages are in here: other local users must not read them, whatever the umask.
        const mode_t previous = ::umask(022);
        LocalCache cache;
        const QString folder = m_dir.filePath(u"private/account"_s);
        const QString path = folder + u"/cache.sqlite"_s;
        QCOMPARE(openCache(cache, path), QString());
        QVERIFY(test::runOnCache<bool>(cache, [](QSqlDatabase &db) {
                    return QSqlQuery(db).exec(u"CREATE TABLE scratch (x)"_s); // a write: the WAL exists now
                }).value_or(false));
        ::umask(previous);
        QVERIFY(QFile::exists(path + u"-wal"_s));
        const auto mode = [](const QString &p) {
            struct stat st
            {};
            return ::stat(QFile::encodeName(p).constData(), &st) == 0 ? (st.st_mode & 0777) : 0xFFFF;
        };
        QCOMPARE(mode(folder), 0700u);
        for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
            QVERIFY2(mode(file) == 0600u, qPrintable(file + u" "_s + QString::number(mode(file), 8)));
        }
        cache.close();

        // A cache written by an older version, readable by all, is narrowed when opened.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                          QFile::ExeOther);
        LocalCache again;
        QCOMPARE(openCache(again, path), QString());
        QCOMPARE(mode(folder), 0700u);
        QCOMPARE(mode(path), 0600u);
        again.close();

        // A cache put in a directory shared by design (sticky, as /tmp is) leaves the directory open to
        // the others it belongs to; the cache itself is still owner-only.
        const QString shared = m_dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkpath(shared));
        QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 01777), 0);
        LocalCache inShared;
        QCOMPARE(openCache(inShared, shared + u"/cache.sqlite"_s), QString());
        QCOMPARE(mode(shared), 0777u);
        QCOMPARE(mode(shared + u"/cache.sqlite"_s), 0600u);
    }

    void open_newerDatabase_isRefusedWithMessage()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"maker"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        }
        QSqlDatabase::removeDatabase(u"maker"_s);
        LocalCache cache;
        const QString error = openCache(cache, path);
        QVERIFY(error.contains(u"newer version"_s));
        cache.close();
        QCOMPARE(userVersion(path), 99);
    }

    void syncPages_feedOrderSearchAndDeletion()
    {
        LocalCache cache;
        QCOMPARE(openCache(cache, m_dir.filePath(u"sync.sqlite"_s)), QString());
        SyncPage first;
        first.upserts = {article(1, u"RAII in modern C++"_s, u"```cpp\nint x;\n```"_s, 1000),
                         article(2, u"深入理解 C++ 移动语义"_s, u"右值引用与完美转发"_s, 3000),
                         article(3, u"Premium deep dive"_s, QString(), 2000)};
        first.nextToken = u"1.3.1"_s;
        QVERIFY(*runOnCache<bool>(cache, [first](QSqlDatabase &db) { return ArticleCache(db).applySyncPage(first); }));
        QCOMPARE(*runOnCache<QString>(cache, [](QSqlDatabase &db) { return ArticleCache(db).syncToken(); }),
                 u"1.3.1"_s);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(QString()); }), 3);

        const auto page = *runOnCache<QList<Article>>(
            cache, [](QSqlDatabase &db) { return ArticleCache(db).page(QString(), 0, 10); });
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.at(0).id, 2); // newest first
        QCOMPARE(page.at(2).id, 1);
        QVERIFY(page.at(1).locked);

        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"移动语义"_s); }), 1);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"完美转发"_s); }),
                 1); // body text
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"raii"_s); }), 1);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"C++"_s); }),
                 2); // a language's name is a word
        // Two-character Chinese words and one character: found in titles and bodies alike.
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"语义"_s); }), 1);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"引用"_s); }), 1);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"值"_s); }), 1);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"C++ 转发"_s); }), 1);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"\" OR 1 --"_s); }), 0);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"%_"_s); }), 0);
        // "#tag" browses a tag, whole and in any case; "#c" is not "#cpp".
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"#CPP"_s); }), 3);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"#c"_s); }), 0);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"#%"_s); }), 0);
        QCOMPARE(
            runOnCache<QList<Article>>(cache, [](QSqlDatabase &db) { return ArticleCache(db).page(u"#cpp"_s, 0, 10); })
                ->size(),
            3);

        const auto full =
            *runOnCache<std::optional<Article>>(cache, [](QSqlDatabase &db) { return ArticleCache(db).article(1); });
        QVERIFY(full && full->hasBody);
        QVERIFY(full->body.contains(u"int x;"_s));
        const auto locked =
            *runOnCache<std::optional<Article>>(cache, [](QSqlDatabase &db) { return ArticleCache(db).article(3); });
        QVERIFY(locked && !locked->hasBody && locked->locked);

        SyncPage second;
        second.upserts = {article(2, u"Edited title"_s, u"new body"_s, 3000)};
        second.deletedArticleIds = {1};
        second.nextToken = u"1.5.1"_s;
        QVERIFY(
            *runOnCache<bool>(cache, [second](QSqlDatabase &db) { return ArticleCache(db).applySyncPage(second); }));
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(QString()); }), 2);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"移动语义"_s); }), 0);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"Edited"_s); }), 1);

        SyncPage reset;
        reset.reset = true;
        reset.upserts = {article(9, u"Only one"_s, u"b"_s, 10)};
        reset.nextToken = u"1.9.2"_s;
        QVERIFY(*runOnCache<bool>(cache, [reset](QSqlDatabase &db) { return ArticleCache(db).applySyncPage(reset); }));
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(QString()); }), 1);
    }

    void chatSearch_findsChineseWordsAndIdentifiers_andFollowsEdits()
    {
        LocalCache cache;
        QCOMPARE(openCache(cache, m_dir.filePath(u"chatsearch.sqlite"_s)), QString());
        const auto message = [](qint64 id, const QString &body) {
            protocol::chat::Message m;
            m.id = id;
            m.channelId = 1;
            m.seq = id;
            m.clientId = u"c%1"_s.arg(id);
            m.senderId = 7;
            m.senderName = u"李老师"_s;
            m.body = body;
            m.createdAt = QDateTime::currentDateTimeUtc().addSecs(id);
            m.rev = id;
            return m;
        };
        const QList<protocol::chat::Message> messages{message(1, u"线程池怎么用？"_s),
                                                      message(2, u"fetchMore 只在滚动到底时调用"_s),
                                                      message(3, u"开源项目推荐"_s)};
        QVERIFY(
            *runOnCache<bool>(cache, [messages](QSqlDatabase &db) { return ChatStore(db).storeMessages(messages); }));
        const auto ids = [&cache](const QString &typed) {
            const auto results = runOnCache<QList<protocol::chat::Message>>(
                cache, [typed](QSqlDatabase &db) { return ChatStore(db).search(typed, 50); });
            QList<qint64> found;
            for (const auto &m : results.value_or(QList<protocol::chat::Message>{})) {
                found.append(m.id);
            }
            return found;
        };
        QCOMPARE(ids(u"线程"_s), QList<qint64>{1});
        QCOMPARE(ids(u"池"_s), QList<qint64>{1});
        QCOMPARE(ids(u"开源"_s), QList<qint64>{3});
        QCOMPARE(ids(u"fetch"_s), QList<qint64>{2});
        QCOMPARE(ids(u"滚动 fetchMore"_s), QList<qint64>{2});
        QCOMPARE(ids(u"李老师"_s).size(), 3); // the sender's name is searched too
        // An edit reindexes the message: the old words are gone, the new ones found.
        protocol::chat::Message edited = message(3, u"闭源也行"_s);
        edited.rev = 10;
        edited.editedAt = QDateTime::currentDateTimeUtc();
        const QList<protocol::chat::Message> again{edited};
        QVERIFY(*runOnCache<bool>(cache, [again](QSqlDatabase &db) { return ChatStore(db).storeMessages(again); }));
        QCOMPARE(ids(u"开源"_s), QList<qint64>{});
        QCOMPARE(ids(u"闭源"_s), QList<qint64>{3});
    }

    void courseSearch_coursesAndLessons_keepTheirTextAcrossPageRefreshes()
    {
        LocalCache cache;
        QCOMPARE(openCache(cache, m_dir.filePath(u"coursesearch.sqlite"_s)), QString());
        using namespace protocol::course;
        Course qt;
        qt.id = 11;
        qt.title = u"Qt 多线程实战"_s;
        qt.description = u"QThreadPool 与信号槽"_s;
        qt.requiredTier = protocol::Tier::Member;
        Course rust = qt;
        rust.id = 12;
        rust.title = u"Rust ownership"_s;
        rust.description = u"Borrowing without fear"_s;
        QVERIFY(*runOnCache<bool>(cache, [qt, rust](QSqlDatabase &db) {
            return CourseCache(db).saveCatalogue({qt, rust});
        }));
        Course page = qt;
        Section section;
        section.id = 1;
        section.title = u"Basics"_s;
        LessonSummary first;
        first.id = 101;
        first.title = u"moveToThread 的陷阱"_s;
        LessonSummary second;
        second.id = 102;
        second.title = u"Thread affinity"_s;
        section.lessons = {first, second};
        page.sections = {section};
        QVERIFY(*runOnCache<bool>(cache, [page](QSqlDatabase &db) { return CourseCache(db).saveCourse(page); }));
        Lesson opened;
        opened.id = 101;
        opened.courseId = 11;
        opened.title = first.title;
        opened.body = u"对象的线程亲和性决定槽函数在哪个线程执行。"_s;
        QVERIFY(*runOnCache<bool>(cache, [opened](QSqlDatabase &db) { return CourseCache(db).saveLesson(opened); }));

        const auto found = [&cache](const QString &typed) {
            const auto hits = runOnCache<QList<models::SearchHit>>(
                cache, [typed](QSqlDatabase &db) { return CourseCache(db).hits(typed, 20); });
            QStringList out;
            for (const auto &h : hits.value_or(QList<models::SearchHit>{})) {
                out.append(u"%1:%2/%3"_s.arg(h.kind == models::SearchHit::Kind::Course ? u"course"_s : u"lesson"_s)
                               .arg(h.containerId)
                               .arg(h.id));
            }
            return out;
        };
        QCOMPARE(found(u"线程"_s).size(), 2); // the course's title, and the lesson's text
        QVERIFY(found(u"线程"_s).contains(u"course:11/11"_s) && found(u"线程"_s).contains(u"lesson:11/101"_s));
        QCOMPARE(found(u"亲和"_s), QStringList{u"lesson:11/101"_s});
        QCOMPARE(found(u"affinity"_s), QStringList{u"lesson:11/102"_s}); // known from the course page alone
        QCOMPARE(found(u"QThreadPool"_s), QStringList{u"course:11/11"_s});
        QCOMPARE(found(u"borrowing"_s), QStringList{u"course:12/12"_s});
        // The course page comes again (a refresh): the lesson's text stays found, nothing twice.
        QVERIFY(*runOnCache<bool>(cache, [page](QSqlDatabase &db) { return CourseCache(db).saveCourse(page); }));
        QCOMPARE(found(u"亲和"_s), QStringList{u"lesson:11/101"_s});
        QCOMPARE(found(u"陷阱"_s), QStringList{u"lesson:11/101"_s});
        // A new catalogue without Rust: it is no longer found.
        QVERIFY(*runOnCache<bool>(cache, [qt](QSqlDatabase &db) { return CourseCache(db).saveCatalogue({qt}); }));
        QVERIFY(found(u"borrowing"_s).isEmpty());
    }

    void feed_pinnedFirst_andDigestOnly()
    {
        LocalCache cache;
        QCOMPARE(openCache(cache, m_dir.filePath(u"digest.sqlite"_s)), QString());
        SyncPage page;
        Article pinned = article(1, u"Read me first"_s, u"b"_s, 100);
        pinned.pinned = true;
        Article featured = article(2, u"精华：无锁队列"_s, u"b"_s, 200);
        featured.featured = true;
        featured.tags = {u"cpp"_s, u"LockFree"_s};
        Article newest = article(3, u"Newest"_s, u"b"_s, 300);
        newest.authorName = u"小明"_s;
        page.upserts = {pinned, featured, newest};
        page.nextToken = u"1.3.1"_s;
        QVERIFY(*runOnCache<bool>(cache, [page](QSqlDatabase &db) { return ArticleCache(db).applySyncPage(page); }));
        const auto all = *runOnCache<QList<Article>>(
            cache, [](QSqlDatabase &db) { return ArticleCache(db).page(QString(), 0, 10); });
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).id, 1); // pinned, though the oldest
        QVERIFY(all.at(0).pinned);
        QCOMPARE(all.at(1).id, 3);
        const auto digest = *runOnCache<QList<Article>>(
            cache, [](QSqlDatabase &db) { return ArticleCache(db).page(QString(), 0, 10, true); });
        QCOMPARE(digest.size(), 1);
        QVERIFY(digest.at(0).featured);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"无锁"_s, true); }), 1);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"Newest"_s, true); }),
                 0);
        // The search box's filters: the digest only, and a period (the articles are from 1970 here).
        const auto hitIds = [&cache](const models::SearchFilter &filter) {
            const auto hits = runOnCache<QList<models::SearchHit>>(
                cache, [filter](QSqlDatabase &db) { return ArticleCache(db).hits(u"b"_s, 10, filter); });
            QList<qint64> ids;
            for (const auto &h : hits.value_or(QList<models::SearchHit>{})) {
                ids.append(h.id);
            }
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(hitIds({}), (QList<qint64>{1, 2, 3}));
        models::SearchFilter digestOnly;
        digestOnly.digestOnly = true;
        QCOMPARE(hitIds(digestOnly), QList<qint64>{2});
        models::SearchFilter lastWeek;
        lastWeek.since = QDateTime::currentDateTimeUtc().addDays(-7);
        QCOMPARE(hitIds(lastWeek), QList<qint64>{});
        // Narrowed by a tag (whole, any case) and by who wrote it (part of the name).
        models::SearchFilter tagged;
        tagged.tag = u"LOCKFREE"_s;
        QCOMPARE(hitIds(tagged), QList<qint64>{2});
        tagged.tag = u"lock"_s;
        QCOMPARE(hitIds(tagged), QList<qint64>{});
        models::SearchFilter byName;
        byName.author = u"小"_s;
        QCOMPARE(hitIds(byName), QList<qint64>{3});
        byName.author = u"%"_s;
        QCOMPARE(hitIds(byName), QList<qint64>{});
    }

    void broadSearches_goSearchDepthDeep_aSingleCharacterNewestFirst()
    {
        LocalCache cache;
        QCOMPARE(openCache(cache, m_dir.filePath(u"depth.sqlite"_s)), QString());
        SyncPage page;
        // More articles holding 线程 than a search goes deep; the one with it in its title is the best.
        for (int i = 1; i <= SearchDepth + 20; ++i) {
            page.upserts.append(article(i, u"笔记 %1"_s.arg(i), u"关于线程的一段话。"_s, 1000 + i));
        }
        page.upserts.append(article(5000, u"线程安全"_s, u"正文。"_s, 10));
        page.nextToken = u"1.2000.1"_s;
        QVERIFY(*runOnCache<bool>(cache, [page](QSqlDatabase &db) { return ArticleCache(db).applySyncPage(page); }));
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"线程"_s); }),
                 SearchDepth);
        const auto best =
            *runOnCache<QList<Article>>(cache, [](QSqlDatabase &db) { return ArticleCache(db).page(u"线程"_s, 0, 3); });
        QCOMPARE(best.first().id, 5000); // the title counts most, old as it is
        // One character finds every word starting with it; relevance means little, so the newest come first.
        const auto newest =
            *runOnCache<QList<Article>>(cache, [](QSqlDatabase &db) { return ArticleCache(db).page(u"线"_s, 0, 3); });
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.at(0).id, 5000);
        QCOMPARE(newest.at(1).id, SearchDepth + 20);
        QCOMPARE(newest.at(2).id, SearchDepth + 19);
        const auto boxHits = *runOnCache<QList<models::SearchHit>>(
            cache, [](QSqlDatabase &db) { return ArticleCache(db).hits(u"线程"_s, 5, {}); });
        QCOMPARE(boxHits.size(), 5);
        QCOMPARE(boxHits.first().id, 5000);
        QVERIFY(boxHits.first().snippet.contains(QChar(models::SnippetOpen)));

        // More articles than the newest rows a single character is read from (ScanWindow): newer ones
        // without 线, and one old one with a rare character. Both ways give the same answers.
        SyncPage more;
        for (int i = 0; i < ScanWindow; ++i) {
            more.upserts.append(article(6000 + i, u"杂记 %1"_s.arg(i), u"无关的内容。"_s, 5000 + i));
        }
        more.upserts.append(article(3, u"貔貅"_s, u"很少见的字。"_s, 5));
        more.nextToken = u"1.9000.1"_s;
        QVERIFY(*runOnCache<bool>(cache, [more](QSqlDatabase &db) { return ArticleCache(db).applySyncPage(more); }));
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"线"_s); }),
                 SearchDepth);
        const auto newestAgain =
            *runOnCache<QList<Article>>(cache, [](QSqlDatabase &db) { return ArticleCache(db).page(u"线"_s, 0, 2); });
        QCOMPARE(newestAgain.at(0).id, 5000);
        QCOMPARE(newestAgain.at(1).id, SearchDepth + 20);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"貔"_s); }), 1);
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &db) { return ArticleCache(db).count(u"杂"_s); }),
                 SearchDepth); // found among the newest rows
    }

    void destroyedRightAfterWrites_keepsEveryWrite()
    {
        const QString path = m_dir.filePath(u"quit.sqlite"_s);
        {
            LocalCache cache;
            QCOMPARE(openCache(cache, path), QString());
            QObject context;
            for (int i = 1; i <= 50; ++i) {
                cache.run<bool>(
                    &context,
                    [i](QSqlDatabase &db) { return ArticleCache(db).store(article(i, u"queued"_s, u"b"_s, i)); },
                    [](bool) {});
            }
            // Quit at once, as the app does: nothing that was queued may be lost.
        }
        LocalCache reopened;
        QCOMPARE(openCache(reopened, path), QString());
        QCOMPARE(*runOnCache<int>(reopened, [](QSqlDatabase &db) { return ArticleCache(db).count(QString()); }), 50);
    }

    void run_droppedWhenContextDies()
    {
        LocalCache cache;
        QCOMPARE(openCache(cache, m_dir.filePath(u"ctx.sqlite"_s)), QString());
        bool called = false;
        auto *context = new QObject;
        cache.run<int>(
            context, [](QSqlDatabase &) { return 1; }, [&called](int) { called = true; });
        delete context;
        // A later job on the same (serial) worker proves the first one has been delivered or dropped.
        QCOMPARE(*runOnCache<int>(cache, [](QSqlDatabase &) { return 2; }), 2);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
