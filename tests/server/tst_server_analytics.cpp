#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// The analytics pipeline against a real guild-server whose clock the test moves: a known stream of
// usage events (with duplicates, a late batch, events too old or too far ahead, and a bad batch) goes
// in through the API, and every figure of the admin report is checked against values this test works
// out on its own from what it sent.
class TestServerAnalytics : public QObject
{
    Q_OBJECT
private:
    struct Sent
    {
        QString user;
        QDate day;
        QString kind;
        int seconds = 0;
        QString itemType;
        qint64 itemId = 0;
    };

    std::unique_ptr<TestServer> m_server;
    std::map<QString, std::unique_ptr<HttpClient>> m_clients;
    QDate m_d0;
    QList<Sent> m_counted; // what the server should have counted
    QHash<QString, QDateTime> m_joined;
    QDate m_paidDay;
    double m_paidCents = 0;
    qint64 m_articleA = 0;
    qint64 m_articleB = 0;
    qint64 m_lesson = 0;

    /// A signed-in client per user, signed in again after the clock moved (tokens may have expired).
    HttpClient &as(const QString &user)
    {
        auto it = m_clients.find(user);
        if (it == m_clients.end()) {
            it = m_clients.emplace(user, std::make_unique<HttpClient>(m_server->baseUrl())).first;
            it->second->login(user, user == u"newbie"_s ? u"correct horse battery"_s : u"guild-demo"_s);
        }
        return *it->second;
    }
    /// Day k of the test's week. It lies a month ahead (the server's clock is moved there), so the 30-day
    /// windows never reach the demo community's history, which ends yesterday.
    QDate day(int k) const { return m_d0.addDays(30 + k); }
    static QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
    static QDateTime at(const QDate &d, int hour) { return QDateTime(d, QTime(hour, 0), Qt::UTC); }

    void setClock(const QDateTime &when)
    {
        m_clients.clear();
        QVERIFY(HttpClient::moveServerClock(m_server->baseUrl(), when));
    }

    static QJsonObject event(const QString &kind, const QDateTime &when, int seconds = 0, const QString &type = {},
                             qint64 item = 0)
    {
        QJsonObject e{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {u"kind"_s, kind},
                      {u"at"_s, when.toString(Qt::ISODateWithMs)}};
        if (seconds > 0) {
            e.insert(u"seconds"_s, seconds);
        }
        if (!type.isEmpty()) {
            e.insert(u"itemType"_s, type);
            e.insert(u"itemId"_s, item);
        }
        return e;
    }

    /// Sends the events as `user` and remembers them as counted.
    QJsonObject send(const QString &user, const QJsonArray &events)
    {
        HttpClient &c = as(user);
        const HttpResponse r = c.post(endpoints::ReportUsage.url(), {{u"events"_s, events}});
        if (r.status != 200) {
            qWarning() << r.status << r.body << m_server->errorOutput().right(2000);
        }
        if (r.status == 200 && r.json[u"accepted"_s].toInt() == events.size()) {
            for (const QJsonValue &e : events) {
                m_counted.append({user, QDateTime::fromString(e[u"at"_s].toString(), Qt::ISODateWithMs).toUTC().date(),
                                  e[u"kind"_s].toString(), e[u"seconds"_s].toInt(), e[u"itemType"_s].toString(),
                                  e[u"itemId"_s].toInteger()});
            }
        }
        return r.json;
    }

