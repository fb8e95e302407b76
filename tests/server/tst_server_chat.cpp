#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/prometheustext.h"
#include "support/testserver.h"
#include "support/wsclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// Chat over WebSocket against real guild-server processes: exactly-once delivery, order, resume,
// tier gates, rate limits and hostile frames.
class TestServerChat : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    qint64 m_general = 0; // free
    qint64 m_cppQt = 0;   // member
    qint64 m_premium = 0; // premium

    QString token(const QString &user, TestServer *server = nullptr)
    {
        HttpClient c((server ? server : m_server.get())->baseUrl());
        return c.login(user).json.value(u"accessToken"_s).toString();
    }

    std::unique_ptr<WsClient> connectAs(const QString &user, TestServer *server = nullptr)
    {
        auto client = std::make_unique<WsClient>((server ? server : m_server.get())->baseUrl());
        const QJsonObject ready = client->openAndAuth(token(user, server));
        if (ready.isEmpty()) {
            qWarning("chat auth failed for %s", qPrintable(user));
        }
        return client;
    }

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    static bool isAckFor(const QJsonObject &f, const QString &clientId)
    {
        return f[u"type"_s] == u"ack"_s && f[u"clientId"_s] == clientId;
    }

    static bool isErrorFor(const QJsonObject &f, const QString &code)
    {
        return f[u"type"_s] == u"error"_s && f[u"code"_s] == code;
    }

    QJsonArray history(const QString &user, qint64 channel, const QString &query = u"after=0&limit=200"_s)
    {
        HttpClient c(m_server->baseUrl());
        c.login(user);
        return c.get(endpoints::ChannelHistory.url(channel) + u"?%1"_s.arg(query)).json[u"messages"_s].toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Generous limits here; flood_isRateLimited runs its own server with the defaults.
        m_server = std::make_unique<TestServer>(TestServer::Options{true, {u"--chat-rate"_s, u"1000:1000"_s}});
        QVERIFY(m_server->start());
        HttpClient c(m_server->baseUrl());
        c.login(u"premium"_s);
        const QJsonArray channels = c.get(endpoints::ListChannels.url()).json[u"channels"_s].toArray();
        QCOMPARE(channels.size(), 3);
        for (const QJsonValue &v : channels) {
            const QString tier = v[u"requiredTier"_s].toString();
            (tier == u"free"_s ? m_general : tier == u"member"_s ? m_cppQt : m_premium) = v[u"id"_s].toInteger();
        }
        QVERIFY(m_general && m_cppQt && m_premium);
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void ready_listsOnlyReadableChannels()
    {
        for (const auto &[user, expected] :
             {std::pair{u"free"_s, 1}, std::pair{u"member"_s, 2}, std::pair{u"premium"_s, 3}}) {
            WsClient client(m_server->baseUrl());
            const QJsonObject ready = client.openAndAuth(token(user));
            QCOMPARE(ready[u"channels"_s].toArray().size(), expected);
            QCOMPARE(ready[u"user"_s][u"username"_s].toString(), user);
        }
    }

    void frames_beforeAuth_areRefused_andBadTokenCloses()
    {
        WsClient client(m_server->baseUrl());
        QVERIFY(client.open());
        client.send(m_general, newId(), u"hello"_s);
        QVERIFY(!client.waitFor([](const QJsonObject &f) { return isErrorFor(f, u"auth_required"_s); }).isEmpty());
        client.sendJson({{u"type"_s, u"auth"_s}, {u"token"_s, u"forged"_s}});
        QVERIFY(!client.waitFor([](const QJsonObject &f) { return isErrorFor(f, u"auth_failed"_s); }).isEmpty());
        QTRY_VERIFY(!client.isConnected());
    }

    void send_isAcked_withSeq_andFannedOut()
    {
        auto alice = connectAs(u"member"_s);
        auto bob = connectAs(u"free"_s);
        const QString id = alice->send(m_general, newId(), u"你好 from member"_s);
        const QJsonObject ack = alice->waitFor([id](const QJsonObject &f) { return isAckFor(f, id); });
        QVERIFY(ack[u"seq"_s].toInteger() >= 1);
        QVERIFY(!ack[u"duplicate"_s].toBool());
        QTRY_COMPARE(bob->newMessages(m_general).size(), 1);
        const QJsonObject received = bob->newMessages(m_general).first();
        QCOMPARE(received[u"body"_s].toString(), u"你好 from member"_s);
        QCOMPARE(received[u"seq"_s].toInteger(), ack[u"seq"_s].toInteger());
        QCOMPARE(received[u"sender"_s].toString(), u"Mei Member"_s);
    }

    void resend_sameClientId_isStoredOnce()
    {
        auto alice = connectAs(u"premium"_s);
        auto watcher = connectAs(u"free"_s);
        const QString id = newId();
        alice->send(m_general, id, u"only once"_s);
        const QJsonObject first = alice->waitFor([id](const QJsonObject &f) { return isAckFor(f, id); });
        alice->clear();
        alice->send(m_general, id, u"only once"_s);
        const QJsonObject second = alice->waitFor([id](const QJsonObject &f) { return isAckFor(f, id); });
        QVERIFY(second[u"duplicate"_s].toBool());
        QCOMPARE(second[u"id"_s].toInteger(), first[u"id"_s].toInteger());
        QCOMPARE(second[u"seq"_s].toInteger(), first[u"seq"_s].toInteger());
        QVERIFY(watcher->barrier());
        int copies = 0;
        for (const QJsonObject &m : watcher->newMessages(m_general)) {
            copies += m[u"clientId"_s] == id ? 1 : 0;
        }
        QCOMPARE(copies, 1);
        copies = 0;
        for (const QJsonValue &m : history(u"free"_s, m_general)) {
            copies += m[u"clientId"_s] == id ? 1 : 0;
        }
        QCOMPARE(copies, 1);
    }

    void messages_arriveInSeqOrder()
    {
        auto sender = connectAs(u"author"_s);
        auto reader = connectAs(u"member"_s);
        QStringList ids;
        for (int i = 0; i < 8; ++i) {
            ids << sender->send(m_cppQt, newId(), u"ordered %1"_s.arg(i));
        }
        QTRY_COMPARE(reader->newMessages(m_cppQt).size(), 8);
        const QList<QJsonObject> got = reader->newMessages(m_cppQt);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(got[i][u"clientId"_s].toString(), ids[i]);
            if (i > 0) {
                QCOMPARE(got[i][u"seq"_s].toInteger(), got[i - 1][u"seq"_s].toInteger() + 1);
            }
        }
    }

    // Sends that arrive together are committed together (group commit): with four members pipelining
    // forty sends each, a repeated clientId and a send to a channel the sender cannot write among them,
    // every good send is acknowledged once, stored once, and reaches a reader in the order of its seq,
    // with no seq skipped for the refused one.
    void concurrentSends_groupCommit_keepsEachAnswerAndTheOrder()
    {
        auto reader = connectAs(u"premium"_s);
        std::vector<std::unique_ptr<WsClient>> senders;
        for (const QString &user : {u"member"_s, u"author"_s, u"admin"_s, u"free"_s}) {
            senders.push_back(connectAs(user));
        }
        QList<QStringList> ids(qsizetype(senders.size()));
        const QString repeated = newId();
        for (int i = 0; i < 40; ++i) {
            for (size_t s = 0; s < senders.size(); ++s) {
                ids[qsizetype(s)] << senders[s]->send(m_general, i == 20 && s == 0 ? repeated : newId(),
                                                      u"burst %1"_s.arg(i));
            }
            if (i == 10) {
                senders[3]->send(m_premium, u"refused-%1"_s.arg(newId()), u"free members cannot write here"_s);
            }
        }
        senders[0]->send(m_general, repeated, u"burst 20"_s);
        QSet<qint64> seqs;
        for (size_t s = 0; s < senders.size(); ++s) {
            for (const QString &id : std::as_const(ids[qsizetype(s)])) {
                const QJsonObject ack = senders[s]->waitFor([id](const QJsonObject &f) { return isAckFor(f, id); });
                QVERIFY2(!ack.isEmpty(), qPrintable(id));
                seqs.insert(ack[u"seq"_s].toInteger());
            }
        }
        QVERIFY(!senders[3]->waitFor([](const QJsonObject &f) { return f[u"type"_s] == u"error"_s; }).isEmpty());
        const auto repeats = [&] {
            int n = 0;
            for (const QJsonObject &f : senders[0]->framesOfType(u"ack"_s)) {
                n += f[u"clientId"_s] == repeated ? 1 : 0;
            }
            return n;
        };
        QTRY_COMPARE(repeats(), 2);
        QCOMPARE(seqs.size(), 4 * 40);
        const qint64 low = *std::min_element(seqs.cbegin(), seqs.cend());
        const qint64 high = *std::max_element(seqs.cbegin(), seqs.cend());
        QCOMPARE(high - low + 1, qint64(4 * 40)); // contiguous: nothing refused took a seq

        QTRY_COMPARE(reader->newMessages(m_general).size(), 4 * 40);
        const QList<QJsonObject> got = reader->newMessages(m_general);
        for (qsizetype i = 1; i < got.size(); ++i) {
            QCOMPARE(got[i][u"seq"_s].toInteger(), got[i - 1][u"seq"_s].toInteger() + 1);
        }
        int stored = 0;
        for (const QJsonValue &m : history(u"free"_s, m_general, u"after=%1&limit=200"_s.arg(low - 1))) {
            stored += m[u"body"_s].toString().startsWith(u"burst "_s) ? 1 : 0;
        }
        QCOMPARE(stored, 4 * 40);
    }

    void resume_fillsExactlyTheGap()
    {
        auto reader = connectAs(u"member"_s);
        auto writer = connectAs(u"admin"_s);
        const QString marker = writer->send(m_cppQt, newId(), u"before the gap"_s);
        const qint64 lastSeen =
            writer->waitFor([marker](const QJsonObject &f) { return isAckFor(f, marker); })[u"seq"_s].toInteger();
        QTRY_VERIFY(!reader->newMessages(m_cppQt).isEmpty());
        reader->abort();
        QStringList missed;
        for (int i = 0; i < 5; ++i) {
            missed << writer->send(m_cppQt, newId(), u"missed %1"_s.arg(i));
        }
        QVERIFY(!writer->waitFor([last = missed.last()](const QJsonObject &f) { return isAckFor(f, last); }).isEmpty());

        reader->reset();
        QVERIFY(!reader->openAndAuth(token(u"member"_s)).isEmpty());
        reader->sendJson(
            {{u"type"_s, u"resume"_s},
             {u"channels"_s, QJsonArray{QJsonObject{{u"channelId"_s, m_cppQt}, {u"lastSeq"_s, lastSeen}}}}});
        const QJsonObject page = reader->waitForType(u"history"_s);
        const QJsonArray messages = page[u"messages"_s].toArray();
        QCOMPARE(messages.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(messages[i][u"clientId"_s].toString(), missed[i]);
            QCOMPARE(messages[i][u"seq"_s].toInteger(), lastSeen + 1 + i);
        }
        QVERIFY(!page[u"hasMore"_s].toBool());
    }

    void tierGatedChannel_refusesReadAndWrite()
    {
        auto freeMember = connectAs(u"free"_s);
        auto premium = connectAs(u"premium"_s);
        const QString id = freeMember->send(m_premium, newId(), u"let me in"_s);
        const QJsonObject refused =
            freeMember->waitFor([](const QJsonObject &f) { return isErrorFor(f, u"membership_required"_s); });
        QCOMPARE(refused[u"ref"_s].toString(), id);
        freeMember->sendJson(
            {{u"type"_s, u"resume"_s},
             {u"channels"_s, QJsonArray{QJsonObject{{u"channelId"_s, m_premium}, {u"lastSeq"_s, 0}}}}});
        QVERIFY(!freeMember
                     ->waitFor([](const QJsonObject &f) {
                         return isErrorFor(f, u"membership_required"_s) && f[u"ref"_s].toString() != QString();
                     })
                     .isEmpty());

        const QString secret = premium->send(m_premium, newId(), u"premium only"_s);
        QVERIFY(!premium->waitFor([secret](const QJsonObject &f) { return isAckFor(f, secret); }).isEmpty());
        QVERIFY(freeMember->barrier());
        QVERIFY(freeMember->newMessages(m_premium).isEmpty());

        HttpClient rest(m_server->baseUrl());
        rest.login(u"free"_s);
        QCOMPARE(rest.get(endpoints::ChannelHistory.url(m_premium)).status, 403);
        QCOMPARE(rest.get(endpoints::ChannelHistory.url(999)).status, 404);
        for (const QJsonValue &m : history(u"premium"_s, m_premium)) {
            QVERIFY(m[u"clientId"_s] != id); // the refused message was never stored
        }
    }

    void flood_isRateLimited_othersKeepFlowing()
    {
        TestServer strict(TestServer::Options{true, {u"--chat-rate"_s, u"10:2"_s}});
        QVERIFY(strict.start());
        auto flooder = connectAs(u"author"_s, &strict);
        auto other = connectAs(u"premium"_s, &strict);
        auto watcher = connectAs(u"free"_s, &strict);
        for (int i = 0; i < 40; ++i) {
            flooder->send(m_general, newId(), u"flood %1"_s.arg(i));
        }
        const QJsonObject limited =
            flooder->waitFor([](const QJsonObject &f) { return isErrorFor(f, u"rate_limited"_s); });
        QVERIFY(limited[u"retryAfter"_s].toInt() >= 1);
        const QString calm = other->send(m_general, newId(), u"still here"_s);
        QVERIFY(!other->waitFor([calm](const QJsonObject &f) { return isAckFor(f, calm); }).isEmpty());
        QTRY_VERIFY([&] {
            for (const QJsonObject &m : watcher->newMessages(m_general)) {
                if (m[u"clientId"_s] == calm) {
                    return true;
                }
            }
            return false;
        }());
        QVERIFY(flooder->barrier());
        QVERIFY(flooder->framesOfType(u"ack"_s).size() <= 12);
        QVERIFY(flooder->isConnected());
        QVERIFY(strict.stop());
    }

    void malformedFrames_getErrors_andNothingBreaks()
    {
        auto client = connectAs(u"member"_s);
        auto bystander = connectAs(u"free"_s);
        const QList<std::pair<QString, QString>> cases{
            {u"{not json"_s, u"bad_frame"_s},
            {u"[1,2,3]"_s, u"bad_frame"_s},
            {u"{\"type\":\"teleport\"}"_s, u"unknown_type"_s},
            {u"{\"type\":\"send\",\"channelId\":\"1\",\"clientId\":\"a\",\"body\":\"x\"}"_s, u"bad_frame"_s},
            {u"{\"type\":\"send\",\"channelId\":1.5,\"clientId\":\"a\",\"body\":\"x\"}"_s, u"bad_frame"_s},
            {u"{\"type\":\"send\",\"channelId\":1,\"clientId\":\"a b\",\"body\":\"x\"}"_s, u"bad_frame"_s},
            {u"{\"type\":\"send\",\"channelId\":1,\"clientId\":\"ok-id\",\"body\":\"\"}"_s, u"bad_frame"_s},
            {u"{\"type\":\"send\",\"channelId\":1,\"clientId\":\"ok-id2\",\"body\":[]}"_s, u"bad_frame"_s},
            {u"{\"type\":\"resume\",\"channels\":\"all\"}"_s, u"bad_frame"_s},
            {u"{\"type\":\"resume\",\"channels\":[{\"channelId\":1,\"lastSeq\":-4}]}"_s, u"bad_frame"_s},
            {u"{\"type\":\"send\",\"channelId\":424242,\"clientId\":\"ok-id3\",\"body\":\"x\"}"_s,
             u"no_such_channel"_s},
            {u"{\"type\":\"send\",\"channelId\":1,\"clientId\":\"ok-id4\",\"body\":\""_s + QString(5000, u'x') +
                 u"\"}"_s,
             u"bad_frame"_s},
            {u"{\"type\":\"send\",\"channelId\":1,\"clientId\":\"ok-id5\",\"body\":\""_s + QString(70000, u'x') +
                 u"\"}"_s,
             u"too_large"_s},
        };
        for (const auto &[text, code] : cases) {
            client->clear();
            client->sendText(text);
            QVERIFY2(!client->waitFor([code = code](const QJsonObject &f) { return isErrorFor(f, code); }).isEmpty(),
                     qPrintable(text.left(80)));
        }
        client->clear();
        client->sendBinary(QByteArray::fromHex("c328ff00"));
        QVERIFY(!client->waitFor([](const QJsonObject &f) { return isErrorFor(f, u"bad_frame"_s); }).isEmpty());
        QVERIFY(client->isConnected());
        QVERIFY(bystander->isConnected());
        const QString ok = client->send(m_general, newId(), u"after the storm"_s);
        QVERIFY(!client->waitFor([ok](const QJsonObject &f) { return isAckFor(f, ok); }).isEmpty());
        QVERIFY(m_server->isRunning());
    }

    void connectionCutMidSend_resendIsExactlyOnce()
    {
        auto writer = connectAs(u"member"_s);
        const QString id = newId();
        writer->send(m_general, id, u"cut mid-send"_s);
        writer->socket()->flush();
        writer->abort(); // no ack seen: the client cannot know whether it was stored
        writer->reset();
        QVERIFY(!writer->openAndAuth(token(u"member"_s)).isEmpty());
        writer->send(m_general, id, u"cut mid-send"_s);
        QVERIFY(!writer->waitFor([id](const QJsonObject &f) { return isAckFor(f, id); }).isEmpty());
        int copies = 0;
        for (const QJsonValue &m : history(u"member"_s, m_general)) {
            copies += m[u"clientId"_s] == id ? 1 : 0;
        }
        QCOMPARE(copies, 1);
    }

    void serverKilledAndRestarted_resendIsExactlyOnce()
    {
        TestServer server(TestServer::Options{true, {}});
        QVERIFY(server.start());
        auto writer = connectAs(u"premium"_s, &server);
        const QString acked = writer->send(1, newId(), u"acked before the crash"_s);
        QVERIFY(!writer->waitFor([acked](const QJsonObject &f) { return isAckFor(f, acked); }).isEmpty());
        const QString inFlight = writer->send(1, newId(), u"in flight at the crash"_s);
        server.kill();
        QTRY_VERIFY(!writer->isConnected());
        QVERIFY(server.start());
        writer->reset();
        QVERIFY(!writer->openAndAuth(token(u"premium"_s, &server)).isEmpty());
        for (const QString &id : {acked, inFlight}) {
            writer->send(1, id, id == acked ? u"acked before the crash"_s : u"in flight at the crash"_s);
            QVERIFY(!writer->waitFor([id](const QJsonObject &f) { return isAckFor(f, id); }).isEmpty());
        }
        HttpClient rest(server.baseUrl());
        rest.login(u"premium"_s);
        const QJsonArray messages =
            rest.get(endpoints::ChannelHistory.url(1) + u"?after=0"_s).json[u"messages"_s].toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0][u"seq"_s].toInteger() + 1, messages[1][u"seq"_s].toInteger());
        QVERIFY(server.stop());
    }

    void readMarkers_followTheMember_acrossConnections()
    {
        auto writer = connectAs(u"author"_s);
        const QString last = writer->send(m_general, newId(), u"read me"_s);
        const qint64 seq =
            writer->waitFor([last](const QJsonObject &f) { return isAckFor(f, last); })[u"seq"_s].toInteger();
        QVERIFY(seq > 0);

        auto laptop = connectAs(u"premium"_s);
        auto desktop = connectAs(u"premium"_s);
        auto stranger = connectAs(u"member"_s);
        laptop->sendJson({{u"type"_s, u"read"_s}, {u"channelId"_s, m_general}, {u"seq"_s, seq + 1000}});
        const QJsonObject echoed = desktop->waitFor([this](const QJsonObject &f) {
            return f[u"type"_s] == u"read"_s && f[u"channelId"_s].toInteger() == m_general;
        });
        QCOMPARE(echoed[u"seq"_s].toInteger(), seq); // clamped to what exists
        QVERIFY(stranger->barrier());
        QVERIFY(stranger->framesOfType(u"read"_s).isEmpty()); // another member's marker is theirs alone

        laptop->sendJson({{u"type"_s, u"read"_s}, {u"channelId"_s, m_general}, {u"seq"_s, 1}}); // never backwards
        QVERIFY(laptop->barrier());
        WsClient later(m_server->baseUrl());
        const QJsonObject ready = later.openAndAuth(token(u"premium"_s));
        qint64 marker = -1;
        for (const QJsonValue &c : ready[u"channels"_s].toArray()) {
            if (c[u"id"_s].toInteger() == m_general) {
                marker = c[u"lastReadSeq"_s].toInteger();
                QVERIFY(c[u"lastSeq"_s].toInteger() >= seq);
            }
        }
        QCOMPARE(marker, seq);

        auto freeMember = connectAs(u"free"_s);
        freeMember->sendJson({{u"type"_s, u"read"_s}, {u"channelId"_s, m_premium}, {u"seq"_s, 1}});
        QVERIFY(!freeMember->waitFor([](const QJsonObject &f) { return isErrorFor(f, u"membership_required"_s); })
                     .isEmpty());
        freeMember->sendJson({{u"type"_s, u"read"_s}, {u"channelId"_s, m_general}, {u"seq"_s, u"all"_s}});
        QVERIFY(!freeMember->waitFor([](const QJsonObject &f) { return isErrorFor(f, u"bad_frame"_s); }).isEmpty());
    }

    void typingAndPresence_reachOthersOnly()
    {
        auto typist = connectAs(u"author"_s);
        auto listener = connectAs(u"member"_s);
        // The listener joined after the typist: the typist is in its presence snapshot or was announced.
        typist->sendJson({{u"type"_s, u"typing"_s}, {u"channelId"_s, m_general}});
        const QJsonObject typing = listener->waitFor([](const QJsonObject &f) { return f[u"type"_s] == u"typing"_s; });
        QCOMPARE(typing[u"channelId"_s].toInteger(), m_general);
        QCOMPARE(typing[u"name"_s].toString(), u"李老师 (Author)"_s);
        // Thinned: a burst of keystrokes is one signal.
        for (int i = 0; i < 5; ++i) {
            typist->sendJson({{u"type"_s, u"typing"_s}, {u"channelId"_s, m_general}});
        }
        QVERIFY(typist->barrier());
        QVERIFY(listener->barrier());
        QCOMPARE(listener->framesOfType(u"typing"_s).size(), 1);
        QVERIFY(typist->framesOfType(u"typing"_s).isEmpty()); // never echoed to the typist

        // Away and back, then gone.
        typist->sendJson({{u"type"_s, u"presence"_s}, {u"status"_s, u"away"_s}});
        QVERIFY(!listener
                     ->waitFor([](const QJsonObject &f) {
                         return f[u"type"_s] == u"presence"_s && f[u"status"_s] == u"away"_s;
                     })
                     .isEmpty());
        typist->abort();
        QVERIFY(!listener
                     ->waitFor([](const QJsonObject &f) {
                         return f[u"type"_s] == u"presence"_s && f[u"status"_s] == u"offline"_s;
                     })
                     .isEmpty());

        auto freeMember = connectAs(u"free"_s);
        freeMember->sendJson({{u"type"_s, u"typing"_s}, {u"channelId"_s, m_premium}});
        QVERIFY(
            !freeMember->waitFor([](const QJsonObject &f) { return isErrorFor(f, u"no_such_channel"_s); }).isEmpty());
        freeMember->sendJson({{u"type"_s, u"presence"_s}, {u"status"_s, u"invisible"_s}});
        QVERIFY(!freeMember->waitFor([](const QJsonObject &f) { return isErrorFor(f, u"bad_frame"_s); }).isEmpty());
    }

    void directMessages_onlyBetweenTheTwo()
    {
        auto mei = connectAs(u"member"_s);
        auto pat = connectAs(u"premium"_s);
        auto outsider = connectAs(u"free"_s);
        mei->sendJson({{u"type"_s, u"direct"_s}, {u"username"_s, u"Premium"_s}});
        const QJsonObject mine = mei->waitForType(u"channel.new"_s)[u"channel"_s].toObject();
        const QJsonObject theirs = pat->waitForType(u"channel.new"_s)[u"channel"_s].toObject();
        QCOMPARE(mine[u"kind"_s].toString(), u"direct"_s);
        QCOMPARE(mine[u"name"_s].toString(), u"Pat Premium"_s);
        QCOMPARE(theirs[u"name"_s].toString(), u"Mei Member"_s);
        const qint64 dm = mine[u"id"_s].toInteger();
        QCOMPARE(theirs[u"id"_s].toInteger(), dm);

        const QString hello = mei->send(dm, newId(), u"just between us"_s);
        QVERIFY(!mei->waitFor([hello](const QJsonObject &f) { return isAckFor(f, hello); }).isEmpty());
        QTRY_COMPARE(pat->newMessages(dm).size(), 1);
        QVERIFY(outsider->barrier());
        QVERIFY(outsider->newMessages(dm).isEmpty());
        outsider->send(dm, newId(), u"let me in"_s);
        QVERIFY2(!outsider->waitFor([](const QJsonObject &f) { return isErrorFor(f, u"no_such_channel"_s); }).isEmpty(),
                 QJsonDocument(QJsonArray::fromVariantList(QVariantList()
                                                           << QVariant(outsider->framesOfType(u"error"_s).value(0))))
                     .toJson()
                     .constData());
        HttpClient rest(m_server->baseUrl());
        rest.login(u"free"_s);
        QCOMPARE(rest.get(endpoints::ChannelHistory.url(dm)).status, 404);

        // Opening it again finds the same conversation; nobody else, nor oneself, can be asked.
        mei->clear();
        mei->sendJson({{u"type"_s, u"direct"_s}, {u"username"_s, u"premium"_s}});
        QCOMPARE(mei->waitForType(u"channel.new"_s)[u"channel"_s][u"id"_s].toInteger(), dm); // the asker hears again
        QVERIFY(pat->barrier());
        QCOMPARE(pat->framesOfType(u"channel.new"_s).size(), 1); // the other side does not
        for (const QString &name : {u"nobody_here"_s, u"member"_s, u"x'; --"_s}) {
            mei->sendJson({{u"type"_s, u"direct"_s}, {u"username"_s, name}});
            QVERIFY(!mei->waitFor([](const QJsonObject &f) { return isErrorFor(f, u"no_such_member"_s); }).isEmpty());
            mei->clear();
        }
        WsClient later(m_server->baseUrl());
        const QJsonObject ready = later.openAndAuth(token(u"premium"_s));
        bool listed = false;
        for (const QJsonValue &c : ready[u"channels"_s].toArray()) {
            listed = listed || (c[u"id"_s].toInteger() == dm && c[u"name"_s].toString() == u"Mei Member"_s);
        }
        QVERIFY(listed);
    }

    void restHistory_pagesBothWays()
    {
        auto writer = connectAs(u"member"_s);
        QString last;
        for (int i = 0; i < 6; ++i) {
            last = writer->send(m_general, newId(), u"paged %1"_s.arg(i));
        }
        QVERIFY(!writer->waitFor([last](const QJsonObject &f) { return isAckFor(f, last); }).isEmpty());
        HttpClient rest(m_server->baseUrl());
        rest.login(u"member"_s);
        const HttpResponse latest = rest.get(endpoints::ChannelHistory.url(m_general) + u"?limit=3"_s);
        QCOMPARE(latest.status, 200);
        const QJsonArray newest = latest.json[u"messages"_s].toArray();
        QCOMPARE(newest.size(), 3);
        QVERIFY(latest.json[u"hasMore"_s].toBool());
        const qint64 oldestShown = newest.first()[u"seq"_s].toInteger();
        QVERIFY(newest.last()[u"seq"_s].toInteger() == oldestShown + 2);
        const QJsonArray older =
            rest.get(endpoints::ChannelHistory.url(m_general) + u"?limit=2&before=%1"_s.arg(oldestShown))
                .json[u"messages"_s]
                .toArray();
        QCOMPARE(older.size(), 2);
        QCOMPARE(older.last()[u"seq"_s].toInteger(), oldestShown - 1);
        QCOMPARE(rest.get(endpoints::ChannelHistory.url(m_general) + u"?after=-1"_s).status, 400);
        QCOMPARE(rest.get(endpoints::ChannelHistory.url(m_general) + u"?limit=9999"_s).status, 400);
    }

    void twoServersOnePostgres_fanOutToEachOther()
    {
        if (!TestServer::usePostgres()) {
            QSKIP("fan-out across processes needs PostgreSQL; tst_server_chat_postgres runs it");
        }
        TestServer second(TestServer::Options{false, {}, m_server.get()});
        QVERIFY(second.start());
        auto reader = connectAs(u"member"_s, &second);
        auto writer = connectAs(u"author"_s);
        QStringList ids;
        for (int i = 0; i < 8; ++i) {
            ids << writer->send(m_cppQt, newId(), u"across processes %1"_s.arg(i));
        }
        QTRY_COMPARE_WITH_TIMEOUT(reader->newMessages(m_cppQt).size(), 8, 15000);
        const QList<QJsonObject> got = reader->newMessages(m_cppQt);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(got[i][u"clientId"_s].toString(), ids[i]);
        }
        // And the other way round.
        auto writerOnSecond = connectAs(u"premium"_s, &second);
        auto readerOnFirst = connectAs(u"free"_s);
        const QString back = writerOnSecond->send(m_general, newId(), u"from the second process"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonObject &m : readerOnFirst->newMessages(m_general)) {
                    if (m[u"clientId"_s] == back) {
                        return true;
                    }
                }
                return false;
            }(),
            15000);
        QVERIFY(reader->barrier());
        QCOMPARE(reader->newMessages(m_cppQt).size(), 8); // once each, no echoes
        // Typing crosses processes as well.
        writerOnSecond->sendJson({{u"type"_s, u"typing"_s}, {u"channelId"_s, m_general}});
        QVERIFY(
            !readerOnFirst->waitFor([](const QJsonObject &f) { return f[u"type"_s] == u"typing"_s; }, 15000).isEmpty());
        // Read markers cross processes too: the member read on the first, the second hears it.
        auto sameMemberOnFirst = connectAs(u"member"_s);
        sameMemberOnFirst->sendJson(
            {{u"type"_s, u"read"_s}, {u"channelId"_s, m_cppQt}, {u"seq"_s, got.last()[u"seq"_s].toInteger()}});
        const QJsonObject marker =
            reader->waitFor([](const QJsonObject &f) { return f[u"type"_s] == u"read"_s; }, 15000);
        QCOMPARE(marker[u"seq"_s].toInteger(), got.last()[u"seq"_s].toInteger());
        QVERIFY(second.stop());
    }

    void twoServersOnePostgres_showOneCommunitysPresence()
    {
        if (!TestServer::usePostgres()) {
            QSKIP("presence across processes needs PostgreSQL; tst_server_chat_postgres runs it");
        }
        // Connected before the second process starts: it asks who is here, and hears.
        auto authorOnFirst = std::make_unique<WsClient>(m_server->baseUrl());
        const qint64 author = authorOnFirst->openAndAuth(token(u"author"_s))[u"user"_s][u"id"_s].toInteger();
        QVERIFY(author > 0);
        TestServer second(TestServer::Options{false, {}, m_server.get()});
        QVERIFY(second.start());
        const auto seesOnline = [](WsClient &viewer, const QJsonObject &ready, qint64 who) {
            for (const QJsonValue &p : ready[u"online"_s].toArray()) {
                if (p[u"userId"_s].toInteger() == who && p[u"status"_s] == u"online"_s) {
                    return true; // in the snapshot
                }
            }
            return !viewer // or announced right after it
                        .waitFor(
                            [who](const QJsonObject &f) {
                                return f[u"type"_s] == u"presence"_s && f[u"userId"_s].toInteger() == who &&
                                       f[u"status"_s] == u"online"_s;
                            },
                            15000)
                        .isEmpty();
        };
        auto viewer = std::make_unique<WsClient>(second.baseUrl());
        const QJsonObject ready = viewer->openAndAuth(token(u"free"_s, &second));
        QVERIFY(seesOnline(*viewer, ready, author));

        // A member on both processes who leaves one is still online: the other still has them.
        auto premiumOnFirst = std::make_unique<WsClient>(m_server->baseUrl());
        const qint64 premium = premiumOnFirst->openAndAuth(token(u"premium"_s))[u"user"_s][u"id"_s].toInteger();
        QVERIFY(seesOnline(*viewer, {}, premium));
        auto premiumOnSecond = connectAs(u"premium"_s, &second);
        premiumOnSecond->abort();
        // Once the second process has let that connection go (its own count says so), anything it would
        // say about it reaches the viewer before this round trip ends.
        const auto openOnSecond = [&second] {
            return prometheusValue(QString::fromUtf8(HttpClient(second.baseUrl()).get(u"/metrics"_s).body),
                                   u"guild_websockets_open"_s);
        };
        QTRY_COMPARE_WITH_TIMEOUT(openOnSecond(), 1.0, 15000); // the viewer's
        QVERIFY(viewer->barrier());
        const auto offlineOf = [](qint64 who) {
            return [who](const QJsonObject &f) {
                return f[u"type"_s] == u"presence"_s && f[u"userId"_s].toInteger() == who &&
                       f[u"status"_s] == u"offline"_s;
            };
        };
        for (const QJsonObject &f : viewer->framesOfType(u"presence"_s)) {
            QVERIFY2(!offlineOf(premium)(f), "shown offline while still connected to the first process");
        }
        // Gone from the first too: now the whole community sees them leave.
        premiumOnFirst->abort();
        QVERIFY(!viewer->waitFor(offlineOf(premium), 15000).isEmpty());
        QVERIFY(second.stop());
    }
};

QTEST_GUILESS_MAIN(TestServerChat)
#include "tst_server_chat.moc"
