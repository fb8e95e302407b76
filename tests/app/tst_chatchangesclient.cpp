#include "models/articlefeedmodel.h"
#include "services/feedservice.h"
#include "services/revisiontracker.h"
#include "storage/articlecache.h"
#include "storage/chatstore.h"
#include "support/chattestclient.h"
#include "support/signin.h"
#include "support/testserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::app;
using models::ChatMessageModel;
using protocol::chat::Message;
using protocol::chat::NotifyLevel;
using test::ChatTestClient;
using test::TestServer;

// Edits, deletes, reactions, threads and notification levels in the client, against a real server:
// what another member does shows up here live, and after being away.
class TestChatChangesClient : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<ChatTestClient> startAs(const TestServer &server, const QString &user, const QString &cacheName)
    {
        auto client = ChatTestClient::make(server.baseUrl(), m_dir.filePath(cacheName));
        if (!client || !test::signIn(client->session, server.baseUrl(), user)) {
            return nullptr;
        }
        client->chat.start(client->session.user().id, client->session.user().displayName);
        if (!QTest::qWaitFor([&] { return client->chat.link() == ChatService::Link::Live; }, 10000)) {
            return nullptr;
        }
        return client;
    }

    /// The row of the message whose body is `body`, or -1.
    static int rowOf(const ChatMessageModel &model, const QString &body)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row), ChatMessageModel::BodyRole).toString() == body) {
                return row;
            }
        }
        return -1;
    }

    static QVariant roleOf(const ChatMessageModel &model, qint64 id, int role)
    {
        const Message *m = model.messageById(id);
        return m ? model.data(model.index(model.rowOfSeq(m->seq)), role) : QVariant();
    }

    /// Sends `body` from `client` to channel 1 and returns its server id once acknowledged.
    static qint64 sendAndWait(ChatTestClient &client, const QString &body, qint64 replyTo = 0)
    {
        client.chat.sendMessage(1, body, replyTo);
        qint64 id = 0;
        (void)QTest::qWaitFor(
            [&] {
                const int row = rowOf(client.messages, body);
                id = row >= 0 ? client.messages.data(client.messages.index(row), ChatMessageModel::IdRole).toLongLong()
                              : 0;
                return id > 0;
            },
            10000);
        return id;
    }