    /// The independent model: what every figure of one period must be.
    QJsonObject expected(const QDate &start, const QDate &end, double alpha, double beta, double gamma) const
    {
        const QDateTime endMoment(end.addDays(1), QTime(0, 0), Qt::UTC);
        const QDateTime startMoment(start, QTime(0, 0), Qt::UTC);
        double n = 0;
        double joined = 0;
        for (const QDateTime &when : m_joined) {
            n += when < endMoment ? 1 : 0;
            joined += when >= startMoment && when < endMoment ? 1 : 0;
        }
        const double days = start.daysTo(end) + 1;
        double active = 0, reading = 0, reads = 0, completions = 0, likes = 0, messages = 0, answers = 0, posts = 0;
        QSet<QString> consumers;
        double memberDays = 0;
        QHash<QDate, QSet<QString>> activeOn;
        for (const Sent &s : m_counted) {
            activeOn[s.day].insert(s.user);
            if (s.day < start || s.day > end) {
                continue;
            }
            active += s.kind == u"active"_s ? s.seconds : 0;
            reading += s.kind == u"read"_s ? s.seconds : 0;
            reads += s.kind == u"read"_s ? 1 : 0;
            completions += s.kind == u"complete"_s ? 1 : 0;
            likes += s.kind == u"like"_s ? 1 : 0;
            messages += s.kind == u"message"_s ? 1 : 0;
            answers += s.kind == u"answer"_s ? 1 : 0;
            posts += s.kind == u"post"_s ? 1 : 0;
            if (s.kind == u"read"_s || s.kind == u"complete"_s) {
                consumers.insert(s.user);
            }
        }
        for (QDate d = start; d <= end; d = d.addDays(1)) {
            memberDays += activeOn.value(d).size();
        }
        auto distinctIn = [&](const QDate &from, const QDate &to) {
            QSet<QString> users;
            for (QDate d = from; d <= to; d = d.addDays(1)) {
                users.unite(activeOn.value(d));
            }
            return double(users.size());
        };
        const double t = n > 0 ? active / 3600 / (n * days) : 0;
        const double p = n > 0 ? consumers.size() / n : 0;
        const double c = reads > 0 ? 0.7 * std::min(1.0, completions / reads) + 0.3 * std::min(1.0, likes / reads) : 0;
        const QDate paidUntil = m_paidDay.addDays(30);
        const double payers = m_paidDay.isValid() && m_paidDay <= end && paidUntil >= start ? 1 : 0;
        const double b = n > 0 ? payers / n : 0;
        const double participation = n * t * p * c;
        const bool paidIn = m_paidDay.isValid() && m_paidDay >= start && m_paidDay <= end;
        return {{u"days"_s, days},
                {u"N"_s, n},
                {u"T"_s, t},
                {u"p"_s, p},
                {u"C"_s, c},
                {u"B"_s, b},
                {u"P"_s, participation},
                {u"A"_s, alpha * participation + beta * c + gamma * b},
                {u"activeSeconds"_s, active},
                {u"readingSeconds"_s, reading},
                {u"consumers"_s, double(consumers.size())},
                {u"reads"_s, reads},
                {u"completions"_s, completions},
                {u"likes"_s, likes},
                {u"messages"_s, messages},
                {u"answers"_s, answers},
                {u"posts"_s, posts},
                {u"payers"_s, payers},
                {u"dau"_s, memberDays / days},
                {u"wau"_s, distinctIn(end.addDays(-6), end)},
                {u"mau"_s, distinctIn(end.addDays(-29), end)},
                {u"newMembers"_s, joined},
                {u"converted"_s, paidIn ? 1.0 : 0.0},
                {u"revenueCents"_s, paidIn ? m_paidCents : 0.0},
                {u"mrrCents"_s, payers > 0 && paidUntil > end ? m_paidCents : 0.0},
                {u"churned"_s, 0.0}};
    }

