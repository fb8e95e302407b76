#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"
#include "support/wsclient.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// GET /search on both engines: Chinese words of one and two characters, mixed queries, identifiers and
// phrases find every document holding them, ranked; nobody finds what they may not read; the index
// follows every write.
class TestServerSearch : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;

    HttpClient as(const QString &user)
    {
        HttpClient c(m_server->baseUrl());
        c.login(user);
        return c;
    }

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    qint64 article(const QString &title, const QString &body, const QString &tier = u"free"_s,
                   const QString &summary = u"A note."_s)
    {
        const HttpResponse r =
            as(u"author"_s)
                .post(endpoints::CreateArticle.url(),
                      {{u"title"_s, title}, {u"summary"_s, summary}, {u"body"_s, body}, {u"requiredTier"_s, tier}});
        return r.status == 201 ? r.json[u"article"_s][u"id"_s].toInteger() : 0;
    }

    static HttpResponse search(HttpClient &c, const QString &q, const QString &extra = {})
    {
        return c.get(endpoints::Search.url() + u"?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(q)) + extra);
    }

    /// "kind:id" of every result, in order.
    static QStringList found(HttpClient &c, const QString &q, const QString &extra = {})
    {
        const HttpResponse r = search(c, q, extra);
        if (r.status != 200) {
            qWarning() << r.status << r.body;
            return {u"error"_s};
        }
        QStringList out;
        for (const QJsonValue &v : r.json[u"results"_s].toArray()) {
            out.append(v[u"kind"_s].toString() + u':' + QString::number(v[u"id"_s].toInteger()));
        }
        return out;
    }

    static QSet<QString> asSet(const QStringList &list) { return QSet<QString>(list.cbegin(), list.cend()); }

    static QString a(qint64 id) { return u"article:"_s + QString::number(id); }

    qint64 channel(const QString &name)
    {
        for (const QJsonValue &v : as(u"admin"_s).get(endpoints::ListChannels.url()).json[u"channels"_s].toArray()) {
            if (v[u"name"_s].toString() == name) {
                return v[u"id"_s].toInteger();
            }
        }
        return 0;
    }

    qint64 say(const QString &user, qint64 channelId, const QString &body)
    {
        WsClient ws(m_server->baseUrl());
        HttpClient c(m_server->baseUrl());
        const QString token = c.login(user).json[u"accessToken"_s].toString();
        if (ws.openAndAuth(token).isEmpty()) {
            return 0;
        }
        const QString clientId = ws.send(channelId, newId(), body);
        return ws
            .waitFor(
                [&](const QJsonObject &f) { return f[u"type"_s] == u"ack"_s && f[u"clientId"_s] == clientId; })[u"id"_s]
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void builtFromWhatWasThereBefore()
    {
        // The demo's courses are written straight into their tables, not through the repositories that
        // keep the index: only the index's first fill at start can have found them.
        HttpClient free = as(u"free"_s);
        const HttpResponse r = search(free, u"\"Modern C++ for Qt developers\""_s, u"&kinds=course"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"results"_s].toArray().size(), 1);
        const QJsonObject best = r.json[u"results"_s][0].toObject();
        QCOMPARE(best[u"title"_s].toString(), u"Modern C++ for Qt developers"_s);
        QVERIFY(best[u"score"_s].toDouble() > 0);
    }

    void chineseWordsOfOneAndTwoCharacters()
    {
        const qint64 inBody = article(u"笔记一"_s, u"我们讨论饕餮的线程模型。"_s);
        const qint64 inTitle = article(u"饕餮大会纪要"_s, u"会议内容。"_s);
        const qint64 alone = article(u"笔记二"_s, u"一个饕字单独出现，另一个是餮。"_s);
        const qint64 none = article(u"笔记三"_s, u"没有这个词。"_s);
        QVERIFY(inBody && inTitle && alone && none);
        HttpClient free = as(u"free"_s);
        // Two characters: both that hold the word, the title first; not the one with the characters apart.
        QCOMPARE(found(free, u"饕餮"_s), (QStringList{a(inTitle), a(inBody)}));
        // One character: every article holding it.
        QCOMPARE(asSet(found(free, u"饕"_s)), (QSet<QString>{a(inTitle), a(inBody), a(alone)}));
        // Mixed Latin and Chinese: every term must match.
        const qint64 mixed = article(u"Qt 与饕餮"_s, u"Qt 的饕餮模式。"_s);
        QCOMPARE(found(free, u"Qt 饕餮"_s), QStringList{a(mixed)});
        QCOMPARE(found(free, u"饕餮 线程"_s), QStringList{a(inBody)});
        // A phrase of Chinese: the characters in order, not apart.
        const qint64 apart = article(u"笔记四"_s, u"线程的饕餮，不是饕餮线程。"_s);
        QCOMPARE(found(free, u"饕餮的线程"_s), QStringList{a(inBody)});
        QVERIFY(found(free, u"饕餮线程"_s).contains(a(apart)));
        QVERIFY(!found(free, u"饕餮线程"_s).contains(a(inBody)));
    }

    void identifiersWholeAndByParts()
    {
        const qint64 code = article(u"Zorbly models"_s,
                                    u"Call zorblyFetchMore() then std::make_zorbly<Foo>() on a QZorblyItemModel."_s);
        QVERIFY(code);
        HttpClient free = as(u"free"_s);
        QCOMPARE(found(free, u"zorblyFetchMore"_s), QStringList{a(code)});
        QCOMPARE(found(free, u"zorblyfetchmore"_s), QStringList{a(code)});
        QCOMPARE(found(free, u"make_zorbly"_s), QStringList{a(code)});
        QCOMPARE(found(free, u"QZorblyItemModel"_s), QStringList{a(code)});
        QCOMPARE(found(free, u"zorbly fetch"_s), QStringList{a(code)});
        // The last word while typing is a prefix; typed whole it is a word.
        QCOMPARE(found(free, u"zorbl"_s, u"&typing=true"_s), QStringList{a(code)});
        QCOMPARE(found(free, u"zorbl"_s), QStringList{});
    }

    void phrasesAndEveryTerm()
    {
        const qint64 inOrder = article(u"Parade"_s, u"The quokka yak walrus parade."_s);
        const qint64 shuffled = article(u"Zoo"_s, u"A walrus and a yak beside a quokka."_s);
        HttpClient free = as(u"free"_s);
        QCOMPARE(found(free, u"\"quokka yak walrus\""_s), QStringList{a(inOrder)});
        QCOMPARE(asSet(found(free, u"quokka walrus"_s)), (QSet<QString>{a(inOrder), a(shuffled)}));
        QCOMPARE(found(free, u"quokka giraffe"_s), QStringList{});
    }

    void snippetsMarkTheMatchedWords()
    {
        const qint64 id = article(u"Long read"_s, QString(u"开头的废话。"_s).repeated(40) + u"这里讲麒麟算法。"_s +
                                                      QString(u"结尾的废话。"_s).repeated(40));
        HttpClient free = as(u"free"_s);
        const HttpResponse r = search(free, u"麒麟"_s);
        QCOMPARE(r.json[u"results"_s].toArray().size(), 1);
        const QJsonObject hit = r.json[u"results"_s][0].toObject();
        QCOMPARE(hit[u"id"_s].toInteger(), id);
        const QString snippet = hit[u"snippet"_s].toString();
        QVERIFY(snippet.startsWith(u"…"_s) && snippet.endsWith(u"…"_s));
        const QJsonArray marks = hit[u"highlights"_s].toArray();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(snippet.mid(marks[0][0].toInt(), marks[0][1].toInt()), u"麒麟"_s);
    }

    void lockedBodiesAreNeverSearched()
    {
        const qint64 paid = article(u"Wombat premium notes"_s, u"貔貅的秘密在正文里。"_s, u"premium"_s,
                                    u"Wombat overview, free to read."_s);
        QVERIFY(paid);
        HttpClient free = as(u"free"_s);
        HttpClient member = as(u"member"_s);
        HttpClient premium = as(u"premium"_s);
        QCOMPARE(found(free, u"貔貅"_s), QStringList{});
        QCOMPARE(found(member, u"貔貅"_s), QStringList{});
        QCOMPARE(found(premium, u"貔貅"_s), QStringList{a(paid)});
        // Its title and summary are public: found, marked locked, with no word of the body.
        const HttpResponse r = search(free, u"wombat"_s);
        QCOMPARE(r.json[u"results"_s].toArray().size(), 1);
        const QJsonObject hit = r.json[u"results"_s][0].toObject();
        QVERIFY(hit[u"locked"_s].toBool());
        QVERIFY(!r.body.contains("貔貅"));
        const HttpResponse open = search(premium, u"wombat"_s);
        QVERIFY(!open.json[u"results"_s][0][u"locked"_s].toBool());
        // A comment under it is for those who read it.
        QCOMPARE(premium.post(endpoints::AddComment.url(paid), {{u"body"_s, u"貔貅评论"_s}}).status, 201);
        QCOMPARE(found(free, u"貔貅评论"_s), QStringList{});
        QCOMPARE(found(premium, u"貔貅评论"_s).size(), 1);
        QVERIFY(found(premium, u"貔貅评论"_s).first().startsWith(u"comment:"_s));
        // When it becomes free, its body and comments are everyone's.
        QCOMPARE(as(u"author"_s).patch(endpoints::EditArticle.url(paid), {{u"requiredTier"_s, u"free"_s}}).status, 200);
        QCOMPARE(found(free, u"貔貅"_s).size(), 2);
    }

    void privateChannelsOnlyForTheirMembers()
    {
        const qint64 lounge = channel(u"premium-lounge"_s);
        const qint64 general = channel(u"general"_s);
        QVERIFY(lounge && general);
        const qint64 secret = say(u"premium"_s, lounge, u"鸾凤 lounge talk"_s);
        const qint64 open = say(u"premium"_s, general, u"鸾凤 general talk"_s);
        QVERIFY(secret && open);
        HttpClient free = as(u"free"_s);
        HttpClient premium = as(u"premium"_s);
        QCOMPARE(found(free, u"鸾凤"_s), QStringList{u"message:"_s + QString::number(open)});
        const HttpResponse r = search(premium, u"鸾凤 lounge"_s);
        QCOMPARE(r.json[u"results"_s].toArray().size(), 1);
        QCOMPARE(r.json[u"results"_s][0][u"id"_s].toInteger(), secret);
        QCOMPARE(r.json[u"results"_s][0][u"parentId"_s].toInteger(), lounge);
        QCOMPARE(r.json[u"results"_s][0][u"parentTitle"_s].toString(), u"premium-lounge"_s);
        QVERIFY(r.json[u"results"_s][0][u"seq"_s].toInteger() > 0);
    }

    void questionsAndAnswersByTier()
    {
        HttpClient member = as(u"member"_s);
        const qint64 question =
            member
                .post(endpoints::AskQuestion.url(), {{u"title"_s, u"How do 獬豸 work?"_s}, {u"body"_s, u"Details."_s}})
                .json[u"question"_s][u"id"_s]
                .toInteger();
        QVERIFY(question);
        const qint64 answer = as(u"premium"_s)
                                  .post(endpoints::AnswerQuestion.url(question), {{u"body"_s, u"獬豸 answer here"_s}})
                                  .json[u"answer"_s][u"id"_s]
                                  .toInteger();
        QVERIFY(answer);
        HttpClient free = as(u"free"_s);
        QCOMPARE(found(free, u"獬豸"_s), QStringList{});
        const QStringList seen = found(member, u"獬豸"_s);
        QCOMPARE(asSet(seen),
                 (QSet<QString>{u"question:"_s + QString::number(question), u"answer:"_s + QString::number(answer)}));
        const HttpResponse r = search(member, u"獬豸"_s, u"&kinds=answer"_s);
        QCOMPARE(r.json[u"results"_s].toArray().size(), 1);
        QCOMPARE(r.json[u"results"_s][0][u"parentTitle"_s].toString(), u"How do 獬豸 work?"_s);
    }

    void lessonsOpenWithTheirCourse()
    {
        HttpClient author = as(u"author"_s);
        const qint64 course = author
                                  .post(endpoints::CreateCourse.url(),
                                        {{u"title"_s, u"Premium 狻猊 course"_s}, {u"requiredTier"_s, u"premium"_s}})
                                  .json[u"course"_s][u"id"_s]
                                  .toInteger();
        const qint64 section = author.post(endpoints::AddSection.url(course), {{u"title"_s, u"One"_s}})
                                   .json[u"course"_s][u"sections"_s][0][u"id"_s]
                                   .toInteger();
        const qint64 lesson = author
                                  .post(endpoints::AddLesson.url(course), {{u"sectionId"_s, section},
                                                                           {u"title"_s, u"狻猊 basics"_s},
                                                                           {u"kind"_s, u"text"_s},
                                                                           {u"body"_s, u"The 狴犴 secret inside."_s}})
                                  .json[u"lesson"_s][u"id"_s]
                                  .toInteger();
        QVERIFY(course && section && lesson);
        HttpClient free = as(u"free"_s);
        // A draft is its author's alone.
        QCOMPARE(found(free, u"狻猊"_s), QStringList{});
        QCOMPARE(found(author, u"狴犴"_s), QStringList{u"lesson:"_s + QString::number(lesson)});
        QCOMPARE(author
                     .patch(endpoints::UpdateCourse.url(course), {{u"title"_s, u"Premium 狻猊 course"_s},
                                                                  {u"requiredTier"_s, u"premium"_s},
                                                                  {u"published"_s, true}})
                     .status,
                 200);
        // Published: its title and the lesson's for all, the lesson's text for those who open it.
        QCOMPARE(found(free, u"狻猊"_s).size(), 2);
        QCOMPARE(found(free, u"狴犴"_s), QStringList{});
        HttpClient premium = as(u"premium"_s);
        QCOMPARE(found(premium, u"狴犴"_s), QStringList{u"lesson:"_s + QString::number(lesson)});
    }

    void followsEditsAndDeletions()
    {
        HttpClient author = as(u"author"_s);
        HttpClient free = as(u"free"_s);
        const qint64 id = article(u"Ephemeral"_s, u"The 貘 appears."_s);
        QCOMPARE(found(free, u"貘"_s), QStringList{a(id)});
        QCOMPARE(author.patch(endpoints::EditArticle.url(id), {{u"body"_s, u"The 夔 appears."_s}}).status, 200);
        QCOMPARE(found(free, u"貘"_s), QStringList{});
        QCOMPARE(found(free, u"夔"_s), QStringList{a(id)});
        QCOMPARE(author.post(endpoints::AddComment.url(id), {{u"body"_s, u"夔 comment"_s}}).status, 201);
        QCOMPARE(found(free, u"夔"_s).size(), 2);
        QCOMPARE(author.del(endpoints::DeleteArticle.url(id)).status, 204);
        QCOMPARE(found(free, u"夔"_s), QStringList{});
    }

    void pagesAndKinds()
    {
        for (int i = 0; i < 7; ++i) {
            QVERIFY(article(u"Pager %1"_s.arg(i), u"xylophonic page %1"_s.arg(i)));
        }
        HttpClient free = as(u"free"_s);
        QStringList all;
        QString cursor;
        for (int guard = 0; guard < 10; ++guard) {
            const HttpResponse r =
                search(free, u"xylophonic"_s, u"&limit=3"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.json[u"results"_s].toArray()) {
                all.append(QString::number(v[u"id"_s].toInteger()));
            }
            cursor = r.json[u"nextCursor"_s].toString();
            if (cursor.isEmpty()) {
                break;
            }
        }
        QCOMPARE(all.size(), 7);
        QCOMPARE(asSet(all).size(), 7);
        QCOMPARE(found(free, u"xylophonic"_s, u"&kinds=message,event"_s), QStringList{});
    }

    void narrowedByTagAndAuthor()
    {
        HttpClient author = as(u"author"_s);
        HttpClient admin = as(u"admin"_s);
        const qint64 tagged = author
                                  .post(endpoints::CreateArticle.url(), {{u"title"_s, u"Tagged"_s},
                                                                         {u"body"_s, u"鸱吻在屋脊上。"_s},
                                                                         {u"tags"_s, QJsonArray{u"ZorbTag"_s}}})
                                  .json[u"article"_s][u"id"_s]
                                  .toInteger();
        const qint64 byAdmin =
            admin.post(endpoints::CreateArticle.url(), {{u"title"_s, u"Admin's"_s}, {u"body"_s, u"鸱吻也在这里。"_s}})
                .json[u"article"_s][u"id"_s]
                .toInteger();
        QVERIFY(tagged && byAdmin);
        HttpClient free = as(u"free"_s);
        QCOMPARE(asSet(found(free, u"鸱吻"_s)), (QSet<QString>{a(tagged), a(byAdmin)}));
        QCOMPARE(found(free, u"鸱吻"_s, u"&tag=zorbtag"_s), QStringList{a(tagged)});
        QCOMPARE(found(free, u"鸱吻"_s, u"&author=admin"_s), QStringList{a(byAdmin)});
        QCOMPARE(found(free, u"鸱吻"_s, u"&author=ada"_s), QStringList{a(byAdmin)}); // "Ada Admin"
        QCOMPARE(found(free, u"鸱吻"_s, u"&author=%25"_s), QStringList{});           // a wildcard is a character
        QCOMPARE(found(free, u"鸱吻"_s, u"&author=nobody"_s), QStringList{});
        QCOMPARE(search(free, u"鸱吻"_s, u"&tag="_s + QString(33, u'x')).status, 400);
    }

    void membersByNameNeverByEmail()
    {
        HttpClient free = as(u"free"_s);
        const HttpResponse byName = search(free, u"Mei"_s, u"&kinds=member"_s);
        QCOMPARE(byName.status, 200);
        QCOMPARE(byName.json[u"results"_s].toArray().size(), 1);
        const QJsonObject mei = byName.json[u"results"_s][0].toObject();
        QCOMPARE(mei[u"kind"_s].toString(), u"member"_s);
        QCOMPARE(mei[u"title"_s].toString(), u"Mei Member"_s);
        QCOMPARE(mei[u"parentTitle"_s].toString(), u"member"_s); // the username, to write to them
        QCOMPARE(found(free, u"premium"_s, u"&kinds=member"_s).size(), 1);
        QVERIFY(found(free, u"example"_s, u"&kinds=member"_s).isEmpty()); // emails are not searched
        // A new name is found at once; the old one no more.
        HttpClient renamed = as(u"premium"_s);
        QCOMPARE(renamed.post(endpoints::ChangeProfile.url(), {{u"displayName"_s, u"Zyzzyva Premium"_s}}).status, 200);
        QCOMPARE(found(free, u"zyzzyva"_s, u"&kinds=member"_s).size(), 1);
        QVERIFY(found(free, u"Pat"_s, u"&kinds=member"_s).isEmpty());
    }

    void badInputIsRefused()
    {
        HttpClient free = as(u"free"_s);
        QCOMPARE(free.get(endpoints::Search.url()).status, 400);
        QCOMPARE(search(free, u"x"_s, u"&kinds=article,poem"_s).status, 400);
        QCOMPARE(search(free, u"x"_s, u"&cursor=abc"_s).status, 400);
        QCOMPARE(search(free, u"x"_s, u"&cursor=-3"_s).status, 400);
        QCOMPARE(search(free, u"x"_s, u"&limit=0"_s).status, 400);
        QCOMPARE(search(free, u"x"_s, u"&limit=51"_s).status, 400);
        QCOMPARE(search(free, QString(201, u'x')).status, 400);
        QCOMPARE(free.get(endpoints::Search.url() + u"?q=%FF%FE"_s).status, 400);
        // Nothing to search for, or FTS5's own syntax typed as text: no results, no error.
        for (const QString &q : {u"   "_s, u"，。！"_s, u"NEAR(a b)"_s, u"title:x"_s, u"\"unbalanced"_s, u"a* OR b"_s,
                                 u"{title open_text} : x"_s, u"'; DROP TABLE articles; --"_s, u"\\"_s}) {
            const HttpResponse r = search(free, q);
            QVERIFY2(r.status == 200, qPrintable(q + u": "_s + QString::fromUtf8(r.body)));
        }
        QCOMPARE(HttpClient(m_server->baseUrl()).get(endpoints::Search.url() + u"?q=x"_s).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestServerSearch)
#include "tst_server_search.moc"