private Q_SLOTS:
    void revisionTracker_movesOnlyOverAnUnbrokenRun()
    {
        RevisionTracker t;
        QVERIFY(!t.note(1, 5)); // unknown channel: nothing to move
        t.reset(1, 10);
        QVERIFY(t.note(1, 11));
        QVERIFY(!t.note(1, 13)); // 12 is missing: stays at 11
        QCOMPARE(*t.applied(1), 11);
        QVERIFY(!t.note(1, 11)); // old news
        QVERIFY(t.note(1, 12));  // the gap closes: straight to 13
        QCOMPARE(*t.applied(1), 13);
        QVERIFY(!t.note(1, 20));
        t.reset(1, 15); // a changes frame covered up to 15; 20 still waits for 16..19
        QCOMPARE(*t.applied(1), 15);
        for (qint64 rev = 16; rev < 20; ++rev) {
            t.note(1, rev);
        }
        QCOMPARE(*t.applied(1), 20);
    }

    void messageModel_update_takesNewerRevisions_andCountsReplies()
    {
        ChatMessageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMyUserId(2);
        auto message = [](qint64 seq, qint64 rev, qint64 replyTo = 0) {
            Message m;
            m.channelId = 1;
            m.seq = seq;
            m.id = seq * 10;
            m.rev = rev;
            m.senderId = 1;
            m.replyTo = replyTo;
            m.body = u"m%1 r%2"_s.arg(seq).arg(rev);
            m.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + seq, Qt::UTC);
            return m;
        };
        model.reset(1, {message(1, 1), message(2, 2, 10)}, {});
        QCOMPARE(model.data(model.index(0), ChatMessageModel::ReplyCountRole).toInt(), 1);
        model.upsert(message(3, 3, 10));
        QCOMPARE(model.data(model.index(0), ChatMessageModel::ReplyCountRole).toInt(), 2);

        Message edited = message(1, 7);
        edited.body = u"edited"_s;
        edited.editedAt = QDateTime::currentDateTimeUtc();
        edited.reactions = {{u"👍"_s, {1, 2}}};
        model.update(edited);
        QCOMPARE(model.data(model.index(0), ChatMessageModel::BodyRole).toString(), u"edited"_s);
        QVERIFY(model.data(model.index(0), ChatMessageModel::EditedRole).toBool());
        const QVariantMap reaction =
            model.data(model.index(0), ChatMessageModel::ReactionsRole).toList().first().toMap();
        QCOMPARE(reaction.value(u"count"_s).toInt(), 2);
        QVERIFY(reaction.value(u"mine"_s).toBool());
        QCOMPARE(model.data(model.index(1), ChatMessageModel::ReplyQuoteRole).toString(), u": edited"_s);

        model.update(message(1, 5)); // older than what is shown: ignored
        QCOMPARE(model.data(model.index(0), ChatMessageModel::BodyRole).toString(), u"edited"_s);
        Message deleted = message(1, 8);
        deleted.deleted = true;
        deleted.body.clear();
        model.upsert(deleted); // history sent again carries the newer state too
        QVERIFY(model.data(model.index(0), ChatMessageModel::DeletedRole).toBool());
        QVERIFY(!model.data(model.index(0), ChatMessageModel::EditedRole).toBool());
        QVERIFY(model.data(model.index(1), ChatMessageModel::ReplyQuoteDeletedRole).toBool());
    }

    void editsDeletesReactions_reachTheOtherMember_live()
    {
        TestServer server;
        QVERIFY(server.start());
        auto author = startAs(server, u"member"_s, u"live-author.sqlite"_s);
        auto reader = startAs(server, u"free"_s, u"live-reader.sqlite"_s);
        QVERIFY(author && reader);
        author->chat.openChannel(1);
        reader->chat.openChannel(1);
        const qint64 id = sendAndWait(*author, u"teh first draft"_s);
        QVERIFY(id > 0);
        QTRY_VERIFY(reader->messages.messageById(id));

        QVERIFY(author->chat.editMessage(id, u"the first draft"_s));
        QTRY_COMPARE(roleOf(reader->messages, id, ChatMessageModel::BodyRole).toString(), u"the first draft"_s);
        QVERIFY(roleOf(reader->messages, id, ChatMessageModel::EditedRole).toBool());

        QVERIFY(reader->chat.setReaction(id, u"👍"_s, true));
        QTRY_COMPARE(roleOf(author->messages, id, ChatMessageModel::ReactionsRole).toList().size(), 1);
        const QVariantMap seenByAuthor =
            roleOf(author->messages, id, ChatMessageModel::ReactionsRole).toList().first().toMap();
        QVERIFY(!seenByAuthor.value(u"mine"_s).toBool());
        QTRY_VERIFY(roleOf(reader->messages, id, ChatMessageModel::ReactionsRole)
                        .toList()
                        .value(0)
                        .toMap()
                        .value(u"mine"_s)
                        .toBool());

        // Someone else's message: the server refuses, the client says why, nothing changes.
        QSignalSpy refused(&reader->chat, &ChatService::requestFailed);
        QVERIFY(reader->chat.editMessage(id, u"vandalism"_s));
        QVERIFY(refused.wait());
        QCOMPARE(refused.last().at(0).toString(), u"You can't change that message."_s);
        QCOMPARE(roleOf(author->messages, id, ChatMessageModel::BodyRole).toString(), u"the first draft"_s);

        QVERIFY(author->chat.deleteMessage(id));
        QTRY_VERIFY(roleOf(reader->messages, id, ChatMessageModel::DeletedRole).toBool());
        // And the reader's cache has it deleted too (search no longer finds the words).
        QTRY_VERIFY(test::runOnCache<bool>(reader->cache, [](QSqlDatabase &db) {
                        return ChatStore(db).search(u"first draft"_s, 10).isEmpty();
                    }).value_or(false));

        // Offline, changes are refused at once rather than queued.
        server.stop();
        QTRY_VERIFY(author->chat.link() != ChatService::Link::Live);
        QVERIFY(!author->chat.editMessage(id, u"x"_s));
        QVERIFY(!author->chat.setReaction(id, u"👍"_s, true));
    }

    void changesMadeWhileAway_areCaughtUpOnReconnect()
    {
        TestServer server;
        QVERIFY(server.start());
        auto author = startAs(server, u"member"_s, u"away-author.sqlite"_s);
        auto reader = startAs(server, u"free"_s, u"away-reader.sqlite"_s);
        QVERIFY(author && reader);
        author->chat.openChannel(1);
        const qint64 kept = sendAndWait(*author, u"will be edited"_s);
        const qint64 removed = sendAndWait(*author, u"will be deleted"_s);
        const auto cachedBody = [](ChatTestClient &c, qint64 messageId) {
            return test::runOnCache<QString>(c.cache,
                                             [messageId](QSqlDatabase &db) {
                                                 const QList<Message> thread = ChatStore(db).thread(messageId);
                                                 return thread.isEmpty()         ? u"<none>"_s
                                                        : thread.first().deleted ? u"<deleted>"_s
                                                                                 : thread.first().body;
                                             })
                .value_or(QString());
        };
        QTRY_COMPARE(cachedBody(*reader, kept), u"will be edited"_s);
        QTRY_COMPARE(cachedBody(*reader, removed), u"will be deleted"_s);

        // The reader quits; meanwhile the author edits, deletes and reacts.
        const QString readerAccess = reader->api.accessToken();
        const QString readerRefresh = reader->api.refreshToken();
        const qint64 readerId = reader->session.user().id;
        reader.reset();
        QVERIFY(author->chat.editMessage(kept, u"edited while you were away"_s));
        QVERIFY(author->chat.deleteMessage(removed));
        QVERIFY(author->chat.setReaction(kept, u"🎉"_s, true));
        QTRY_COMPARE(roleOf(author->messages, kept, ChatMessageModel::ReactionsRole).toList().size(), 1);

        // It comes back with the same cache: the resume brings the changes, not just new messages.
        reader = ChatTestClient::make(server.baseUrl(), m_dir.filePath(u"away-reader.sqlite"_s));
        QVERIFY(reader);
        reader->api.setBaseUrl(server.baseUrl());
        reader->api.setTokens(readerAccess, readerRefresh);
        reader->chat.start(readerId, u"Fay Free"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cachedBody(*reader, kept), u"edited while you were away"_s, 10000);
        QTRY_COMPARE(cachedBody(*reader, removed), u"<deleted>"_s);
        QSignalSpy opened(&reader->chat, &ChatService::channelOpened);
        reader->chat.openChannel(1);
        QVERIFY(opened.wait());
        QCOMPARE(roleOf(reader->messages, kept, ChatMessageModel::ReactionsRole).toList().size(), 1);
        QVERIFY(roleOf(reader->messages, removed, ChatMessageModel::DeletedRole).toBool());
    }

    void mentionsWhileAway_areFlagged_afterReconnect_andAfterRestart()
    {
        TestServer server;
        QVERIFY(server.start());
        auto author = startAs(server, u"author"_s, u"mention-author.sqlite"_s);
        auto member = startAs(server, u"free"_s, u"mention-member.sqlite"_s);
        QVERIFY(author && member);
        member->chat.notifications().setMentionName(u"free"_s);
        const auto mentionsIn = [](ChatTestClient &c, qint64 channel) {
            return c.channels.data(c.channels.index(c.channels.rowOf(channel)), models::ChannelListModel::MentionsRole)
                .toInt();
        };
        const QString access = member->api.accessToken();
        const QString refresh = member->api.refreshToken();
        const qint64 memberId = member->session.user().id;
        author->chat.openChannel(1);
        QVERIFY(sendAndWait(*author, u"before: hello everyone"_s) > 0);
        QTRY_COMPARE(member->channels.lastSeq(1), author->channels.lastSeq(1));

        // The member quits; someone mentions them meanwhile.
        member.reset();
        QVERIFY(sendAndWait(*author, u"@free could you look at this?"_s) > 0);
        QVERIFY(sendAndWait(*author, u"mail free@example.org is not a mention"_s) > 0);

        auto restart = [&] {
            auto c = ChatTestClient::make(server.baseUrl(), m_dir.filePath(u"mention-member.sqlite"_s));
            c->api.setBaseUrl(server.baseUrl());
            c->api.setTokens(access, refresh);
            c->chat.notifications().setMentionName(u"free"_s);
            c->chat.start(memberId, u"Fay Free"_s);
            return c;
        };
        member = restart();
        QTRY_COMPARE_WITH_TIMEOUT(mentionsIn(*member, 1), 1, 10000);
        // Still flagged after a restart with the server gone: counted from the cache.
        QVERIFY(server.stop());
        member.reset();
        member = restart();
        QTRY_COMPARE(mentionsIn(*member, 1), 1);
    }

    void notifyLevels_followTheMember_andAThreadsLevelWins()
    {
        TestServer server;
        QVERIFY(server.start());
        auto laptop = startAs(server, u"member"_s, u"levels-laptop.sqlite"_s);
        auto desktop = startAs(server, u"member"_s, u"levels-desktop.sqlite"_s);
        auto other = startAs(server, u"author"_s, u"levels-other.sqlite"_s);
        QVERIFY(laptop && desktop && other);
        other->chat.openChannel(1);
        const qint64 root = sendAndWait(*other, u"a thread the member follows"_s);

        laptop->chat.notifications().setChannelLevel(1, NotifyLevel::Muted);    // the channel: muted
        laptop->chat.notifications().setThreadLevel(1, root, NotifyLevel::All); // but this thread: everything
        const auto channelLevel = [](ChatTestClient &c) {
            return c.channels.data(c.channels.index(c.channels.rowOf(1)), models::ChannelListModel::NotifyLevelRole)
                .toInt();
        };
        QTRY_COMPARE(channelLevel(*desktop), 2);
        QTRY_COMPARE(desktop->chat.notifications().threadLevel(root), NotifyLevel::All);

        QSignalSpy notified(&desktop->chat.notifications(), &ChatNotifications::notificationWanted);
        other->chat.sendMessage(1, u"noise in a muted channel"_s);
        other->chat.sendMessage(1, u"a reply in the followed thread"_s, root);
        QVERIFY(notified.wait());
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).value<Message>().body, u"a reply in the followed thread"_s);

        // A device that was not running hears the levels when it connects, and keeps them offline.
        desktop.reset();
        auto phone = startAs(server, u"member"_s, u"levels-phone.sqlite"_s);
        QVERIFY(phone);
        QTRY_COMPARE(channelLevel(*phone), 2);
        QTRY_COMPARE(phone->chat.notifications().threadLevel(root), NotifyLevel::All);
        const auto stored = test::runOnCache<QList<protocol::chat::NotifyPref>>(
            phone->cache, [](QSqlDatabase &db) { return ChatStore(db).notifyPrefs(); });
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);

        // Chosen while offline: applied here at once, and sent (winning) when the link is back.
        server.stop();
        QTRY_VERIFY(phone->chat.link() != ChatService::Link::Live);
        phone->chat.notifications().setChannelLevel(1, NotifyLevel::Mentions);
        QCOMPARE(channelLevel(*phone), 1);
        QVERIFY(server.start());
        QTRY_COMPARE_WITH_TIMEOUT(phone->chat.link(), ChatService::Link::Live, 20000);
        QCOMPARE(channelLevel(*phone), 1);
        QTRY_COMPARE_WITH_TIMEOUT(channelLevel(*laptop), 1, 20000);
    }

    void threads_loadFromTheCache_andPromoteToAnArticle()
    {
        TestServer server;
        QVERIFY(server.start());
        auto author = startAs(server, u"author"_s, u"promote-author.sqlite"_s);
        auto member = startAs(server, u"member"_s, u"promote-member.sqlite"_s);
        QVERIFY(author && member);
        author->chat.openChannel(1);
        member->chat.openChannel(1);
        const qint64 root = sendAndWait(*member, u"How do I keep the GUI thread free?"_s);
        QVERIFY(root > 0);
        QTRY_VERIFY(author->messages.messageById(root));
        const qint64 answer = sendAndWait(*author, u"Move the work to a worker thread and post results back."_s, root);
        QVERIFY(answer > 0);
        QTRY_COMPARE(roleOf(member->messages, root, ChatMessageModel::ReplyCountRole).toInt(), 1);

        QSignalSpy loaded(&member->chat, &ChatService::threadLoaded);
        member->chat.loadThread(root);
        QVERIFY(loaded.wait());
        const auto thread = loaded.last().at(1).value<QList<Message>>();
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.last().id, answer);

        models::ArticleFeedModel feedModel;
        FeedService feed(author->api, author->cache, feedModel);
        QSignalSpy promoted(&feed, &FeedService::threadPromoted);
        QSignalSpy failed(&feed, &FeedService::promotionFailed);
        feed.promoteThread(answer, u"Keeping the GUI thread free"_s);
        QVERIFY(promoted.wait());
        const auto article = promoted.last().at(0).value<protocol::Article>();
        QCOMPARE(article.title, u"Keeping the GUI thread free"_s);
        QTRY_VERIFY(test::runOnCache<bool>(author->cache, [id = article.id](QSqlDatabase &db) {
                        const auto cached = ArticleCache(db).article(id);
                        return cached && cached->body.contains(u"worker thread"_s);
                    }).value_or(false));
        // Once only; and members may not promote.
        feed.promoteThread(root, u"Again"_s);
        QVERIFY(failed.wait());
        models::ArticleFeedModel memberFeedModel;
        FeedService memberFeed(member->api, member->cache, memberFeedModel);
        QSignalSpy memberFailed(&memberFeed, &FeedService::promotionFailed);
        memberFeed.promoteThread(root, u"Mine"_s);
        QVERIFY(memberFailed.wait());
    }
};

QTEST_GUILESS_MAIN(TestChatChangesClient)
#include "tst_chatchangesclient.moc"