    static bool close(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

    void compareReport(const QJsonObject &report, double alpha, double beta, double gamma)
    {
        const QJsonArray periods = report[u"periods"_s].toArray();
        QVERIFY(!periods.isEmpty());
        for (const QJsonValue &v : periods) {
            const QDate start = QDate::fromString(v[u"start"_s].toString(), Qt::ISODate);
            const QDate end = QDate::fromString(v[u"end"_s].toString(), Qt::ISODate);
            const QJsonObject want = expected(start, end, alpha, beta, gamma);
            for (auto it = want.begin(); it != want.end(); ++it) {
                const double got = v[it.key()].toDouble();
                QVERIFY2(close(got, it.value().toDouble()),
                         qPrintable(u"%1..%2 %3: got %4, expected %5"_s.arg(iso(start), iso(end), it.key())
                                        .arg(got, 0, 'g', 12)
                                        .arg(it.value().toDouble(), 0, 'g', 12)));
            }
        }
    }

    QJsonObject report(const QString &query)
    {
        HttpClient &admin = as(u"admin"_s);
        const HttpResponse r = admin.get(endpoints::AnalyticsReport.url() + u"?"_s + query);
        return r.status == 200 ? r.json[u"report"_s].toObject() : QJsonObject{{u"status"_s, r.status}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(TestServer::Options{true, {u"--test-clock"_s}});
        QVERIFY(m_server->start());
        m_d0 = QDateTime::currentDateTimeUtc().date();
        HttpClient &admin = as(u"admin"_s);
        for (const QJsonValue &m :
             admin.get(endpoints::ListMembers.url() + u"?limit=100"_s).json[u"members"_s].toArray()) {
            m_joined.insert(m[u"username"_s].toString(),
                            QDateTime::fromString(m[u"joinedAt"_s].toString(), Qt::ISODateWithMs).toUTC());
        }
        QCOMPARE(m_joined.size(), 5);
        const QJsonArray articles =
            admin.get(endpoints::ListArticles.url() + u"?limit=2"_s).json[u"articles"_s].toArray();
        m_articleA = articles[0][u"id"_s].toInteger();
        m_articleB = articles[1][u"id"_s].toInteger();
        const qint64 course = admin.get(endpoints::ListCourses.url()).json[u"courses"_s][0][u"id"_s].toInteger();
        m_lesson = admin.get(endpoints::GetCourse.url(course))
                       .json[u"course"_s][u"sections"_s][0][u"lessons"_s][0][u"id"_s]
                       .toInteger();
        QVERIFY(m_articleA > 0 && m_articleB > 0 && m_lesson > 0);
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void events_duplicatesLateAndBadInput_areCountedExactlyOnce()
    {
        // A payment on day 2 and a member who joins on day 3.
        setClock(at(day(2), 12));
        HttpClient &free = as(u"free"_s);
        const HttpResponse checkout =
            free.post(endpoints::Checkout.url(), {{u"tier"_s, u"member"_s}, {u"period"_s, u"month"_s}});
        QCOMPARE(checkout.status, 201);
        m_paidCents = checkout.json[u"payment"_s][u"amountCents"_s].toDouble();
        QCOMPARE(free.get(QUrl(checkout.json[u"url"_s].toString()).path()).status, 200);
        m_paidDay = day(2);
        setClock(at(day(3), 12));
        HttpClient c(m_server->baseUrl());
        QCOMPARE(c.post(endpoints::Register.url(), {{u"username"_s, u"newbie"_s},
                                                    {u"email"_s, u"newbie@example.org"_s},
                                                    {u"password"_s, u"correct horse battery"_s}})
                     .status,
                 201);
        m_joined.insert(u"newbie"_s, at(day(3), 12));

        setClock(at(day(5), 12));
        const QJsonArray memberBatch{event(u"active"_s, at(day(1), 10), 600),
                                     event(u"read"_s, at(day(1), 10), 300, u"article"_s, m_articleA),
                                     event(u"complete"_s, at(day(1), 11), 0, u"article"_s, m_articleA),
                                     event(u"like"_s, at(day(1), 11)),
                                     event(u"active"_s, at(day(2), 9), 1200),
                                     event(u"read"_s, at(day(2), 9), 600, u"lesson"_s, m_lesson)};
        QCOMPARE(send(u"member"_s, memberBatch)[u"accepted"_s].toInt(), 6);
        // The same batch again (a retry after a lost answer) counts nothing.
        const QJsonObject again = send(u"member"_s, memberBatch);
        QCOMPARE(again[u"accepted"_s].toInt(), 0);
        QCOMPARE(again[u"duplicates"_s].toInt(), 6);
        QCOMPARE(send(u"premium"_s, {event(u"active"_s, at(day(1), 20), 300), event(u"message"_s, at(day(1), 20)),
                                     event(u"message"_s, at(day(1), 21)), event(u"active"_s, at(day(3), 8), 900),
                                     event(u"read"_s, at(day(3), 8), 120, u"article"_s, m_articleA),
                                     event(u"answer"_s, at(day(3), 9)), event(u"post"_s, at(day(3), 9))})[u"accepted"_s]
                     .toInt(),
                 7);
        QCOMPARE(send(u"free"_s, {event(u"active"_s, at(day(2), 23), 60)})[u"accepted"_s].toInt(), 1);

        // Too old or too far ahead: answered, not counted (a client cannot get stuck resending them).
        HttpClient &member = as(u"member"_s);
        const HttpResponse skipped =
            member.post(endpoints::ReportUsage.url(),
                        {{u"events"_s, QJsonArray{event(u"active"_s, at(day(5).addDays(-100), 10), 60),
                                                  event(u"active"_s, at(day(6), 12), 60)}}});
        QCOMPARE(skipped.json[u"ignored"_s].toInt(), 2);
        QCOMPARE(skipped.json[u"accepted"_s].toInt(), 0);

        // Bad input: the whole batch is refused and nothing moves.
        const QJsonObject before = report(u"from=%1&to=%2&granularity=month"_s.arg(iso(day(1)), iso(day(7))));
        for (const QJsonValue &bad :
             {QJsonValue(QJsonArray{event(u"active"_s, at(day(1), 1), 60), QJsonObject{{u"kind"_s, u"hack"_s}}}),
              QJsonValue(QJsonArray{event(u"active"_s, at(day(1), 1), 0)}),
              QJsonValue(QJsonArray{event(u"read"_s, at(day(1), 1), 60, u"video"_s, 1)}),
              QJsonValue(QJsonArray{
                  QJsonObject{{u"id"_s, u"x"_s}, {u"kind"_s, u"active"_s}, {u"at"_s, u"noon"_s}, {u"seconds"_s, 60}}}),
              QJsonValue(QJsonArray{3}), QJsonValue(u"events"_s)}) {
            QCOMPARE(member.post(endpoints::ReportUsage.url(), {{u"events"_s, bad}}).status, 400);
        }
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i) {
            tooMany.append(event(u"like"_s, at(day(1), 1)));
        }
        QCOMPARE(member.post(endpoints::ReportUsage.url(), {{u"events"_s, tooMany}}).status, 400);
        QCOMPARE(member.send("POST", endpoints::ReportUsage.url(), "{\"events\": [", "application/json").status, 400);
        QCOMPARE(report(u"from=%1&to=%2&granularity=month"_s.arg(iso(day(1)), iso(day(7)))), before);

        // A client that was offline sends day 4 on day 10: folded into day 4.
        setClock(at(day(10), 12));
        QCOMPARE(send(u"newbie"_s, {event(u"active"_s, at(day(4), 22), 1800),
                                    event(u"read"_s, at(day(4), 22), 60, u"article"_s, m_articleB)})[u"accepted"_s]
                     .toInt(),
                 2);
    }

    void report_everyFigure_matchesTheIndependentModel()
    {
        const QString range = u"from=%1&to=%2"_s.arg(iso(day(1)), iso(day(7)));
        const QJsonObject daily = report(range + u"&granularity=day"_s);
        QCOMPARE(daily[u"periods"_s].toArray().size(), 7);
        QCOMPARE(daily[u"weights"_s][u"version"_s].toInt(), 1);
        compareReport(daily, 1, 1000, 1000);
        compareReport(report(range + u"&granularity=week"_s), 1, 1000, 1000);
        const QJsonObject whole = report(range + u"&granularity=month"_s);
        compareReport(whole, 1, 1000, 1000);

        // Top content over the range, by reading time and by completions, with titles.
        const QJsonArray byReading = whole[u"topByReading"_s].toArray();
        QCOMPARE(byReading.size(), 3);
        QCOMPARE(byReading[0][u"itemId"_s].toInteger(), m_lesson);
        QCOMPARE(byReading[0][u"readingSeconds"_s].toDouble(), 600.0);
        QCOMPARE(byReading[1][u"itemId"_s].toInteger(), m_articleA);
        QCOMPARE(byReading[1][u"readingSeconds"_s].toDouble(), 420.0);
        QCOMPARE(byReading[1][u"reads"_s].toDouble(), 2.0);
        QVERIFY(!byReading[1][u"title"_s].toString().isEmpty());
        QCOMPARE(byReading[2][u"itemId"_s].toInteger(), m_articleB);
        QCOMPARE(whole[u"topByCompletion"_s][0][u"itemId"_s].toInteger(), m_articleA);
        QCOMPARE(whole[u"topByCompletion"_s][0][u"completions"_s].toDouble(), 1.0);

        // Cohorts: who joined in each week, and the share of them active in each week since.
        for (const QJsonValue &c : whole[u"cohorts"_s].toArray()) {
            const QDate week = QDate::fromString(c[u"week"_s].toString(), Qt::ISODate);
            QCOMPARE(week.dayOfWeek(), 1);
            QSet<QString> members;
            for (auto it = m_joined.cbegin(); it != m_joined.cend(); ++it) {
                if (it.value().date() >= week && it.value().date() < week.addDays(7)) {
                    members.insert(it.key());
                }
            }
            QCOMPARE(c[u"size"_s].toDouble(), double(members.size()));
            const QJsonArray retention = c[u"retention"_s].toArray();
            for (qsizetype k = 0; k < retention.size(); ++k) {
                QSet<QString> active;
                for (const Sent &s : m_counted) {
                    if (members.contains(s.user) && s.day >= week.addDays(7 * k) && s.day < week.addDays(7 * k + 7)) {
                        active.insert(s.user);
                    }
                }
                const double want = members.isEmpty() ? 0 : double(active.size()) / members.size();
                QVERIFY(close(retention[k].toDouble(), want));
            }
        }
    }

    void weights_areVersioned_andPastScoresRecompute()
    {
        HttpClient &admin = as(u"admin"_s);
        const HttpResponse set =
            admin.post(endpoints::SetWeights.url(), {{u"alpha"_s, 2}, {u"beta"_s, 500}, {u"gamma"_s, 100}});
        QCOMPARE(set.status, 201);
        QCOMPARE(set.json[u"weights"_s][u"version"_s].toInt(), 2);
        QCOMPARE(set.json[u"weights"_s][u"setBy"_s].toString(), u"Ada Admin"_s);
        const QString range = u"from=%1&to=%2&granularity=day"_s.arg(iso(day(1)), iso(day(7)));
        compareReport(report(range), 2, 500, 100);
        const QJsonObject past = report(range + u"&weightsVersion=1"_s);
        QCOMPARE(past[u"weights"_s][u"version"_s].toInt(), 1);
        compareReport(past, 1, 1000, 1000);
        QCOMPARE(admin.get(endpoints::WeightHistory.url()).json[u"weights"_s].toArray().size(), 2);

        for (const QJsonObject &bad : {QJsonObject{{u"alpha"_s, -1}, {u"beta"_s, 1}, {u"gamma"_s, 1}},
                                       QJsonObject{{u"alpha"_s, u"1"_s}, {u"beta"_s, 1}, {u"gamma"_s, 1}},
                                       QJsonObject{{u"alpha"_s, 1}, {u"beta"_s, 1}}}) {
            QCOMPARE(admin.post(endpoints::SetWeights.url(), bad).status, 400);
        }
        QCOMPARE(admin.get(endpoints::WeightHistory.url()).json[u"weights"_s].toArray().size(), 2);
    }

    void report_isForAdminsOnly_andRefusesBadQueries()
    {
        const QString range = u"from=%1&to=%2"_s.arg(iso(day(1)), iso(day(7)));
        for (const QString &user : {u"member"_s, u"author"_s}) {
            HttpClient &c = as(user);
            QCOMPARE(c.get(endpoints::AnalyticsReport.url() + u"?"_s + range).status, 403);
            QCOMPARE(c.get(endpoints::WeightHistory.url()).status, 403);
            QCOMPARE(c.post(endpoints::SetWeights.url(), {{u"alpha"_s, 1}, {u"beta"_s, 1}, {u"gamma"_s, 1}}).status,
                     403);
        }
        HttpClient anonymous(m_server->baseUrl());
        QCOMPARE(anonymous.get(endpoints::AnalyticsReport.url() + u"?"_s + range).status, 401);
        for (const QString &bad :
             QStringList{u"from=%1&to=%2"_s.arg(iso(day(7)), iso(day(1))), u"from=yesterday&to=%1"_s.arg(iso(day(1))),
                         u"from=%1&to=%2"_s.arg(iso(day(1).addDays(-500)), iso(day(1))), range + u"&granularity=year"_s,
                         range + u"&weightsVersion=-1"_s}) {
            QCOMPARE(report(bad)[u"status"_s].toInt(), 400);
        }
        QCOMPARE(report(range + u"&weightsVersion=999"_s)[u"status"_s].toInt(), 404);
    }

    void myActivity_showsTheMembersOwnDays()
    {
        HttpClient &member = as(u"member"_s);
        const HttpResponse r =
            member.get(endpoints::MyActivity.url() + u"?from=%1&to=%2"_s.arg(iso(day(1)), iso(day(7))));
        QCOMPARE(r.status, 200);
        const QJsonArray days = r.json[u"days"_s].toArray();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0][u"day"_s].toString(), iso(day(1)));
        QCOMPARE(days[0][u"activeSeconds"_s].toDouble(), 600.0);
        QCOMPARE(days[0][u"readingSeconds"_s].toDouble(), 300.0);
        QCOMPARE(days[0][u"completions"_s].toDouble(), 1.0);
        QCOMPARE(days[1][u"activeSeconds"_s].toDouble(), 1200.0);
        QCOMPARE(member.get(endpoints::MyActivity.url() + u"?from=x&to=y"_s).status, 400);
    }

