#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"
#include "support/wsclient.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// What happens to chat messages after they are sent, against real guild-server processes: edits,
// deletes, reactions, catching up on them after being away (resume by revision), threads, shared
// notification levels, and promoting a thread to an article.
class TestServerChatChanges : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    qint64 m_general = 0; // free
    qint64 m_premium = 0; // premium

    QString token(const QString &user, TestServer *server = nullptr)
    {
        HttpClient c((server ? server : m_server.get())->baseUrl());
        return c.login(user).json.value(u"accessToken"_s).toString();
    }

    std::unique_ptr<WsClient> connectAs(const QString &user, TestServer *server = nullptr, QJsonObject *ready = nullptr)
    {
        auto client = std::make_unique<WsClient>((server ? server : m_server.get())->baseUrl());
        const QJsonObject frame = client->openAndAuth(token(user, server));
        if (ready) {
            *ready = frame;
        }
        return client;
    }

    /// Sends a message and returns it as acknowledged: {id, seq, ...}.
    static QJsonObject post(WsClient &client, qint64 channel, const QString &body, qint64 replyTo = 0)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject frame{{u"type"_s, u"send"_s}, {u"channelId"_s, channel}, {u"clientId"_s, id}, {u"body"_s, body}};
        if (replyTo > 0) {
            frame.insert(u"replyTo"_s, replyTo);
        }
        client.sendJson(frame);
        return client.waitFor(
            [id](const QJsonObject &f) { return f[u"type"_s] == u"ack"_s && f[u"clientId"_s] == id; });
    }

    static QJsonObject updateOf(WsClient &client, qint64 messageId,
                                const std::function<bool(const QJsonObject &)> &also)
    {
        return client
            .waitFor([&](const QJsonObject &f) {
                const QJsonObject m = f[u"message"_s].toObject();
                return f[u"type"_s] == u"message.updated"_s && m[u"id"_s].toInteger() == messageId && also(m);
            })[u"message"_s]
            .toObject();
    }

    static QJsonObject errorFor(WsClient &client, const QString &code)
    {
        return client.waitFor(
            [code](const QJsonObject &f) { return f[u"type"_s] == u"error"_s && f[u"code"_s] == code; });
    }

    QJsonObject restMessage(const QString &user, qint64 channel, qint64 seq)
    {
        HttpClient c(m_server->baseUrl());
        c.login(user);
        const QJsonArray list = c.get(endpoints::ChannelHistory.url(channel) + u"?after=%1&limit=1"_s.arg(seq - 1))
                                    .json[u"messages"_s]
                                    .toArray();
        return list.isEmpty() ? QJsonObject() : list.first().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(TestServer::Options{true, {u"--chat-rate"_s, u"1000:1000"_s}});
        QVERIFY(m_server->start());
        HttpClient c(m_server->baseUrl());
        c.login(u"premium"_s);
        for (const QJsonValue &v : c.get(endpoints::ListChannels.url()).json[u"channels"_s].toArray()) {
            const QString tier = v[u"requiredTier"_s].toString();
            if (tier == u"free"_s) {
                m_general = v[u"id"_s].toInteger();
            } else if (tier == u"premium"_s) {
                m_premium = v[u"id"_s].toInteger();
            }
        }
        QVERIFY(m_general && m_premium);
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void edit_byAuthor_reachesEveryReader_withANewRevision()
    {
        auto author = connectAs(u"member"_s);
        auto reader = connectAs(u"free"_s);
        const QJsonObject ack = post(*author, m_general, u"frist"_s);
        const qint64 id = ack[u"id"_s].toInteger();
        const QJsonObject sent = restMessage(u"free"_s, m_general, ack[u"seq"_s].toInteger());
        author->sendJson({{u"type"_s, u"edit"_s}, {u"messageId"_s, id}, {u"body"_s, u"first, 已更正"_s}});
        const QJsonObject updated = updateOf(*reader, id, [](const QJsonObject &) { return true; });
        QCOMPARE(updated[u"body"_s].toString(), u"first, 已更正"_s);
        QVERIFY(updated.contains(u"editedAt"_s));
        QVERIFY(updated[u"rev"_s].toInteger() > sent[u"rev"_s].toInteger());
        QCOMPARE(updated[u"seq"_s].toInteger(), ack[u"seq"_s].toInteger()); // keeps its place
        QVERIFY(!updateOf(*author, id, [](const QJsonObject &) { return true; }).isEmpty());
        QCOMPARE(restMessage(u"free"_s, m_general, ack[u"seq"_s].toInteger())[u"body"_s].toString(),
                 u"first, 已更正"_s);
    }

    void edit_bySomeoneElse_orAfterDelete_isRefused_andChangesNothing()
    {
        auto author = connectAs(u"member"_s);
        auto other = connectAs(u"admin"_s);
        const QJsonObject ack = post(*author, m_general, u"mine"_s);
        const qint64 id = ack[u"id"_s].toInteger();
        other->sendJson({{u"type"_s, u"edit"_s}, {u"messageId"_s, id}, {u"body"_s, u"not yours"_s}});
        QCOMPARE(errorFor(*other, u"not_allowed"_s)[u"ref"_s].toString(), QString::number(id));
        author->sendJson({{u"type"_s, u"edit"_s}, {u"messageId"_s, id}, {u"body"_s, u"   "_s}});
        QVERIFY(!errorFor(*author, u"bad_frame"_s).isEmpty());
        author->sendJson({{u"type"_s, u"edit"_s}, {u"messageId"_s, id}, {u"body"_s, QString(4001, u'x')}});
        // (A ping is no barrier here: it is answered on arrival, the edit only after its database work.)
        QTRY_COMPARE(author->framesOfType(u"error"_s).size(), 2);
        author->sendJson({{u"type"_s, u"edit"_s}, {u"messageId"_s, 987654321}, {u"body"_s, u"ghost"_s}});
        QVERIFY(!errorFor(*author, u"no_such_message"_s).isEmpty());
        QCOMPARE(restMessage(u"member"_s, m_general, ack[u"seq"_s].toInteger())[u"body"_s].toString(), u"mine"_s);

        author->sendJson({{u"type"_s, u"delete"_s}, {u"messageId"_s, id}});
        QVERIFY(
            updateOf(*author, id, [](const QJsonObject &m) { return m[u"deleted"_s].toBool(); }).contains(u"rev"_s));
        author->clear();
        author->sendJson({{u"type"_s, u"edit"_s}, {u"messageId"_s, id}, {u"body"_s, u"back from the dead"_s}});
        QVERIFY(!errorFor(*author, u"not_allowed"_s).isEmpty());
    }

    void delete_byAuthorOrAdmin_keepsTheSeq_andEmptiesTheBody()
    {
        auto author = connectAs(u"member"_s);
        auto admin = connectAs(u"admin"_s);
        auto bystander = connectAs(u"free"_s);
        const QJsonObject first = post(*author, m_general, u"regrettable"_s);
        const QJsonObject second = post(*author, m_general, u"spam"_s);

        bystander->sendJson({{u"type"_s, u"delete"_s}, {u"messageId"_s, first[u"id"_s]}});
        QVERIFY(!errorFor(*bystander, u"not_allowed"_s).isEmpty());

        author->sendJson({{u"type"_s, u"delete"_s}, {u"messageId"_s, first[u"id"_s]}});
        const QJsonObject gone = updateOf(*bystander, first[u"id"_s].toInteger(),
                                          [](const QJsonObject &m) { return m[u"deleted"_s].toBool(); });
        QCOMPARE(gone[u"body"_s].toString(), QString());
        admin->sendJson({{u"type"_s, u"delete"_s}, {u"messageId"_s, second[u"id"_s]}});
        QVERIFY(!updateOf(*bystander, second[u"id"_s].toInteger(), [](const QJsonObject &m) {
                     return m[u"deleted"_s].toBool();
                 }).isEmpty());

        // Still there, in place, with nothing in it: seq numbering has no holes.
        const QJsonObject stored = restMessage(u"free"_s, m_general, first[u"seq"_s].toInteger());
        QCOMPARE(stored[u"id"_s], first[u"id"_s]);
        QVERIFY(stored[u"deleted"_s].toBool());
        QCOMPARE(stored[u"body"_s].toString(), QString());

        // A second delete changes nothing and tells nobody else.
        bystander->clear();
        author->clear();
        author->sendJson({{u"type"_s, u"delete"_s}, {u"messageId"_s, first[u"id"_s]}});
        // The requester hears the unchanged message once the server is done; anything broadcast would
        // have been queued to the bystander before that, and its barrier then brings it in.
        QVERIFY(!updateOf(*author, first[u"id"_s].toInteger(), [](const QJsonObject &) { return true; }).isEmpty());
        QVERIFY(bystander->barrier());
        QVERIFY(bystander->framesOfType(u"message.updated"_s).isEmpty());
    }

    void reactions_toggle_perMember_andAreValidated()
    {
        auto a = connectAs(u"member"_s);
        auto b = connectAs(u"free"_s);
        const qint64 id = post(*a, m_general, u"react to me"_s)[u"id"_s].toInteger();
        a->sendJson({{u"type"_s, u"react"_s}, {u"messageId"_s, id}, {u"emoji"_s, u"👍"_s}});
        b->sendJson({{u"type"_s, u"react"_s}, {u"messageId"_s, id}, {u"emoji"_s, u"👍"_s}});
        b->sendJson({{u"type"_s, u"react"_s}, {u"messageId"_s, id}, {u"emoji"_s, u"🎉"_s}});
        const QJsonObject both = updateOf(*a, id, [](const QJsonObject &m) {
            const QJsonArray r = m[u"reactions"_s].toArray();
            return r.size() == 2 && r[0][u"users"_s].toArray().size() == 2;
        });
        QCOMPARE(both[u"reactions"_s][0][u"emoji"_s].toString(), u"👍"_s);
        QCOMPARE(both[u"reactions"_s][1][u"emoji"_s].toString(), u"🎉"_s);

        // Adding again is a no-op; taking back removes only the member's own. b's own reactions were
        // broadcast to b too: bring them all in before forgetting them.
        QVERIFY(b->barrier());
        b->clear();
        a->clear();
        a->sendJson({{u"type"_s, u"react"_s}, {u"messageId"_s, id}, {u"emoji"_s, u"👍"_s}});
        a->sendJson({{u"type"_s, u"react"_s}, {u"messageId"_s, id}, {u"emoji"_s, u"🎉"_s}, {u"on"_s, false}});
        QTRY_COMPARE(a->framesOfType(u"message.updated"_s).size(), 2);
        QVERIFY(b->barrier());
        QVERIFY(b->framesOfType(u"message.updated"_s).isEmpty());
        a->sendJson({{u"type"_s, u"react"_s}, {u"messageId"_s, id}, {u"emoji"_s, u"👍"_s}, {u"on"_s, false}});
        const QJsonObject after = updateOf(*b, id, [](const QJsonObject &) { return true; });
        const QJsonArray reactions = after[u"reactions"_s].toArray();
        QCOMPARE(reactions.size(), 2);
        QCOMPARE(reactions[0][u"users"_s].toArray().size(), 1);

        for (const QJsonValue &bad : {QJsonValue(u""_s), QJsonValue(u"lol"_s), QJsonValue(u"a b"_s),
                                      QJsonValue(QString(17, u'!')), QJsonValue(3)}) {
            a->clear();
            a->sendJson({{u"type"_s, u"react"_s}, {u"messageId"_s, id}, {u"emoji"_s, bad}});
            QVERIFY2(!errorFor(*a, u"bad_frame"_s).isEmpty(), qPrintable(bad.toVariant().toString()));
        }
        a->sendJson({{u"type"_s, u"react"_s}, {u"messageId"_s, id}, {u"emoji"_s, u"👍"_s}, {u"on"_s, u"yes"_s}});
        QVERIFY(!errorFor(*a, u"bad_frame"_s).isEmpty());
    }

    void reactions_differentKinds_areCapped()
    {
        auto a = connectAs(u"member"_s);
        const qint64 id = post(*a, m_general, u"so many feelings"_s)[u"id"_s].toInteger();
        for (int i = 0; i < 21; ++i) {
            a->sendJson({{u"type"_s, u"react"_s}, {u"messageId"_s, id}, {u"emoji"_s, QString(QChar(0x2600 + i))}});
        }
        QVERIFY(!errorFor(*a, u"not_allowed"_s).isEmpty());
        QVERIFY(a->barrier());
        HttpClient c(m_server->baseUrl());
        c.login(u"member"_s);
        const QJsonArray thread = c.get(endpoints::GetThread.url(id)).json[u"messages"_s].toArray();
        QCOMPARE(thread.first()[u"reactions"_s].toArray().size(), 20);
    }

    void changes_inChannelsTheMemberCannotRead_areRefused()
    {
        auto premium = connectAs(u"premium"_s);
        auto free = connectAs(u"free"_s);
        const qint64 id = post(*premium, m_premium, u"premium only"_s)[u"id"_s].toInteger();
        // A free member cannot even tell whether the message exists: it looks like none.
        for (const QJsonObject &f : {QJsonObject{{u"type"_s, u"react"_s}, {u"messageId"_s, id}, {u"emoji"_s, u"👀"_s}},
                                     QJsonObject{{u"type"_s, u"delete"_s}, {u"messageId"_s, id}},
                                     QJsonObject{{u"type"_s, u"edit"_s}, {u"messageId"_s, id}, {u"body"_s, u"x"_s}}}) {
            free->clear();
            free->sendJson(f);
            QVERIFY(!free->waitForType(u"error"_s).isEmpty());
            const QString code = free->framesOfType(u"error"_s).first()[u"code"_s].toString();
            QVERIFY2(code == u"membership_required"_s, qPrintable(code));
        }
        HttpClient c(m_server->baseUrl());
        c.login(u"free"_s);
        QCOMPARE(c.get(endpoints::GetThread.url(id)).status, 403);
        QCOMPARE(c.get(endpoints::GetThread.url(987654321)).status, 404);
    }

    void resume_withRevision_catchesUpOnChangesMadeWhileAway()
    {
        auto author = connectAs(u"member"_s);
        const QJsonObject kept = post(*author, m_general, u"will be edited"_s);
        const QJsonObject removed = post(*author, m_general, u"will be deleted"_s);
        const QJsonObject liked = post(*author, m_general, u"will be liked"_s);

        // A second device reads up to here, then goes away with the channel's revision.
        QJsonObject ready;
        auto away = connectAs(u"free"_s, nullptr, &ready);
        qint64 lastRev = 0;
        qint64 lastSeq = 0;
        for (const QJsonValue &c : ready[u"channels"_s].toArray()) {
            if (c[u"id"_s].toInteger() == m_general) {
                lastRev = c[u"lastRev"_s].toInteger();
                lastSeq = c[u"lastSeq"_s].toInteger();
            }
        }
        QVERIFY(lastRev >= lastSeq && lastSeq >= liked[u"seq"_s].toInteger());
        away.reset();

        author->sendJson(
            {{u"type"_s, u"edit"_s}, {u"messageId"_s, kept[u"id"_s]}, {u"body"_s, u"edited while away"_s}});
        author->sendJson({{u"type"_s, u"delete"_s}, {u"messageId"_s, removed[u"id"_s]}});
        author->sendJson({{u"type"_s, u"react"_s}, {u"messageId"_s, liked[u"id"_s]}, {u"emoji"_s, u"❤️"_s}});
        const QJsonObject fresh = post(*author, m_general, u"new while away"_s);

        auto back = connectAs(u"free"_s);
        back->sendJson(
            {{u"type"_s, u"resume"_s},
             {u"channels"_s,
              QJsonArray{QJsonObject{{u"channelId"_s, m_general}, {u"lastSeq"_s, lastSeq}, {u"lastRev"_s, lastRev}}}}});
        const QJsonObject changes = back->waitForType(u"changes"_s);
        const QJsonArray changed = changes[u"messages"_s].toArray();
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed[0][u"body"_s].toString(), u"edited while away"_s);
        QVERIFY(changed[1][u"deleted"_s].toBool());
        QCOMPARE(changed[2][u"reactions"_s][0][u"emoji"_s].toString(), u"❤️"_s);
        QVERIFY(!changes[u"hasMore"_s].toBool());
        QVERIFY(changes[u"rev"_s].toInteger() >= changed[2][u"rev"_s].toInteger());
        // And the new message comes in the history gap, as before.
        const QJsonObject history = back->waitForType(u"history"_s);
        QCOMPARE(history[u"messages"_s].toArray().last()[u"clientId"_s], fresh[u"clientId"_s]);

        // Resuming from the revision it reported: nothing more to catch up on.
        back->clear();
        back->sendJson({{u"type"_s, u"resume"_s},
                        {u"channels"_s, QJsonArray{QJsonObject{{u"channelId"_s, m_general},
                                                               {u"lastSeq"_s, fresh[u"seq"_s]},
                                                               {u"lastRev"_s, changes[u"rev"_s]}}}}});
        QVERIFY(back->waitForType(u"changes"_s)[u"messages"_s].toArray().isEmpty());

        back->sendJson({{u"type"_s, u"resume"_s},
                        {u"channels"_s,
                         QJsonArray{QJsonObject{{u"channelId"_s, m_general}, {u"lastSeq"_s, 1}, {u"lastRev"_s, -1}}}}});
        QVERIFY(!errorFor(*back, u"bad_frame"_s).isEmpty());
    }

    void threads_areFlat_andServedOverRest()
    {
        auto a = connectAs(u"member"_s);
        auto b = connectAs(u"author"_s);
        const QJsonObject root = post(*a, m_general, u"How do I avoid blocking the GUI thread?"_s);
        const QJsonObject reply =
            post(*b, m_general, u"Run the query on a worker thread."_s, root[u"id"_s].toInteger());
        // A reply to the reply joins the same thread.
        const QJsonObject nested = post(*a, m_general, u"Thanks! With QtConcurrent?"_s, reply[u"id"_s].toInteger());
        post(*a, m_general, u"unrelated"_s);
        QVERIFY(!nested.isEmpty());
        HttpClient c(m_server->baseUrl());
        c.login(u"free"_s);
        const QJsonArray thread =
            c.get(endpoints::GetThread.url(root[u"id"_s].toInteger())).json[u"messages"_s].toArray();
        QCOMPARE(thread.size(), 3);
        QCOMPARE(thread[0][u"id"_s], root[u"id"_s]);
        QCOMPARE(thread[1][u"replyTo"_s], root[u"id"_s]);
        QCOMPARE(thread[2][u"replyTo"_s], root[u"id"_s]);
        QCOMPARE(thread[2][u"body"_s].toString(), u"Thanks! With QtConcurrent?"_s);
    }

    void notifyLevels_areSharedByTheMembersDevices()
    {
        QJsonObject ready;
        auto laptop = connectAs(u"author"_s, nullptr, &ready);
        auto desktop = connectAs(u"author"_s);
        auto someoneElse = connectAs(u"member"_s);
        const QJsonObject root = post(*laptop, m_general, u"a noisy thread"_s);
        laptop->sendJson({{u"type"_s, u"notify"_s}, {u"channelId"_s, m_general}, {u"level"_s, u"mentions"_s}});
        laptop->sendJson({{u"type"_s, u"notify"_s},
                          {u"channelId"_s, m_general},
                          {u"threadId"_s, root[u"id"_s]},
                          {u"level"_s, u"muted"_s}});
        const QJsonObject thread = desktop->waitFor(
            [](const QJsonObject &f) { return f[u"type"_s] == u"notify"_s && f[u"threadId"_s].toInteger() != 0; });
        QCOMPARE(thread[u"level"_s].toString(), u"muted"_s);
        QVERIFY(someoneElse->barrier());
        QVERIFY(someoneElse->framesOfType(u"notify"_s).isEmpty());

        // A new connection hears them in its ready frame.
        QJsonObject later;
        auto phone = connectAs(u"author"_s, nullptr, &later);
        const QJsonArray prefs = later[u"notify"_s].toArray();
        QCOMPARE(prefs.size(), 2);
        QCOMPARE(prefs[0][u"level"_s].toString(), u"mentions"_s);
        QCOMPARE(prefs[1][u"threadId"_s], root[u"id"_s]);

        for (const QJsonObject &bad :
             {QJsonObject{{u"type"_s, u"notify"_s}, {u"channelId"_s, m_general}, {u"level"_s, u"loud"_s}},
              QJsonObject{{u"type"_s, u"notify"_s}, {u"channelId"_s, u"x"_s}, {u"level"_s, u"all"_s}},
              QJsonObject{{u"type"_s, u"notify"_s},
                          {u"channelId"_s, m_general},
                          {u"threadId"_s, -4},
                          {u"level"_s, u"all"_s}}}) {
            phone->clear();
            phone->sendJson(bad);
            QVERIFY(!errorFor(*phone, u"bad_frame"_s).isEmpty());
        }
        // A reply is not a thread; an unknown channel is not a channel.
        const QJsonObject reply = post(*phone, m_general, u"me too"_s, root[u"id"_s].toInteger());
        phone->sendJson({{u"type"_s, u"notify"_s},
                         {u"channelId"_s, m_general},
                         {u"threadId"_s, reply[u"id"_s]},
                         {u"level"_s, u"all"_s}});
        QVERIFY(!errorFor(*phone, u"no_such_message"_s).isEmpty());
        phone->sendJson({{u"type"_s, u"notify"_s}, {u"channelId"_s, 987654}, {u"level"_s, u"all"_s}});
        QVERIFY(!errorFor(*phone, u"no_such_channel"_s).isEmpty());
    }

    void promoteThread_toArticle_byAuthorsOnly_withALinkBack()
    {
        auto asker = connectAs(u"member"_s);
        auto expert = connectAs(u"author"_s);
        const QJsonObject root = post(*asker, m_general, u"Why does my QTimer never fire?"_s);
        post(*expert, m_general, u"Your thread has no event loop:\n```cpp\nQThread::exec();\n```"_s,
             root[u"id"_s].toInteger());
        const QString path = endpoints::PromoteToArticle.url(root[u"id"_s].toInteger());

        HttpClient member(m_server->baseUrl());
        member.login(u"member"_s);
        QCOMPARE(member.post(path, {{u"title"_s, u"QTimer in threads"_s}}).status, 403);

        HttpClient author(m_server->baseUrl());
        author.login(u"author"_s);
        QCOMPARE(author.post(path, QJsonObject{}).status, 400);
        QCOMPARE(author.post(path, {{u"title"_s, 42}}).status, 400);
        QCOMPARE(author.post(endpoints::PromoteToArticle.url(987654321), {{u"title"_s, u"t"_s}}).status, 404);
        const auto created =
            author.post(path, {{u"title"_s, u"QTimer in threads"_s}, {u"tags"_s, QJsonArray{u"qt"_s}}});
        QCOMPARE(created.status, 201);
        const QJsonObject article = created.json[u"article"_s].toObject();
        QCOMPARE(article[u"title"_s].toString(), u"QTimer in threads"_s);
        QCOMPARE(article[u"requiredTier"_s].toString(), u"free"_s);
        const QString body = author.get(endpoints::GetArticle.url(article[u"id"_s].toInteger()))
                                 .json[u"article"_s][u"body"_s]
                                 .toString();
        QVERIFY(body.contains(u"Why does my QTimer never fire?"_s));
        QVERIFY(body.contains(u"QThread::exec();"_s));
        QVERIFY2(body.contains(u"guild://chat/%1/%2"_s.arg(m_general).arg(root[u"seq"_s].toInteger())),
                 qPrintable(body));
        // Once only, even when asked through a reply of the same thread.
        QCOMPARE(author.post(path, {{u"title"_s, u"Again"_s}}).status, 409);

        // A premium channel's thread becomes a premium article.
        auto premium = connectAs(u"premium"_s);
        const QJsonObject secret = post(*premium, m_premium, u"premium wisdom"_s);
        HttpClient admin(m_server->baseUrl());
        admin.login(u"admin"_s);
        const auto promoted =
            admin.post(endpoints::PromoteToArticle.url(secret[u"id"_s].toInteger()), {{u"title"_s, u"Wisdom"_s}});
        QCOMPARE(promoted.status, 201);
        QCOMPARE(promoted.json[u"article"_s][u"requiredTier"_s].toString(), u"premium"_s);
    }

    void promoteThread_toQuestion_withTheRepliesAsAnswers()
    {
        auto asker = connectAs(u"free"_s);
        auto helper = connectAs(u"member"_s);
        const QJsonObject root = post(*asker, m_general, u"Which container for a job queue?"_s);
        post(*helper, m_general, u"QQueue, guarded by a mutex."_s, root[u"id"_s].toInteger());
        const QString path = endpoints::PromoteToQuestion.url(root[u"id"_s].toInteger());
        HttpClient member(m_server->baseUrl());
        member.login(u"member"_s);
        QCOMPARE(member.post(path, QJsonObject{}).status, 403);
        HttpClient author(m_server->baseUrl());
        author.login(u"author"_s);
        QCOMPARE(author.post(path, {{u"title"_s, 7}}).status, 400);
        const HttpResponse created = author.post(path, {{u"title"_s, u"A job queue in Qt"_s}});
        QCOMPARE(created.status, 201);
        const QJsonObject question = created.json[u"question"_s].toObject();
        QCOMPARE(question[u"asker"_s].toString(), u"Fei Free"_s); // asked by whoever asked in chat
        QCOMPARE(question[u"answers"_s].toArray().size(), 1);
        QCOMPARE(question[u"answers"_s][0][u"author"_s].toString(), u"Mei Member"_s);
        QVERIFY(question[u"body"_s].toString().contains(u"guild://chat/"_s));
        QCOMPARE(author.post(path, {{u"title"_s, u"Again"_s}}).status, 409);
    }

    void promoteThread_toQuestion_keepsTheChannelsTier()
    {
        // A thread in the premium lounge stays premium as a question: Q&A has its own tier (member),
        // and the stricter of the two wins.
        auto premium = connectAs(u"premium"_s);
        const QJsonObject root = post(*premium, m_premium, u"CANARY-LOUNGE: our internal roadmap"_s);
        HttpClient admin(m_server->baseUrl());
        admin.login(u"admin"_s);
        const HttpResponse created =
            admin.post(endpoints::PromoteToQuestion.url(root[u"id"_s].toInteger()), {{u"title"_s, u"Roadmap"_s}});
        QCOMPARE(created.status, 201);
        const QJsonObject question = created.json[u"question"_s].toObject();
        QCOMPARE(question[u"requiredTier"_s].toString(), u"premium"_s);
        const qint64 id = question[u"id"_s].toInteger();
        for (const QString &user : {u"free"_s, u"member"_s}) {
            HttpClient c(m_server->baseUrl());
            c.login(user);
            const HttpResponse detail = c.get(endpoints::GetQuestion.url(id));
            QCOMPARE(detail.status, 403);
            const HttpResponse list = c.get(endpoints::ListQuestions.url());
            QCOMPARE(list.status, 200);
            QVERIFY2(!list.body.contains("CANARY-LOUNGE") && !detail.body.contains("CANARY-LOUNGE"), qPrintable(user));
        }
        HttpClient reader(m_server->baseUrl());
        reader.login(u"premium"_s);
        QVERIFY(reader.get(endpoints::GetQuestion.url(id)).body.contains("CANARY-LOUNGE"));

        // From a free channel, the question still needs Q&A's own tier.
        auto free = connectAs(u"free"_s);
        const QJsonObject open = post(*free, m_general, u"Anyone free tonight?"_s);
        const HttpResponse fromFree =
            admin.post(endpoints::PromoteToQuestion.url(open[u"id"_s].toInteger()), QJsonObject{});
        QCOMPARE(fromFree.json[u"question"_s][u"requiredTier"_s].toString(), u"member"_s);
    }

    void twoServersOnePostgres_carryChangesAndLevels()
    {
        if (!TestServer::usePostgres()) {
            QSKIP("fan-out across processes needs PostgreSQL; the _postgres variant runs it");
        }
        TestServer second(TestServer::Options{false, {}, m_server.get()});
        QVERIFY(second.start());
        auto reader = connectAs(u"free"_s, &second);
        auto sameAuthorThere = connectAs(u"member"_s, &second);
        auto author = connectAs(u"member"_s);
        const qint64 id = post(*author, m_general, u"typo teh"_s)[u"id"_s].toInteger();
        author->sendJson({{u"type"_s, u"edit"_s}, {u"messageId"_s, id}, {u"body"_s, u"typo the"_s}});
        author->sendJson({{u"type"_s, u"react"_s}, {u"messageId"_s, id}, {u"emoji"_s, u"👌"_s}});
        const QJsonObject last = updateOf(*reader, id, [](const QJsonObject &m) { return m.contains(u"reactions"_s); });
        QCOMPARE(last[u"body"_s].toString(), u"typo the"_s);
        author->sendJson({{u"type"_s, u"notify"_s}, {u"channelId"_s, m_general}, {u"level"_s, u"muted"_s}});
        QCOMPARE(sameAuthorThere->waitForType(u"notify"_s, 15000)[u"level"_s].toString(), u"muted"_s);
        QVERIFY(second.stop());
    }
};

QTEST_GUILESS_MAIN(TestServerChatChanges)
#include "tst_server_chatchanges.moc"
