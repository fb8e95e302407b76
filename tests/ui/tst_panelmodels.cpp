// The panels' item models: each under QAbstractItemModelTester, and each row reading as a member
// should see it (locked content says what it takes and never more).

#include "ui/account/accountpage.h"
#include "ui/admin/adminmodels.h"
#include "ui/admin/channelspage.h"
#include "ui/common/notificationcentre.h"
#include "ui/common/notificationwording.h"
#include "ui/common/translations.h"
#include "ui/community/communitymodels.h"
#include "ui/membership/membershipmodels.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::ui;
using namespace guild::protocol::engagement;

namespace {
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::QtTest;

QString text(const QAbstractItemModel &model, int row, int column = 0)
{
    return model.index(row, column).data().toString();
}
} // namespace

class TestPanelModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::apply(u"en"_s);
    }
    void cleanupTestCase() { Translations::apply(u"en"_s); }

    void questions_lockedOnesSayWhatTheyTake()
    {
        QuestionListModel model;
        QAbstractItemModelTester tester(&model, Fatal);
        Question open;
        open.id = 1;
        open.title = u"How do I profile a Qt app?"_s;
        open.askerName = u"Mei"_s;
        open.answerCount = 2;
        open.bounty = 20;
        open.acceptedAnswerId = 5;
        Question locked = open;
        locked.id = 2;
        locked.title = u"Roadmap"_s;
        locked.body = u"secret"_s;
        locked.locked = true;
        locked.requiredTier = protocol::Tier::Premium;
        locked.bounty = 0;
        locked.acceptedAnswerId = 0;
        model.setRecords({open, locked});
        QCOMPARE(text(model, 0), u"How do I profile a Qt app?\nMei · 2 answers · bounty 20 · ✓"_s);
        QVERIFY(text(model, 1).startsWith(u"🔒 Roadmap"_s));
        QVERIFY(text(model, 1).contains(u"for Premium members"_s));
        QVERIFY(!text(model, 1).contains(u"secret"_s));
        QCOMPARE(model.rowOfId(2), 1);
    }

    void answers_theAcceptedOneStandsOut()
    {
        AnswerListModel model;
        QAbstractItemModelTester tester(&model, Fatal);
        Answer plain;
        plain.id = 4;
        plain.authorName = u"李老师"_s;
        plain.score = 3;
        plain.body = u"Use heaptrack."_s;
        Answer accepted = plain;
        accepted.id = 5;
        accepted.accepted = true;
        model.setRecords({plain, accepted});
        QCOMPARE(text(model, 0), u"李老师 · score 3\nUse heaptrack."_s);
        QVERIFY(text(model, 1).startsWith(u"✓ "_s));
        QVERIFY(!model.index(0).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(1).data(Qt::ForegroundRole).isValid());
    }

    void events_inTheMembersTimeWithTheirOwnZone()
    {
        EventListModel model;
        QAbstractItemModelTester tester(&model, Fatal);
        Event e;
        e.id = 9;
        e.title = u"Office hours"_s;
        // Always ahead: a fixed day became the past when the calendar reached it (the text then differs).
        e.startsAt = QDateTime(QDate::currentDate().addDays(30), QTime(12, 0), Qt::UTC);
        e.timezone = u"Asia/Shanghai"_s;
        e.capacity = 10;
        e.attending = 3;
        e.going = true;
        Event locked = e;
        locked.id = 10;
        locked.going = false;
        locked.locked = true;
        model.setRecords({e, locked});
        // The zone's own time, written as the member's locale writes times ("8:00 PM" in the US).
        const QString there = QLocale().toString(QTime(20, 0), QLocale::ShortFormat);
        QVERIFY2(text(model, 0).contains(u"(%1 in Asia/Shanghai)"_s.arg(there)), qPrintable(text(model, 0)));
        QVERIFY(text(model, 0).contains(u"3 of 10 seats taken · you are going"_s));
        QVERIFY(text(model, 1).startsWith(u"🔒 "_s));
        QVERIFY(text(model, 1).endsWith(u"for Premium members"_s));
    }

    void notifications_eachKindWordedForWhatItIs()
    {
        protocol::course::Notification n;
        n.kind = u"feedback.answered"_s;
        n.text = u"Fixed in 1.1"_s;
        QCOMPARE(wordNotification(n).title, u"Feedback answered"_s);
        QVERIFY(wordNotification(n).text.contains(u"Fixed in 1.1"_s));
        QVERIFY(!wordNotification(n).text.contains(u"homework"_s)); // it used to read as a homework review
        n.kind = u"homework.revise"_s;
        n.text = u"RAII"_s;
        QCOMPARE(wordNotification(n).text, u"Your homework for “RAII” needs another look."_s);
        n.kind = u"homework.passed"_s;
        QCOMPARE(wordNotification(n).text, u"Your homework for “RAII” passed."_s);
        n.kind = u"something.new"_s;
        n.text = u"A newer server says hi"_s;
        QCOMPARE(wordNotification(n).text, u"A newer server says hi"_s);
        n.kind = u"moderation.hidden.message"_s;
        n.text = u"No adverts"_s;
        QCOMPARE(wordNotification(n).title, u"Hidden by a moderator"_s);
        QCOMPARE(wordNotification(n).text, u"A moderator hid a chat message of yours. The reason: No adverts"_s);
    }

    void notificationCentre_countsUnread_opensAndMarksRead()
    {
        NotificationCentre bell;
        QSignalSpy read(&bell, &NotificationCentre::markRead);
        QSignalSpy opened(&bell, &NotificationCentre::opened);
        // The bell is an icon; the count beside it only when there is something unread.
        QVERIFY(!bell.icon().isNull());
        QCOMPARE(bell.text(), QString());
        QCOMPARE(bell.toolButtonStyle(), Qt::ToolButtonIconOnly);
        QCOMPARE(bell.list()->actions().size(), 1); // says what will arrive here
        QVERIFY(!bell.list()->actions().first()->isEnabled());
        const auto note = [](qint64 id, const QString &kind, bool isRead) {
            protocol::course::Notification n;
            n.id = id;
            n.kind = kind;
            n.text = u"RAII"_s;
            n.read = isRead;
            n.createdAt = QDateTime::currentDateTimeUtc();
            return n;
        };
        bell.setNotifications({note(3, u"homework.passed"_s, false), note(2, u"feedback.answered"_s, false),
                               note(1, u"homework.revise"_s, true)});
        QCOMPARE(bell.unreadCount(), 2);
        QCOMPARE(bell.text(), u"2"_s);
        QCOMPARE(bell.toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        QCOMPARE(bell.toolTip(), u"2 unread notification(s)"_s);
        QList<QAction *> actions = bell.list()->actions();
        QCOMPARE(actions.size(), 5); // three, a separator, "Mark all read"
        QVERIFY(actions.at(0)->text().startsWith(u"Your homework for “RAII” passed."_s));
        QVERIFY(actions.at(0)->font().bold());
        QVERIFY(!actions.at(2)->font().bold());
        actions.at(0)->trigger();
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.last().at(0).value<QList<qint64>>(), QList<qint64>{3});
        QCOMPARE(opened.last().at(0).value<protocol::course::Notification>().kind, u"homework.passed"_s);
        QCOMPARE(bell.unreadCount(), 1);
        bell.list()->actions().last()->trigger(); // mark all read
        QCOMPARE(read.last().at(0).value<QList<qint64>>(), QList<qint64>{2});
        QCOMPARE(bell.unreadCount(), 0);
        QCOMPARE(bell.list()->actions().size(), 3); // nothing left to mark
    }

    void channels_readAsTheirNameTopicAndTier()
    {
        ChannelAdminModel channels;
        QAbstractItemModelTester tester(&channels, Fatal);
        protocol::chat::Channel open;
        open.id = 1;
        open.name = u"general"_s;
        protocol::chat::Channel paid = open;
        paid.id = 2;
        paid.name = u"求职"_s;
        paid.topic = u"Jobs"_s;
        paid.requiredTier = protocol::Tier::Premium;
        channels.setRecords({open, paid});
        QCOMPARE(text(channels, 0), u"#general"_s);
        QCOMPARE(text(channels, 1), u"#求职 · Jobs · for Premium members"_s);
        QCOMPARE(channels.rowOfId(qint64(2)), 1);
    }

    void account_devices_thisOneMarked()
    {
        DeviceListModel devices;
        QAbstractItemModelTester tester(&devices, Fatal);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        devices.setRecords({{u"family-a"_s, now, now, now.addDays(30), true}, {u"family-b"_s, now, now, now, false}});
        QVERIFY(text(devices, 0).startsWith(u"This device · Signed in"_s));
        QVERIFY(text(devices, 1).startsWith(u"Signed in"_s));
        QVERIFY(devices.index(0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(devices.rowOfId(u"family-b"_s), 1);
        QCOMPARE(devices.index(1).data(DeviceListModel::IdRole).toString(), u"family-b"_s);
    }

    void membership_leaderboardLedgerPayments()
    {
        LeaderboardModel leaders;
        QAbstractItemModelTester leadersTester(&leaders, Fatal);
        leaders.setRecords({{1, u"小明"_s, 120}, {2, u"Mei"_s, 7}});
        QCOMPARE(text(leaders, 0), u"1. 小明 · 120 points"_s);
        QCOMPARE(text(leaders, 1), u"2. Mei · 7 points"_s);
        // Switching the language reads every row anew.
        QSignalSpy changed(&leaders, &QAbstractItemModel::dataChanged);
        Translations::apply(u"zh_CN"_s);
        leaders.refresh();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(text(leaders, 0), u"1. 小明 · 120 积分"_s);
        Translations::apply(u"en"_s);

        PointsLedgerModel ledger;
        QAbstractItemModelTester ledgerTester(&ledger, Fatal);
        PointsEntry earned{u"checkin"_s, 5, u"2026-11-30"_s, QDateTime::currentDateTimeUtc()};
        PointsEntry spent{u"bounty_held"_s, -20, u"2026-11-30"_s, QDateTime::currentDateTimeUtc()};
        PointsEntry unknown{u"something_new"_s, 1, u"2026-11-30"_s, QDateTime::currentDateTimeUtc()};
        ledger.setRecords({earned, spent, unknown});
        QVERIFY(text(ledger, 0).endsWith(u"Daily check-in · +5"_s));
        QVERIFY(text(ledger, 1).endsWith(u"Bounty offered on a question · -20"_s));
        QVERIFY(text(ledger, 2).contains(u"something_new"_s)); // a newer server's action, named as sent

        PaymentListModel payments;
        QAbstractItemModelTester paymentsTester(&payments, Fatal);
        Payment tier;
        tier.id = 1;
        tier.tier = protocol::Tier::Member;
        tier.period = u"year"_s;
        tier.amountCents = 19900;
        tier.currency = u"CNY"_s;
        tier.status = u"paid"_s;
        tier.createdAt = QDateTime::currentDateTimeUtc();
        Payment course = tier;
        course.id = 2;
        course.courseId = 3;
        course.courseTitle = u"CMake in practice"_s;
        course.amountCents = 4900;
        course.currency = u"USD"_s;
        course.status = u"pending"_s;
        payments.setRecords({tier, course});
        QVERIFY(text(payments, 0).endsWith(u"Member (year) · ¥199.00"_s));
        QVERIFY(text(payments, 1).endsWith(u"course “CMake in practice” · not paid"_s));
    }

    void admin_membersFeedbackHomework()
    {
        MemberTableModel members;
        QAbstractItemModelTester membersTester(&members, Fatal);
        protocol::MemberSummary m;
        m.id = 4;
        m.username = u"member"_s;
        m.displayName = u"Mei Member"_s;
        m.role = u"member"_s;
        m.membership.tier = protocol::Tier::Premium;
        m.points = 42;
        members.setMembers({m});
        QCOMPARE(members.columnCount(), int(MemberTableModel::ColumnCount));
        QCOMPARE(members.headerData(MemberTableModel::TierColumn, Qt::Horizontal).toString(), u"Tier"_s);
        QCOMPARE(text(members, 0, MemberTableModel::TierColumn), u"Premium"_s);
        QCOMPARE(members.index(0, MemberTableModel::PointsColumn).data().toInt(), 42);
        QCOMPARE(members.index(0, 0).data(MemberTableModel::IdRole).toLongLong(), 4);
        members.refresh();
        members.setMembers({});
        QCOMPARE(members.rowCount(), 0);

        FeedbackListModel feedback;
        QAbstractItemModelTester feedbackTester(&feedback, Fatal);
        Feedback f;
        f.id = 1;
        f.kind = u"bug"_s;
        f.memberName = u"Mei"_s;
        f.body = u"The   calendar\nis green"_s;
        f.answer = u"Fixed in 1.1"_s;
        feedback.setRecords({f});
        QCOMPARE(text(feedback, 0), u"[bug] Mei: The calendar is green\n  ↳ Fixed in 1.1"_s);

        AuditLogModel audit;
        QAbstractItemModelTester auditTester(&audit, Fatal);
        protocol::AuditEntry ban{7,          u"admin"_s,          u"ban"_s,
                                 u"troll"_s, u"for good: spam"_s, QDateTime::currentDateTimeUtc()};
        protocol::AuditEntry future{
            8, u"command line"_s, u"merge-accounts"_s, u"a"_s, {}, QDateTime::currentDateTimeUtc()};
        audit.setRecords({ban, future});
        QVERIFY(text(audit, 0).endsWith(u"admin banned troll (for good: spam)"_s));
        QVERIFY(text(audit, 1).endsWith(u"command line merge-accounts a"_s)); // a newer server's action, as sent
        QCOMPARE(audit.index(0).data(AuditLogModel::IdRole).toLongLong(), 7);

        HomeworkListModel homework;
        QAbstractItemModelTester homeworkTester(&homework, Fatal);
        protocol::course::Homework h;
        h.id = 3;
        h.memberName = u"Mei"_s;
        h.lessonTitle = u"RAII"_s;
        h.submittedAt = QDateTime::currentDateTimeUtc();
        homework.setRecords({h});
        QVERIFY(text(homework, 0).startsWith(u"Mei · RAII · "_s));
    }
};

QTEST_MAIN(TestPanelModels)
#include "tst_panelmodels.moc"