    void oneMember_cannotAddMoreThanTheDayHas()
    {
        TestServer server(TestServer::Options{true, {u"--test-clock"_s}});
        QVERIFY(server.start());
        const QDate d = QDateTime::currentDateTimeUtc().date().addDays(40);
        QVERIFY(HttpClient::moveServerClock(server.baseUrl(), at(d, 6))); // six hours into the day
        HttpClient member = HttpClient::signedIn(server.baseUrl(), u"member"_s);
        const auto post = [&](const QJsonArray &events) {
            return member.post(endpoints::ReportUsage.url(), {{u"events"_s, events}});
        };
        // 500 events of an hour each: 500 hours claimed in a six-hour-old day.
        QJsonArray inflated;
        for (int i = 0; i < 500; ++i) {
            inflated.append(event(u"active"_s, at(d, 0).addSecs(i * 40), 3600));
        }
        QCOMPARE(post(inflated).json[u"accepted"_s].toInt(), 500);
        // Reading claimed beyond the active time, and an event from the future.
        QJsonArray reading;
        for (int i = 0; i < 10; ++i) {
            reading.append(event(u"read"_s, at(d, 1).addSecs(i * 60), 3600, u"article"_s, 1));
        }
        QCOMPARE(post(reading).json[u"accepted"_s].toInt(), 10);
        QCOMPARE(post({event(u"active"_s, at(d, 6).addSecs(5 * 60), 60)}).json[u"ignored"_s].toInt(), 1);
        // A second batch the same day adds nothing: the day is full.
        QCOMPARE(post({event(u"active"_s, at(d, 5), 3600)}).json[u"accepted"_s].toInt(), 1);

        const QJsonArray days =
            member.get(endpoints::MyActivity.url() + u"?from=%1&to=%1"_s.arg(iso(d))).json[u"days"_s].toArray();
        QCOMPARE(days.size(), 1);
        // The day had six hours and a minute's allowance for skew (plus the moments this test took).
        const double dayHas = 6 * 3600 + 60;
        const double active = days[0][u"activeSeconds"_s].toDouble();
        QVERIFY2(active >= dayHas && active < dayHas + 600, qPrintable(QString::number(active)));
        QCOMPARE(days[0][u"readingSeconds"_s].toDouble(), active);
        HttpClient admin = HttpClient::signedIn(server.baseUrl(), u"admin"_s);
        const QJsonObject period =
            admin.get(endpoints::AnalyticsReport.url() + u"?from=%1&to=%1&granularity=day"_s.arg(iso(d)))
                .json[u"report"_s][u"periods"_s][0]
                .toObject();
        QCOMPARE(period[u"activeSeconds"_s].toDouble(), active);
        QCOMPARE(period[u"readingSeconds"_s].toDouble(), active);
        QVERIFY(period[u"T"_s].toDouble() <= 24.0);
        QVERIFY(server.stop());
    }

