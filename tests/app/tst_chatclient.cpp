#include "models/channellistmodel.h"
#include "models/chatmessagemodel.h"
#include "net/apiclient.h"
#include "net/backoff.h"
#include "net/chatconnection.h"
#include "protocol/endpoints.h"
#include "secrets/secretstore.h"
#include "services/chatservice.h"
#include "session.h"
#include "storage/chatstore.h"
#include "storage/localcache.h"
#include "support/cachewait.h"
#include "support/chattestclient.h"
#include "support/httpclient.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using models::ChatMessageModel;
using protocol::chat::NotifyLevel;
using test::TestServer;
namespace endpoints = guild::protocol::endpoints;

// The client's chat stack (connection, outbox, models) against a real server that goes away and comes back.
class TestChatClient : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static std::unique_ptr<test::ChatTestClient> makeClient(const QUrl &server, const QString &cachePath)
    {
        return test::ChatTestClient::make(server, cachePath);
    }

    static int countState(const ChatMessageModel &model, ChatMessageModel::State state)
    {
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            n += model.data(model.index(row), ChatMessageModel::StateRole).toInt() == static_cast<int>(state) ? 1 : 0;
        }
        return n;
    }

private Q_SLOTS:
    void backoff_growsWithJitter_andResets()
    {
        Backoff backoff(1000, 8000, 0.5);
        backoff.setRandom([] { return 1.0; }); // the top of the jitter range: +50 %
        QCOMPARE(backoff.next(), 1500);
        QCOMPARE(backoff.next(), 3000);
        QCOMPARE(backoff.next(), 6000);
        QCOMPARE(backoff.next(), 12000); // capped at 8000, then +50 %
        QCOMPARE(backoff.next(), 12000);
        backoff.setRandom([] { return 0.0; });
        backoff.reset();
        QCOMPARE(backoff.next(), 500);
    }

    void messageModel_mergesBySeq_andReplacesPending()
    {
        ChatMessageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto message = [](qint64 seq, const QString &clientId, qint64 sender = 1) {
            protocol::chat::Message m;
            m.channelId = 7;
            m.seq = seq;
            m.id = seq * 10;
            m.clientId = clientId;
            m.senderId = sender;
            m.body = u"m%1"_s.arg(seq);
            m.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + seq * 60, Qt::UTC);
            return m;
        };
        model.reset(7, {message(3, u"c"_s), message(1, u"a"_s), message(3, u"c"_s)}, {});
        QCOMPARE(model.rowCount(), 2);
        protocol::chat::Message pending = message(0, u"mine"_s, 2);
        model.addPending(pending);
        QCOMPARE(model.pendingCount(), 1);
        model.upsert(message(2, u"b"_s)); // fills the gap, before the pending tail
        QCOMPARE(model.data(model.index(1), ChatMessageModel::SeqRole).toLongLong(), 2);
        model.upsert(message(2, u"b"_s)); // a duplicate changes nothing
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.index(1), ChatMessageModel::FirstOfGroupRole).toBool(), false);
        protocol::chat::Message acked = message(4, u"mine"_s, 2);
        model.upsert(acked); // the pending copy becomes the stored one
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(model.data(model.index(3), ChatMessageModel::ClientIdRole).toString(), u"mine"_s);
        QCOMPARE(model.data(model.index(3), ChatMessageModel::StateRole).toInt(), int(ChatMessageModel::State::Sent));
        QCOMPARE(model.data(model.index(3), ChatMessageModel::FirstOfGroupRole).toBool(), true);

        model.setFirstUnreadSeq(3);
        QCOMPARE(model.firstUnreadRow(), 2);
        QVERIFY(model.data(model.index(2), ChatMessageModel::FirstUnreadRole).toBool());
        QVERIFY(!model.data(model.index(1), ChatMessageModel::FirstUnreadRole).toBool());
        model.setFirstUnreadSeq(99);
        QCOMPARE(model.firstUnreadRow(), -1);
    }

    void directConversation_openedFromTheClient()
    {
        TestServer server;
        QVERIFY(server.start());
        auto client = makeClient(server.baseUrl(), m_dir.filePath(u"direct.sqlite"_s));
        QVERIFY(test::signIn(client->session, server.baseUrl(), u"member"_s));
        client->chat.start(client->session.user().id, u"Mei Member"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client->chat.link(), ChatService::Link::Live, 10000);

        ApiClient peerApi;
        MemorySecretStore peerSecrets;
        Session peer(peerApi, peerSecrets);
        QVERIFY(test::signIn(peer, server.baseUrl(), u"premium"_s));
        ChatConnection peerLink([&peerApi] { return peerApi.accessToken(); });
        peerLink.setServer(server.baseUrl());
        QSignalSpy peerGotChannel(&peerLink, &ChatConnection::channelAdded);
        peerLink.start();
        QTRY_COMPARE(peerLink.state(), ChatConnection::State::Live);

        QSignalSpy opened(&client->chat, &ChatService::directOpened);
        QSignalSpy failed(&client->chat, &ChatService::requestFailed);
        client->chat.openDirect(u"no_such_person"_s);
        QVERIFY(failed.wait());
        client->chat.openDirect(u"premium"_s);
        QVERIFY(opened.wait());
        QVERIFY(opened.last().at(1).toBool());
        const qint64 dm = opened.last().at(0).toLongLong();
        const int row = client->channels.rowOf(dm);
        QVERIFY(row >= 0);
        QVERIFY(client->channels.data(client->channels.index(row), models::ChannelListModel::DirectRole).toBool());
        QCOMPARE(client->channels.data(client->channels.index(row), models::ChannelListModel::NameRole).toString(),
                 u"Pat Premium"_s);
        QTRY_COMPARE(peerGotChannel.size(), 1); // may have arrived while we waited for our own answer
        QCOMPARE(peerGotChannel.last().at(0).value<protocol::chat::Channel>().name, u"Mei Member"_s);

        QSignalSpy notified(&client->chat.notifications(), &ChatNotifications::notificationWanted);
        client->chat.notifications().setChannelLevel(
            dm, NotifyLevel::Mentions); // mentions only: a direct message still counts
        peerLink.send(dm, u"dm-1"_s, u"hi Mei"_s);
        QVERIFY(notified.wait());
        QVERIFY(notified.last().at(2).toBool());
    }

    void lostTier_channelLeavesTheList_andItsMessagesTheCache()
    {
        TestServer server;
        QVERIFY(server.start());
        auto client = makeClient(server.baseUrl(), m_dir.filePath(u"lapse.sqlite"_s));
        QVERIFY(test::signIn(client->session, server.baseUrl(), u"premium"_s));
        client->chat.start(client->session.user().id, u"Pia Premium"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client->chat.link(), ChatService::Link::Live, 10000);
        QTRY_COMPARE(client->channels.rowCount(), 3);
        qint64 premiumChannel = 0;
        for (int row = 0; row < client->channels.rowCount(); ++row) {
            if (client->channels.channelAt(row)->requiredTier == protocol::Tier::Premium) {
                premiumChannel = client->channels.channelAt(row)->id;
            }
        }
        QVERIFY(premiumChannel > 0);
        client->chat.openChannel(premiumChannel);
        QVERIFY(client->chat.sendMessage(premiumChannel, u"only for premium eyes"_s));
        QTRY_COMPARE(client->chat.outbox().size(), 0);
        const auto cached = [&] {
            return *test::runOnCache<qint64>(client->cache, [premiumChannel](QSqlDatabase &db) {
                QSqlQuery q(db);
                q.prepare(u"SELECT COUNT(*) FROM chat_messages WHERE channel_id = ?"_s);
                q.addBindValue(premiumChannel);
                return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
            });
        };
        QTRY_VERIFY(cached() > 0);

        QSignalSpy closed(&client->chat, &ChatService::channelClosed);
        test::HttpClient admin = test::HttpClient::signedIn(server.baseUrl(), u"admin"_s);
        QCOMPARE(admin
                     .post(endpoints::SetMemberTier.url(client->session.user().id),
                           {{u"tier"_s, u"member"_s}, {u"days"_s, 30}})
                     .status,
                 200);
        // Often already here: the server tells the socket before it answers the admin.
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
        QCOMPARE(closed.first().at(0).toLongLong(), premiumChannel);
        QCOMPARE(client->channels.rowCount(), 2);
        QCOMPARE(client->channels.rowOf(premiumChannel), -1);
        QCOMPARE(client->messages.rowCount(), 0);
        QTRY_COMPARE(cached(), 0);
        QCOMPARE(client->chat.link(), ChatService::Link::Live);
    }

    void longHistory_isLoadedInWindows()
    {
        auto client = makeClient(QUrl(u"http://127.0.0.1:9"_s), m_dir.filePath(u"window.sqlite"_s));
        QVERIFY(client);
        QList<protocol::chat::Message> history;
        for (int i = 1; i <= 1200; ++i) {
            protocol::chat::Message m;
            m.channelId = 9;
            m.seq = i;
            m.id = 100000 + i;
            m.senderId = 1;
            m.senderName = u"old timer"_s;
            m.body = u"message %1"_s.arg(i);
            m.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + i, Qt::UTC);
            history.append(m);
        }
        QVERIFY(*test::runOnCache<bool>(client->cache,
                                        [history](QSqlDatabase &db) { return ChatStore(db).storeMessages(history); }));
        QAbstractItemModelTester tester(&client->messages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        client->chat.openChannel(9);
        QTRY_COMPARE(client->messages.rowCount(), 500);
        QVERIFY(client->messages.hasOlder());
        QCOMPARE(client->messages.oldestSeq(), qint64(701));
        client->chat.loadOlder();
        QTRY_COMPARE(client->messages.rowCount(), 700);
        QCOMPARE(client->messages.data(client->messages.index(0), ChatMessageModel::SeqRole).toLongLong(), qint64(501));
        client->chat.loadOlder();
        QTRY_COMPARE(client->messages.rowCount(), 900);
        client->chat.loadOlder();
        QTRY_COMPARE(client->messages.rowCount(), 1100);
        client->chat.loadOlder();
        QTRY_COMPARE(client->messages.rowCount(), 1200);
        QVERIFY(!client->messages.hasOlder());
        // Offline search through everything cached, and opening a hit far back in the history.
        QSignalSpy found(&client->chat, &ChatService::searchFinished);
        client->chat.search(u"message 42"_s);
        QVERIFY(found.wait());
        const auto results = found.at(0).at(1).value<QList<protocol::chat::Message>>();
        QVERIFY(!results.isEmpty());
        for (const auto &m : results) {
            QVERIFY(m.body.contains(u"message 42"_s));
        }
        QSignalSpy opened(&client->chat, &ChatService::channelOpened);
        client->chat.openChannelAt(9, 42);
        QVERIFY(opened.wait());
        QVERIFY(client->messages.rowOfSeq(42) >= 0);
        client->chat.search(u"%"_s);
        QVERIFY(found.wait());
        QVERIFY(found.last().at(1).value<QList<protocol::chat::Message>>().isEmpty());

        for (int row = 1; row < client->messages.rowCount(); ++row) {
            QCOMPARE(client->messages.data(client->messages.index(row), ChatMessageModel::SeqRole).toLongLong(),
                     client->messages.data(client->messages.index(row - 1), ChatMessageModel::SeqRole).toLongLong() +
                         1);
        }
    }

    void offlineMessages_surviveRestart_andAreDeliveredOnceInOrder()
    {
        TestServer server;
        QVERIFY(server.start());
        const QString cachePath = m_dir.filePath(u"chat.sqlite"_s);
        auto client = makeClient(server.baseUrl(), cachePath);
        QVERIFY(client);
        QVERIFY(test::signIn(client->session, server.baseUrl(), u"member"_s, u"guild-demo"_s));
        const qint64 memberId = client->session.user().id;
        const QString refreshToken = client->api.refreshToken();
        const QString accessToken = client->api.accessToken();
        client->chat.start(client->session.user().id, u"Mei Member"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client->chat.link(), ChatService::Link::Live, 10000);
        QTRY_COMPARE(client->channels.rowCount(), 2); // member: general and cpp-qt
        client->chat.openChannel(1);

        // The server goes away; the member keeps typing.
        server.stop();
        QTRY_VERIFY(client->chat.link() != ChatService::Link::Live);
        QVERIFY(client->chat.sendMessage(1, u"first, typed offline"_s));
        QVERIFY(client->chat.sendMessage(1, u"second\n    with code indentation"_s));
        QVERIFY(client->chat.sendMessage(1, u"third"_s));
        QVERIFY(!client->chat.sendMessage(1, u"   "_s));
        QCOMPARE(client->chat.outbox().size(), 3);
        QTRY_COMPARE(countState(client->messages, ChatMessageModel::State::Sending), 3);

        // Guild is quit and started again, still offline: the outbox is still there.
        client.reset();
        client = makeClient(server.baseUrl(), cachePath);
        QVERIFY(client);
        client->api.setBaseUrl(server.baseUrl());
        client->api.setTokens(accessToken, refreshToken);
        QSignalSpy outbox(&client->chat.outbox(), &ChatOutbox::changed);
        client->chat.start(memberId, u"Mei Member"_s);
        QVERIFY(outbox.wait());
        QCOMPARE(client->chat.outbox().size(), 3);
        client->chat.openChannel(1);
        QTRY_COMPARE(countState(client->messages, ChatMessageModel::State::Sending), 3);

        // The server comes back: the link reconnects by itself and the outbox drains, in order.
        QVERIFY(server.start());
        QTRY_COMPARE_WITH_TIMEOUT(client->chat.outbox().size(), 0, 20000);
        QTRY_COMPARE(countState(client->messages, ChatMessageModel::State::Sending), 0);

        test::HttpClient rest(server.baseUrl());
        rest.login(u"member"_s);
        const QJsonArray stored =
            rest.get(endpoints::ChannelHistory.url(1) + u"?after=0"_s).json[u"messages"_s].toArray();
        QStringList bodies;
        for (const QJsonValue &m : stored) {
            bodies << m[u"body"_s].toString();
        }
        QCOMPARE(bodies, (QStringList{u"first, typed offline"_s, u"second\n    with code indentation"_s, u"third"_s}));

        // A third start finds nothing left to send and shows the stored conversation.
        client.reset();
        client = makeClient(server.baseUrl(), cachePath);
        client->api.setBaseUrl(server.baseUrl());
        client->chat.start(memberId, u"Mei Member"_s);
        client->chat.openChannel(1);
        QTRY_COMPARE(client->messages.rowCount(), 3);
        QCOMPARE(client->chat.outbox().size(), 0);
    }

    void otherMembersMessages_arrive_andCountAsUnreadElsewhere()
    {
        TestServer server;
        QVERIFY(server.start());
        auto client = makeClient(server.baseUrl(), m_dir.filePath(u"unread.sqlite"_s));
        QVERIFY(test::signIn(client->session, server.baseUrl(), u"premium"_s, u"guild-demo"_s));
        client->chat.start(client->session.user().id, u"Pat Premium"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client->chat.link(), ChatService::Link::Live, 10000);
        client->chat.openChannel(1);

        ApiClient otherApi;
        MemorySecretStore otherSecrets;
        Session other(otherApi, otherSecrets);
        QVERIFY(test::signIn(other, server.baseUrl(), u"author"_s, u"guild-demo"_s));
        ChatConnection otherLink([&otherApi] { return otherApi.accessToken(); });
        otherLink.setServer(server.baseUrl());
        otherLink.start();
        QTRY_COMPARE(otherLink.state(), ChatConnection::State::Live);
        // Presence and typing of the other member reach this client.
        const qint64 authorId = other.user().id;
        QTRY_COMPARE(client->chat.presence().presenceOf(authorId), u"online"_s);
        QSignalSpy typing(&client->chat.presence(), &ChatPresence::typingChanged);
        otherLink.sendTyping(1);
        QVERIFY(typing.wait());
        QCOMPARE(client->chat.presence().typingIn(1), QStringList{u"李老师 (Author)"_s});
        otherLink.sendPresence(true);
        QTRY_COMPARE(client->chat.presence().presenceOf(authorId), u"away"_s);

        client->chat.notifications().setMentionName(u"premium"_s);
        QVERIFY(client->chat.notifications().mentions(u"hey @Premium, look"_s));
        QVERIFY(!client->chat.notifications().mentions(u"mail premium@example.org or @premiumfan"_s));
        QSignalSpy mentioned(&client->chat.notifications(), &ChatNotifications::notificationWanted);
        otherLink.send(2, u"mention-msg"_s, u"@premium have a look at this"_s);
        QVERIFY(mentioned.wait());
        QCOMPARE(mentioned.at(0).at(1).toString(), u"cpp-qt"_s);
        QVERIFY(mentioned.at(0).at(2).toBool());
        QTRY_COMPARE(
            client->channels
                .data(client->channels.index(client->channels.rowOf(2)), models::ChannelListModel::MentionsRole)
                .toInt(),
            1);

        otherLink.send(1, u"open-channel-msg"_s, u"hello general"_s);
        otherLink.send(2, u"other-channel-msg"_s, u"hello cpp"_s);

        QTRY_COMPARE(client->messages.rowCount(), 1);
        QCOMPARE(client->messages.data(client->messages.index(0), ChatMessageModel::SenderRole).toString(),
                 u"李老师 (Author)"_s);
        QVERIFY(client->chat.presence().typingIn(1).isEmpty()); // their message ended the typing line
        const int cppRow = client->channels.rowOf(2);
        QTRY_COMPARE(
            client->channels.data(client->channels.index(cppRow), models::ChannelListModel::UnreadRole).toInt(), 2);
        // The same member on a second device hears that the channel has been read.
        ChatConnection secondDevice([&client] { return client->api.accessToken(); });
        secondDevice.setServer(server.baseUrl());
        QSignalSpy marker(&secondDevice, &ChatConnection::readMarker);
        secondDevice.start();
        QTRY_COMPARE(secondDevice.state(), ChatConnection::State::Live);

        client->chat.openChannel(2);
        QTRY_COMPARE(
            client->channels.data(client->channels.index(cppRow), models::ChannelListModel::UnreadRole).toInt(), 0);
        QTRY_COMPARE(client->messages.rowCount(), 2);
        QCOMPARE(client->channels.data(client->channels.index(cppRow), models::ChannelListModel::MentionsRole).toInt(),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(!marker.isEmpty(), 5000);
        QCOMPARE(marker.last().at(0).toLongLong(), qint64(2));
        QVERIFY(marker.last().at(1).toLongLong() >= 1);

        // Notification levels: general muted, cpp-qt mentions only; neither plain message is announced.
        client->chat.notifications().setChannelLevel(1, NotifyLevel::Muted);
        client->chat.notifications().setChannelLevel(2, NotifyLevel::Mentions);
        mentioned.clear();
        otherLink.send(1, u"muted-msg"_s, u"nobody hears this"_s);
        otherLink.send(2, u"quiet-msg"_s, u"nor this"_s);
        otherLink.send(2, u"loud-msg"_s, u"but @premium hears this"_s);
        QVERIFY(mentioned.wait());
        QCOMPARE(mentioned.size(), 1);
        QCOMPARE(mentioned.at(0).at(0).value<protocol::chat::Message>().clientId, u"loud-msg"_s);
        client->chat.notifications().setChannelLevel(1, NotifyLevel::All);
        client->chat.notifications().setChannelLevel(2, NotifyLevel::All);
    }
};

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
