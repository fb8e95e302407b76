#include "domain/eventservice.h"
#include "domain/feedbackservice.h"
#include "domain/pointsservice.h"
#include "domain/questionservice.h"
#include "domainfixture.h"
#include "protocol/errorcodes.h"
#include "storage/notificationrepository.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::protocol;
using namespace guild::protocol::engagement;
using server::AuthUser;
using server::Result;

// The engagement rules checked in-process on a real database (SQLite, or PostgreSQL with
// GUILD_TEST_DATABASE=postgres): points and their caps, Q&A with bounties, events with seats, feedback.
class TestDomainEngagement : public QObject
{
    Q_OBJECT

    test::DomainFixture m_fixture;
    std::unique_ptr<server::PointsService> m_points;
    std::unique_ptr<server::QuestionService> m_questions;
    std::unique_ptr<server::EventService> m_events;
    std::unique_ptr<server::FeedbackService> m_feedback;
    int m_members = 0;

    AuthUser someone(Role role = Role::Member, Tier tier = Tier::Member)
    {
        return m_fixture.member(u"m%1"_s.arg(++m_members), role, tier);
    }

    /// Points for `user` through the ledger, as a real action would give them.
    void give(const AuthUser &user, int points)
    {
        QSqlDatabase db = m_fixture.database().connection();
        server::sql::Transaction tx(db);
        QVERIFY(m_points->move(db, user.id, u"test_grant"_s, points, 0, server::nowMs()));
        tx.commit();
    }

    qint64 balance(const AuthUser &user)
    {
        QSqlDatabase db = m_fixture.database().connection();
        return server::PointsService::balance(db, user.id);
    }

    static int acceptedAnswerPoints() { return server::PointsService::rule(u"accepted_answer"_s)->points; }

    template <typename T>
    static QString codeOf(const Result<T> &result)
    {
        return result.ok() ? QString() : result.error().code;
    }

    static Event event(int capacity)
    {
        Event e;
        e.title = u"Office hours"_s;
        e.startsAt = QDateTime::currentDateTimeUtc().addDays(2);
        e.timezone = u"Asia/Shanghai"_s;
        e.capacity = capacity;
        e.joinUrl = u"https://meet.example.com/guild"_s;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        m_points = std::make_unique<server::PointsService>(m_fixture.database());
        m_questions = std::make_unique<server::QuestionService>(m_fixture.database(), *m_points);
        m_events = std::make_unique<server::EventService>(m_fixture.database());
        m_feedback = std::make_unique<server::FeedbackService>(m_fixture.database());
    }

    void points_areCappedPerDay_andCountedOncePerThing()
    {
        const AuthUser author = someone(Role::Author);
        QSqlDatabase db = m_fixture.database().connection();
        const qint64 now = server::nowMs();
        server::sql::Transaction tx(db);
        // publish: 10 a time, 30 a day; the same article twice counts once.
        QCOMPARE(m_points->award(db, author.id, u"publish"_s, 1, now), 10);
        QCOMPARE(m_points->award(db, author.id, u"publish"_s, 1, now), 0);
        QCOMPARE(m_points->award(db, author.id, u"publish"_s, 2, now), 10);
        QCOMPARE(m_points->award(db, author.id, u"publish"_s, 3, now), 10);
        QCOMPARE(m_points->award(db, author.id, u"publish"_s, 4, now), 0); // the day's cap
        QCOMPARE(m_points->award(db, author.id, u"unknown_action"_s, 5, now), 0);
        tx.commit();
        QCOMPARE(balance(author), 30);
        QVERIFY(!m_points->move(db, author.id, u"spend"_s, -31, 0, now)); // more than there is
        QCOMPARE(balance(author), 30);
    }