    void money_followsTheRealPeriods()
    {
        TestServer server(TestServer::Options{true, {u"--test-clock"_s}});
        QVERIFY(server.start());
        const QDate d0 = QDateTime::currentDateTimeUtc().date().addDays(40);
        // Paid for and completed at noon on `when`; the amount, or -1 when something failed.
        const auto pay = [&](const QDate &when) {
            if (!HttpClient::moveServerClock(server.baseUrl(), at(when, 12))) {
                return -1.0;
            }
            HttpClient free = HttpClient::signedIn(server.baseUrl(), u"free"_s);
            const HttpResponse checkout =
                free.post(endpoints::Checkout.url(), {{u"tier"_s, u"member"_s}, {u"period"_s, u"month"_s}});
            if (checkout.status != 201 || free.get(QUrl(checkout.json[u"url"_s].toString()).path()).status != 200) {
                return -1.0;
            }
            return checkout.json[u"payment"_s][u"amountCents"_s].toDouble();
        };
        const double first = pay(d0);
        const double renewal = pay(d0.addDays(10)); // early: its month follows the first one
        QVERIFY(first > 0 && renewal > 0);
        QVERIFY(renewal < first); // the early-renewal discount
        QVERIFY(HttpClient::moveServerClock(server.baseUrl(), at(d0.addDays(90), 12)));
        HttpClient admin = HttpClient::signedIn(server.baseUrl(), u"admin"_s);
        const QJsonArray periods = admin
                                       .get(endpoints::AnalyticsReport.url() +
                                            u"?from=%1&to=%2&granularity=day"_s.arg(iso(d0), iso(d0.addDays(80))))
                                       .json[u"report"_s][u"periods"_s]
                                       .toArray();
        QCOMPARE(periods.size(), 81);
        const auto on = [&](int k, const QString &figure) { return periods[k][figure].toDouble(); };
        QCOMPARE(on(15, u"mrrCents"_s), first);   // one payment in force, not two
        QCOMPARE(on(45, u"mrrCents"_s), renewal); // the renewal's own month
        QCOMPARE(on(65, u"mrrCents"_s), 0.0);
        // Paid until day 60 at noon; the three days of grace end on day 63: the churn is then, once.
        double churned = 0;
        for (int k = 0; k <= 80; ++k) {
            churned += on(k, u"churned"_s);
            QVERIFY2(on(k, u"churned"_s) == (k == 63 ? 1.0 : 0.0), qPrintable(QString::number(k)));
        }
        QCOMPARE(churned, 1.0);
        QVERIFY(server.stop());
    }

