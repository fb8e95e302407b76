#include "domain/accountevents.h"
#include "domain/articleservice.h"
#include "domain/authservice.h"
#include "domain/chatservice.h"
#include "domain/loginthrottle.h"
#include "domain/passwordhasher.h"
#include "domain/pollservice.h"
#include "domainfixture.h"
#include "protocol/errorcodes.h"
#include "storage/sql.h"
#include "storage/tokenrepository.h"

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::protocol;
using server::AuthUser;
using server::Result;

// Content, chat and accounts checked in-process on a real database (SQLite, or PostgreSQL with
// GUILD_TEST_DATABASE=postgres): the paywall on articles, comments, likes and polls; chat sequence
// numbers, exactly-once sends and who may change a message; registration, sign-in, refresh rotation
// with reuse detection, and sign-out.
class TestDomainContent : public QObject
{
    Q_OBJECT

    test::DomainFixture m_fixture;
    std::unique_ptr<server::ArticleService> m_articles;
    std::unique_ptr<server::PollService> m_polls;
    std::unique_ptr<server::ChatService> m_chat;
    std::unique_ptr<server::PasswordHasher> m_hasher;
    std::unique_ptr<server::LoginThrottle> m_throttle;
    server::AccountEvents m_events;
    std::unique_ptr<server::AuthService> m_auth;
    int m_members = 0;

    AuthUser someone(Role role = Role::Member, Tier tier = Tier::Member)
    {
        return m_fixture.member(u"c%1"_s.arg(++m_members), role, tier);
    }

    template <typename T>
    static QString codeOf(const Result<T> &result)
    {
        return result.ok() ? QString() : result.error().code;
    }

    static ArticleInput draft(const QString &title, Tier tier)
    {
        ArticleInput in;
        in.title = title;
        in.summary = u"摘要：" + title;
        in.body = u"# "_s + title + u"\n\nThe body, for readers of the tier."_s;
        in.tags = QStringList{u"qt"_s};
        in.requiredTier = tier;
        return in;
    }

    qint64 channel(const QString &name, Tier tier)
    {
        QSqlDatabase db = m_fixture.database().connection();
        server::sql::exec(db, u"INSERT INTO channels (name, topic, required_tier, created_at) VALUES (?, ?, ?, ?)"_s,
                          {name, u"topic"_s, static_cast<int>(tier), server::nowMs()});
        return server::sql::scalar(db, u"SELECT id FROM channels WHERE name = ?"_s, {name}).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        m_articles = std::make_unique<server::ArticleService>(m_fixture.database());
        m_polls = std::make_unique<server::PollService>(m_fixture.database(), *m_articles);
        m_chat = std::make_unique<server::ChatService>(m_fixture.database());
        // A small hash keeps the test quick; the rules around it are the same.
        m_hasher = std::make_unique<server::PasswordHasher>(2, 64u * 1024u, 1);
        m_throttle = std::make_unique<server::LoginThrottle>(m_fixture.database(), u"login"_s);
        m_auth = std::make_unique<server::AuthService>(m_fixture.database(), *m_hasher, *m_throttle, m_events,
                                                       server::AuthConfig{});
    }