    void checkIn_onceADay_withAStreak()
    {
        const AuthUser member = someone();
        const Result<Standing> first = m_points->checkIn(member, u"hello"_s);
        QVERIFY(first.ok());
        QCOMPARE(first.value().streak, 1);
        QVERIFY(first.value().checkedInToday);
        QVERIFY(first.value().badges.contains(u"first_checkin"_s));
        QCOMPARE(codeOf(m_points->checkIn(member, QString())), QString(errors::AlreadyCheckedIn));
        QCOMPARE(codeOf(m_points->checkIn(member, QString(281, u'x'))), QString(errors::InvalidField));
        const Result<QStringList> days =
            m_points->checkins(member, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM"_s));
        QCOMPARE(days.value().size(), 1);
        QCOMPARE(codeOf(m_points->checkins(member, u"2026-1"_s)), QString(errors::InvalidField));
        QCOMPARE(codeOf(m_points->setTimezone(member, u"Mars/Olympus"_s)), QString(errors::InvalidField));
        QCOMPARE(m_points->setTimezone(member, u"Asia/Shanghai"_s).value(), u"Asia/Shanghai"_s);
    }

    void leaderboard_countsEarnedPointsOnly()
    {
        QCOMPARE(codeOf(m_points->leaderboard(u"year"_s)), QString(errors::InvalidField));
        const Result<QList<LeaderboardEntry>> leaders = m_points->leaderboard(u"all"_s);
        QVERIFY(leaders.ok());
        for (qsizetype i = 1; i < leaders.value().size(); ++i) {
            QVERIFY(leaders.value()[i - 1].points >= leaders.value()[i].points);
        }
    }

    void ask_needsTheQaTier_andHoldsTheBounty()
    {
        QCOMPARE(m_questions->featureTier(u"qa"_s), Tier::Member);
        QCOMPARE(m_questions->featureTier(u"events"_s), Tier::Premium);
        QCOMPARE(m_questions->featureTier(u"nothing"_s), Tier::Free);
        const AuthUser free = someone(Role::Member, Tier::Free);
        QCOMPARE(codeOf(m_questions->ask(free, u"Why?"_s, u"Body"_s, {}, 0)), QString(errors::MembershipRequired));

        const AuthUser asker = someone();
        // A bounty larger than the balance writes nothing at all.
        const qsizetype before = m_questions->questions(asker, 1000).size();
        QCOMPARE(codeOf(m_questions->ask(asker, u"Why?"_s, u"Body"_s, {}, 50)), QString(errors::NotEnoughPoints));
        QCOMPARE(m_questions->questions(asker, 1000).size(), before);

        give(asker, 60);
        const Result<Question> asked = m_questions->ask(asker, u" Why? "_s, u"Body"_s, {}, 50);
        QVERIFY(asked.ok());
        QCOMPARE(asked.value().title, u"Why?"_s);
        QCOMPARE(asked.value().bounty, 50);
        QCOMPARE(balance(asker), 10);
        // Only authors and admins choose the tier; nobody asks an expert who does not exist.
        QCOMPARE(codeOf(m_questions->ask(asker, u"T"_s, u"B"_s, {}, 0, Tier::Premium)), QString(errors::Forbidden));
        QCOMPARE(codeOf(m_questions->ask(asker, u"T"_s, u"B"_s, u"nobody_here"_s, 0)), QString(errors::NotFound));
    }

    void accept_paysTheBountyOnce_toSomeoneElse()
    {
        const AuthUser asker = someone();
        const AuthUser helper = someone();
        const AuthUser other = someone();
        give(asker, 20);
        const qint64 question = m_questions->ask(asker, u"Q"_s, u"B"_s, {}, 20).value().id;
        const qint64 own = m_questions->answer(asker, question, u"Mine"_s).value().id;
        const qint64 good = m_questions->answer(helper, question, u"Good"_s).value().id;
        QCOMPARE(codeOf(m_questions->accept(asker, own)), QString(errors::InvalidField));
        QCOMPARE(codeOf(m_questions->accept(other, good)), QString(errors::Forbidden));
        const qint64 helperBefore = balance(helper);
        const Result<Question> accepted = m_questions->accept(asker, good);
        QVERIFY(accepted.ok());
        QCOMPARE(accepted.value().acceptedAnswerId, good);
        QCOMPARE(balance(helper), helperBefore + 20 + acceptedAnswerPoints());
        QCOMPARE(codeOf(m_questions->accept(asker, good)), QString(errors::AlreadyAccepted));
        QCOMPARE(balance(helper), helperBefore + 20 + acceptedAnswerPoints());
    }

    void votes_andTheDigest()
    {
        const AuthUser asker = someone();
        const AuthUser voter = someone();
        const AuthUser author = someone(Role::Author, Tier::Free);
        const qint64 question = m_questions->ask(asker, u"Q"_s, u"B"_s, {}, 0).value().id;
        const qint64 answer = m_questions->answer(voter, question, u"A"_s).value().id;
        QCOMPARE(m_questions->vote(asker, answer, 1).value().score, 1);
        QCOMPARE(m_questions->vote(asker, answer, 1).value().score, 1); // one vote per member
        QCOMPARE(m_questions->vote(voter, answer, -1).value().score, 0);
        QCOMPARE(m_questions->vote(asker, answer, 0).value().score, -1);
        QCOMPARE(codeOf(m_questions->vote(asker, answer, 2)), QString(errors::InvalidField));
        QCOMPARE(codeOf(m_questions->feature(asker, answer, true)), QString(errors::Forbidden));
        QVERIFY(m_questions->feature(author, answer, true).value().featured);
        QCOMPARE(codeOf(m_questions->vote(asker, 999999, 1)), QString(errors::NotFound));
    }

    void lockedQuestions_keepTheirTitle_andNothingElse()
    {
        const AuthUser author = someone(Role::Author, Tier::Free);
        const qint64 id = m_questions->ask(author, u"Premium only"_s, u"Secret"_s, {}, 0, Tier::Premium).value().id;
        const AuthUser member = someone(Role::Member, Tier::Member);
        bool seen = false;
        for (const Question &q : m_questions->questions(member, 1000)) {
            if (q.id == id) {
                seen = true;
                QVERIFY(q.locked);
                QVERIFY(q.body.isEmpty());
                QCOMPARE(q.title, u"Premium only"_s);
            }
        }
        QVERIFY(seen);
        QCOMPARE(codeOf(m_questions->question(member, id)), QString(errors::MembershipRequired));
        QCOMPARE(codeOf(m_questions->answer(member, id, u"A"_s)), QString(errors::MembershipRequired));
        QCOMPARE(m_questions->question(someone(Role::Member, Tier::Premium), id).value().body, u"Secret"_s);
    }

    void threadImport_happensOncePerThread()
    {
        const AuthUser author = someone(Role::Author);
        const AuthUser asker = someone();
        const QList<server::QuestionService::ImportedAnswer> replies{{author.id, u"Reply"_s, server::nowMs()}};
        const Result<Question> first =
            m_questions->importThread(author, asker.id, u"From chat"_s, u"Body"_s, replies, 4242, Tier::Member);
        QVERIFY(first.ok());
        QCOMPARE(first.value().answers.size(), 1);
        QCOMPARE(first.value().askerId, asker.id);
        QCOMPARE(codeOf(m_questions->importThread(author, asker.id, u"Again"_s, u"B"_s, replies, 4242, Tier::Member)),
                 QString(errors::Conflict));
    }

    void events_fillUpToCapacity_andGiveSeatsBack()
    {
        const AuthUser member = someone(Role::Member, Tier::Premium);
        QCOMPARE(codeOf(m_events->createEvent(member, event(2))), QString(errors::Forbidden));
        const AuthUser host = someone(Role::Author);
        Event bad = event(2);
        bad.joinUrl = u"http://insecure.example.com"_s;
        QCOMPARE(codeOf(m_events->createEvent(host, bad)), QString(errors::InvalidField));
        const Event created = m_events->createEvent(host, event(2)).value();
        QCOMPARE(created.requiredTier, Tier::Premium);

        const AuthUser a = someone(Role::Member, Tier::Premium);
        const AuthUser b = someone(Role::Member, Tier::Premium);
        const AuthUser c = someone(Role::Member, Tier::Premium);
        QCOMPARE(m_events->rsvp(a, created.id, true).value().attending, 1);
        QCOMPARE(m_events->rsvp(a, created.id, true).value().attending, 1); // going twice is going once
        QVERIFY(m_events->rsvp(b, created.id, true).value().going);
        QCOMPARE(codeOf(m_events->rsvp(c, created.id, true)), QString(errors::EventFull));
        QCOMPARE(m_events->rsvp(a, created.id, false).value().attending, 1);
        QCOMPARE(m_events->rsvp(c, created.id, true).value().attending, 2);

        // Below the tier: listed without the link, and no seat.
        const AuthUser member2 = someone(Role::Member, Tier::Member);
        QCOMPARE(codeOf(m_events->rsvp(member2, created.id, true)), QString(errors::MembershipRequired));
        bool listed = false;
        for (const Event &e : m_events->events(member2)) {
            if (e.id == created.id) {
                listed = true;
                QVERIFY(e.locked);
                QVERIFY(e.joinUrl.isEmpty());
            }
        }
        QVERIFY(listed);
        QCOMPARE(codeOf(m_events->rsvp(a, 999999, true)), QString(errors::NotFound));
    }

    void feedback_reachesAdmins_andTheirAnswerNotifies()
    {
        const AuthUser member = someone();
        const AuthUser admin = someone(Role::Admin);
        QCOMPARE(codeOf(m_feedback->send(member, u"rant"_s, u"x"_s)), QString(errors::InvalidField));
        const qint64 id = m_feedback->send(member, u"idea"_s, u"Dark mode"_s).value().id;
        QCOMPARE(codeOf(m_feedback->latest(member)), QString(errors::Forbidden));
        QCOMPARE(codeOf(m_feedback->answer(member, id, u"No"_s)), QString(errors::Forbidden));
        QCOMPARE(m_feedback->latest(admin).value().first().body, u"Dark mode"_s);
        QCOMPARE(m_feedback->answer(admin, id, u"Soon"_s).value().answer, u"Soon"_s);
        const auto told = server::NotificationRepository(m_fixture.database().connection()).latest(member.id, 10);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().kind, u"feedback.answered"_s);
        QCOMPARE(codeOf(m_feedback->answer(admin, 999999, u"?"_s)), QString(errors::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestDomainEngagement)
#include "tst_domain_engagement.moc"