    void batchesSentAtOnce_countEachMemberOnce()
    {
        // Two members, each sending four batches for the same new day at the same moment: the day has two
        // active members and two consumers, whichever batch was first. (Day 70: clear of the months the
        // other reports look at.)
        setClock(at(day(70), 12));
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (const QString &user : {u"member"_s, u"premium"_s}) {
            const QString token = HttpClient(m_server->baseUrl()).login(user).json[u"accessToken"_s].toString();
            for (int b = 0; b < 4; ++b) {
                QUrl url = m_server->baseUrl();
                url.setPath(endpoints::ReportUsage.url());
                QNetworkRequest request(url);
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
                request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
                const QJsonArray events{event(u"active"_s, at(day(70), 9 + b), 60),
                                        event(u"read"_s, at(day(70), 9 + b), 30, u"article"_s, m_articleA)};
                replies.append(nam.post(request, QJsonDocument(QJsonObject{{u"events"_s, events}}).toJson()));
            }
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); });
            },
            30000));
        for (QNetworkReply *r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
        const QJsonObject one = report(u"from=%1&to=%1&granularity=day&weightsVersion=1"_s.arg(iso(day(70))));
        const QJsonObject period = one[u"periods"_s][0].toObject();
        QCOMPARE(period[u"dau"_s].toDouble(), 2.0);
        QCOMPARE(period[u"consumers"_s].toDouble(), 2.0);
        QCOMPARE(period[u"activeSeconds"_s].toDouble(), 8 * 60.0);
        QCOMPARE(period[u"reads"_s].toDouble(), 8.0);
    }

    void report_ofFinalDays_isKept_andStaysTheSame()
    {
        // Half a year later no late event can reach the test's week: its figures are computed once more,
        // kept, and from then on read back. Either way they match the model. (Last: the clock stays there.)
        setClock(at(day(7).addDays(200), 12));
        const QString range = u"from=%1&to=%2&weightsVersion=1"_s.arg(iso(day(1)), iso(day(7)));
        for (const QString &granularity : {u"day"_s, u"week"_s, u"month"_s}) {
            const QJsonObject computed = report(range + u"&granularity="_s + granularity);
            compareReport(computed, 1, 1000, 1000);
            const QJsonObject kept = report(range + u"&granularity="_s + granularity);
            compareReport(kept, 1, 1000, 1000);
            QCOMPARE(kept[u"periods"_s], computed[u"periods"_s]);
            QCOMPARE(kept[u"cohorts"_s], computed[u"cohorts"_s]);
        }
        // Whole final months: top content comes from the month's kept sums, the same as from the days.
        const QDate firstMonth(day(1).year(), day(1).month(), 1);
        const QDate lastMonthEnd(day(7).year(), day(7).month(), day(7).daysInMonth());
        const QString months =
            u"from=%1&to=%2&weightsVersion=1&granularity=month"_s.arg(iso(firstMonth), iso(lastMonthEnd));
        const QJsonObject week = report(range + u"&granularity=month"_s);
        for (int pass = 0; pass < 2; ++pass) {
            const QJsonObject wide = report(months);
            QVERIFY2(!wide.contains(u"status"_s), qPrintable(m_server->errorOutput().right(1500)));
            QCOMPARE(wide[u"topByReading"_s], week[u"topByReading"_s]);
            QCOMPARE(wide[u"topByCompletion"_s], week[u"topByCompletion"_s]);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerAnalytics)
#include "tst_server_analytics.moc"