    void articles_onlyAuthorsPublish_andLockedBodiesStayOnTheServer()
    {
        const AuthUser author = someone(Role::Author, Tier::Free);
        const AuthUser member = someone(Role::Member, Tier::Member);
        const AuthUser free = someone(Role::Member, Tier::Free);
        QCOMPARE(codeOf(m_articles->create(member, draft(u"Not mine to post"_s, Tier::Free))), errors::Forbidden);
        const auto paid = m_articles->create(author, draft(u"Move semantics"_s, Tier::Member));
        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().message));

        const auto forMember = m_articles->article(member, paid.value().id);
        QVERIFY(forMember.ok());
        QVERIFY(forMember.value().body.contains(u"The body"_s));
        QVERIFY(!forMember.value().locked);
        QCOMPARE(codeOf(m_articles->article(free, paid.value().id)), errors::MembershipRequired);

        // In the feed the free member sees it locked: title and summary, no body.
        const auto feed = m_articles->feed(free, FeedRequest{});
        QVERIFY(feed.ok());
        const auto it = std::find_if(feed.value().articles.cbegin(), feed.value().articles.cend(),
                                     [&](const Article &a) { return a.id == paid.value().id; });
        QVERIFY(it != feed.value().articles.cend());
        QVERIFY(it->locked);
        QVERIFY(it->body.isEmpty());
        QCOMPARE(it->summary, u"摘要：Move semantics"_s);

        // Nor can a free member comment or like behind the paywall.
        QCOMPARE(codeOf(m_articles->addComment(free, paid.value().id, u"let me in"_s)), errors::MembershipRequired);
        QCOMPARE(codeOf(m_articles->setLiked(free, paid.value().id, true)), errors::MembershipRequired);
        QCOMPARE(codeOf(m_articles->article(member, 987654)), errors::NotFound);
    }

    void likesAndComments_countOncePerMember()
    {
        const AuthUser author = someone(Role::Author, Tier::Free);
        const AuthUser reader = someone();
        const qint64 id = m_articles->create(author, draft(u"RAII"_s, Tier::Free)).value().id;
        QCOMPARE(m_articles->setLiked(reader, id, true).value().likeCount, 1);
        QCOMPARE(m_articles->setLiked(reader, id, true).value().likeCount, 1); // again: no change
        QVERIFY(m_articles->setLiked(reader, id, true).value().likedByMe);
        QCOMPARE(m_articles->setLiked(author, id, true).value().likeCount, 2);
        QCOMPARE(m_articles->setLiked(reader, id, false).value().likeCount, 1);

        QVERIFY(!m_articles->addComment(reader, id, u"   "_s).ok());             // blank
        QVERIFY(!m_articles->addComment(reader, id, QString(20000, u'x')).ok()); // too long
        QVERIFY(m_articles->addComment(reader, id, u"好文章，谢谢！"_s).ok());
        const auto comments = m_articles->comments(reader, id, 0, 50);
        QCOMPARE(comments.value().size(), 1);
        QCOMPARE(comments.value().first().body, u"好文章，谢谢！"_s);
        QCOMPARE(m_articles->article(reader, id).value().commentCount, 1);
    }

    void polls_oneBallotPerMember_changeable_andValidated()
    {
        const AuthUser author = someone(Role::Author, Tier::Free);
        ArticleInput in = draft(u"Which build system?"_s, Tier::Free);
        in.poll = PollDraft{u"Which one?"_s, {u"CMake"_s, u"qmake"_s, u"Meson"_s}, false, {}};
        const qint64 id = m_articles->create(author, in).value().id;
        const AuthUser a = someone();
        const AuthUser b = someone();
        QCOMPARE(m_polls->vote(a, id, {0}).value().votes, (QList<int>{1, 0, 0}));
        QCOMPARE(m_polls->vote(b, id, {0}).value().votes, (QList<int>{2, 0, 0}));
        const auto changed = m_polls->vote(a, id, {2}); // a changes their mind: still one ballot
        QCOMPARE(changed.value().votes, (QList<int>{1, 0, 1}));
        QCOMPARE(changed.value().voters, 2);
        QCOMPARE(changed.value().myChoices, QList<int>{2});
        QCOMPARE(codeOf(m_polls->vote(a, id, {3})), errors::InvalidField);    // no such option
        QCOMPARE(codeOf(m_polls->vote(a, id, {0, 1})), errors::InvalidField); // single choice
        QCOMPARE(m_polls->poll(a, id).value().votes, (QList<int>{1, 0, 1}));  // nothing changed
    }

    void chat_sendsOncePerClientId_inSeqOrder_andGuardsChanges()
    {
        const qint64 general = channel(u"general-content"_s, Tier::Free);
        const qint64 lounge = channel(u"lounge-content"_s, Tier::Premium);
        const AuthUser alice = someone(Role::Member, Tier::Free);
        const AuthUser bob = someone(Role::Member, Tier::Free);
        const AuthUser admin = someone(Role::Admin, Tier::Free);

        const auto first = m_chat->send(alice, general, u"a-1"_s, u"你好"_s, 0);
        QVERIFY(first.ok());
        QVERIFY(!first.value().duplicate);
        const auto again = m_chat->send(alice, general, u"a-1"_s, u"你好"_s, 0); // a resend after a lost ack
        QVERIFY(again.value().duplicate);
        QCOMPARE(again.value().message.id, first.value().message.id);
        const auto second = m_chat->send(bob, general, u"b-1"_s, u"hi"_s, first.value().message.id);
        QCOMPARE(second.value().message.seq, first.value().message.seq + 1);
        QVERIFY(!m_chat->send(bob, general, u"b-2"_s, u"  "_s, 0).ok());
        QCOMPARE(codeOf(m_chat->send(alice, lounge, u"a-2"_s, u"sneaking in"_s, 0)), errors::MembershipRequired);

        // Only the author edits; the author or an admin deletes, and the seq stays.
        QVERIFY(!m_chat->edit(bob, first.value().message.id, u"not yours"_s).ok());
        QVERIFY(m_chat->edit(alice, first.value().message.id, u"你好！"_s).value().changed);
        const auto removed = m_chat->remove(admin, second.value().message.id);
        QVERIFY(removed.value().changed);
        QVERIFY(!m_chat->remove(admin, second.value().message.id).value().changed); // a second delete
        const auto kept = m_chat->messageAt(general, second.value().message.seq);
        QVERIFY(kept);
        QVERIFY(kept->deleted);
        QVERIFY(kept->body.isEmpty());
        QVERIFY(!m_chat->edit(bob, second.value().message.id, u"back"_s).ok()); // deleted stays deleted
    }

    void accounts_registerSignInRotateAndSignOut()
    {
        RegisterRequest request{u"newcomer"_s, u"newcomer@example.com"_s, u"correct horse battery"_s, u"新人"_s};
        const auto user = m_auth->registerUser(request);
        QVERIFY(user.ok());
        QCOMPARE(user.value().displayName, u"新人"_s);
        QCOMPARE(codeOf(m_auth->registerUser(request)), errors::UsernameTaken);
        request.username = u"newcomer2"_s;
        QCOMPARE(codeOf(m_auth->registerUser(request)), errors::EmailTaken);

        QCOMPARE(codeOf(m_auth->login(u"newcomer"_s, u"wrong password!"_s, u"10.0.0.1"_s)), errors::InvalidCredentials);
        const auto tokens = m_auth->login(u"newcomer"_s, u"correct horse battery"_s, u"10.0.0.1"_s);
        QVERIFY(tokens.ok());
        QCOMPARE(m_auth->authenticate(tokens.value().accessToken).value().username, u"newcomer"_s);

        // Refresh rotates; presenting the used refresh token again revokes the whole family.
        const auto rotated = m_auth->refresh(tokens.value().refreshToken);
        QVERIFY(rotated.ok());
        QVERIFY(rotated.value().refreshToken != tokens.value().refreshToken);
        QCOMPARE(codeOf(m_auth->refresh(tokens.value().refreshToken)), errors::TokenReused);
        QVERIFY(!m_auth->refresh(rotated.value().refreshToken).ok());
        QVERIFY(!m_auth->authenticate(rotated.value().accessToken).ok());

        // Sign out ends that session only.
        const auto laptop = m_auth->login(u"newcomer"_s, u"correct horse battery"_s, u"10.0.0.1"_s).value();
        const auto phone = m_auth->login(u"newcomer"_s, u"correct horse battery"_s, u"10.0.0.2"_s).value();
        const AuthUser onLaptop = m_auth->authenticate(laptop.accessToken).value();
        QVERIFY(m_auth->logout(onLaptop).ok());
        QVERIFY(!m_auth->authenticate(laptop.accessToken).ok());
        QVERIFY(!m_auth->refresh(laptop.refreshToken).ok());
        QVERIFY(m_auth->authenticate(phone.accessToken).ok());
        QCOMPARE(m_auth->authenticate(phone.accessToken).value().tier, Tier::Free);

        // Made an author, the same account reads every tier's content without paying for it.
        QSqlDatabase db = m_fixture.database().connection();
        server::sql::exec(db, u"UPDATE users SET role = 'author' WHERE username = ?"_s, {u"newcomer"_s});
        // As every change of standing does (AccountEvents), so kept token lookups are dropped.
        server::TokenRepository(db).advanceAccountGeneration();
        QCOMPARE(m_auth->authenticate(phone.accessToken).value().tier, Tier::Premium);
    }
};

QTEST_GUILESS_MAIN(TestDomainContent)
#include "tst_domain_content.moc"
