#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// Courses against a real guild-server: who may open what, video ranges, progress from two devices,
// quizzes, homework reviews, certificates, and bad input that changes nothing.
class TestServerCourses : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    // Demo catalogue: 1 "Modern C++" (member tier; lesson 1 a free video preview, 2 text with homework,
    // 3 quiz, 4 and 5 text), 2 "系统设计入门" (free; 6-8 text, 9 quiz), 3 sold on its own (10 preview video, 11 text).
    QJsonObject m_cpp;
    QJsonObject m_design;
    QJsonObject m_sold;

    HttpClient as(const QString &user) { return HttpClient::signedIn(m_server->baseUrl(), user); }

    static QList<qint64> lessonIds(const QJsonObject &course)
    {
        QList<qint64> ids;
        for (const QJsonValue &s : course[u"sections"_s].toArray()) {
            for (const QJsonValue &l : s[u"lessons"_s].toArray()) {
                ids.append(l[u"id"_s].toInteger());
            }
        }
        return ids;
    }

    static QJsonObject lessonIn(const QJsonObject &course, qint64 id)
    {
        for (const QJsonValue &s : course[u"sections"_s].toArray()) {
            for (const QJsonValue &l : s[u"lessons"_s].toArray()) {
                if (l[u"id"_s].toInteger() == id) {
                    return l.toObject();
                }
            }
        }
        return {};
    }

    static QJsonObject item(qint64 lesson, bool done, double position, qint64 clientTs)
    {
        return {
            {u"lessonId"_s, lesson}, {u"done"_s, done}, {u"positionSeconds"_s, position}, {u"clientTs"_s, clientTs}};
    }

    static HttpResponse saveProgress(HttpClient &c, qint64 course, const QJsonArray &items)
    {
        return c.post(endpoints::SaveProgress.url(course), {{u"items"_s, items}});
    }

    /// The signed video link of a lesson for this client, as a path with its query.
    static QString videoLink(HttpClient &c, qint64 lesson)
    {
        return c.post(endpoints::VideoLink.url(lesson), QJsonObject{}).json[u"url"_s].toString();
    }

    HttpResponse getRange(const QString &path, const QByteArray &range)
    {
        HttpClient c(m_server->baseUrl());
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!range.isEmpty()) {
            headers.append({QByteArray("Range"), range});
        }
        return c.send("GET", path, {}, {}, headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        HttpClient admin = as(u"admin"_s);
        const QJsonArray courses = admin.get(endpoints::ListCourses.url()).json[u"courses"_s].toArray();
        QCOMPARE(courses.size(), 3);
        for (int i = 0; i < 3; ++i) {
            (i == 0   ? m_cpp
             : i == 1 ? m_design
                      : m_sold) =
                admin.get(endpoints::GetCourse.url(courses[i][u"id"_s].toInteger())).json[u"course"_s].toObject();
        }
        QCOMPARE(lessonIds(m_cpp).size(), 5);
        QCOMPARE(m_sold[u"priceCents"_s].toInteger(), 19900);
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void access_byTier_purchase_andFreePreview()
    {
        const QList<qint64> cpp = lessonIds(m_cpp);
        const QList<qint64> sold = lessonIds(m_sold);
        HttpClient free = as(u"free"_s);
        HttpClient member = as(u"member"_s);

        // The catalogue says what each member may open, and why not.
        QHash<QString, QString> access;
        for (const QJsonValue &c : free.get(endpoints::ListCourses.url()).json[u"courses"_s].toArray()) {
            access.insert(c[u"title"_s].toString(), c[u"access"_s].toString());
        }
        QCOMPARE(access.value(m_cpp[u"title"_s].toString()), u"membership_required"_s);
        QCOMPARE(access.value(m_design[u"title"_s].toString()), u"open"_s);
        QCOMPARE(access.value(m_sold[u"title"_s].toString()), u"purchase_required"_s);

        // Tier: a free member sees the syllabus with locks, opens the preview only.
        const QJsonObject seen =
            free.get(endpoints::GetCourse.url(m_cpp[u"id"_s].toInteger())).json[u"course"_s].toObject();
        QVERIFY(!lessonIn(seen, cpp[0])[u"locked"_s].toBool());
        QVERIFY(lessonIn(seen, cpp[1])[u"locked"_s].toBool());
        QCOMPARE(free.get(endpoints::GetLesson.url(cpp[0])).status, 200);
        const HttpResponse refused = free.get(endpoints::GetLesson.url(cpp[1]));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"membership_required"_s);
        QCOMPARE(free.post(endpoints::Enroll.url(m_cpp[u"id"_s].toInteger()), QJsonObject{}).status, 403);
        QCOMPARE(member.get(endpoints::GetLesson.url(cpp[1])).status, 200);

        // Sold on its own: even a premium member must buy it; the preview is open to all.
        HttpClient premium = as(u"premium"_s);
        const HttpResponse unpaid = premium.get(endpoints::GetLesson.url(sold[1]));
        QCOMPARE(unpaid.status, 403);
        QCOMPARE(unpaid.errorCode(), u"purchase_required"_s);
        QCOMPARE(premium.get(endpoints::GetLesson.url(sold[0])).status, 200);
        // Only admins grant; then it opens.
        const QString grant = endpoints::GrantCourse.url(m_sold[u"id"_s].toInteger());
        QCOMPARE(premium.post(grant, {{u"username"_s, u"premium"_s}}).status, 403);
        HttpClient admin = as(u"admin"_s);
        QCOMPARE(admin.post(grant, {{u"username"_s, u"nobody_here"_s}}).status, 404);
        QCOMPARE(admin.post(grant, {{u"username"_s, 5}}).status, 400);
        QCOMPARE(admin.post(grant, {{u"username"_s, u"premium"_s}}).status, 200);
        QCOMPARE(premium.get(endpoints::GetLesson.url(sold[1])).status, 200);

        // Free courses: everyone signed in; nobody signed out.
        QCOMPARE(free.get(endpoints::GetLesson.url(lessonIds(m_design)[0])).status, 200);
        HttpClient anonymous(m_server->baseUrl());
        QCOMPARE(anonymous.get(endpoints::ListCourses.url()).status, 401);
        QCOMPARE(anonymous.get(endpoints::GetLesson.url(lessonIds(m_design)[0])).status, 401);
    }

    void video_rangeRequests_partialResumedAndInvalid()
    {
        const qint64 lesson = lessonIds(m_cpp)[0];
        HttpClient member = as(u"member"_s);
        const QString link = videoLink(member, lesson);
        QVERIFY2(link.startsWith(endpoints::LessonMedia.url(lesson) + u'?'), qPrintable(link));

        const HttpResponse whole = getRange(link, {});
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.headers.value("accept-ranges"), QByteArray("bytes"));
        const QByteArray file = whole.body;
        QVERIFY(file.size() > 10000);
        QCOMPARE(file.mid(4, 4), QByteArray("ftyp")); // a real MP4

        const HttpResponse part = getRange(link, "bytes=100-199");
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, file.mid(100, 100));
        QCOMPARE(part.headers.value("content-range"), "bytes 100-199/" + QByteArray::number(file.size()));

        // A download cut off after 5000 bytes resumes from there; the pieces make the file.
        const QByteArray first = getRange(link, "bytes=0-4999").body;
        const HttpResponse rest = getRange(link, "bytes=5000-");
        QCOMPARE(rest.status, 206);
        QCOMPARE(QCryptographicHash::hash(QByteArray(first + rest.body), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(file, QCryptographicHash::Sha256));
        QCOMPARE(getRange(link, "bytes=-10").body, file.right(10));
        QCOMPARE(getRange(link, "bytes=0-999999999").body, file); // past the end: up to the end

        for (const QByteArray &bad :
             {QByteArray("bytes=" + QByteArray::number(file.size()) + "-"), QByteArray("bytes=500-100"),
              QByteArray("bytes=abc"), QByteArray("bytes=-0"), QByteArray("bytes=5")}) {
            const HttpResponse r = getRange(link, bad);
            QVERIFY2(r.status == 416, bad.constData());
            QCOMPARE(r.headers.value("content-range"), "bytes */" + QByteArray::number(file.size()));
        }
        QCOMPARE(getRange(link, "items=0-10").status, 200);    // a unit we do not know: ignored
        QCOMPARE(getRange(link, "bytes=0-1,5-9").status, 200); // several ranges: the whole file

        // The signature binds lesson, member and expiry.
        QUrlQuery query(QUrl(link).query());
        const QString tamperedLesson =
            endpoints::LessonMedia.url(lessonIds(m_sold)[0]) + u"?%1"_s.arg(query.toString());
        QCOMPARE(getRange(tamperedLesson, {}).status, 403);
        QUrlQuery later = query;
        later.removeQueryItem(u"exp"_s);
        later.addQueryItem(u"exp"_s, QString::number(query.queryItemValue(u"exp"_s).toLongLong() + 10));
        QCOMPARE(getRange(endpoints::LessonMedia.url(lesson) + u"?%1"_s.arg(later.toString()), {}).status, 403);
        QCOMPARE(getRange(endpoints::LessonMedia.url(lesson), {}).status, 403);

        // No link for lessons the member cannot open, or that have no video.
        HttpClient free = as(u"free"_s);
        QCOMPARE(free.post(endpoints::VideoLink.url(lessonIds(m_sold)[0]), QJsonObject{}).status, 200);
        QCOMPARE(free.post(endpoints::VideoLink.url(lessonIds(m_sold)[1]), QJsonObject{}).status, 403);
        QCOMPARE(member.post(endpoints::VideoLink.url(lessonIds(m_cpp)[1]), QJsonObject{}).status, 404);
    }

    void progress_fromTwoDevices_converges()
    {
        const qint64 course = m_cpp[u"id"_s].toInteger();
        const qint64 lesson = lessonIds(m_cpp)[3];
        HttpClient laptop = as(u"member"_s);
        HttpClient phone = as(u"member"_s);
        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 100000;
        QCOMPARE(saveProgress(laptop, course, {item(lesson, false, 100, t + 1000)}).status, 200);
        QCOMPARE(saveProgress(phone, course, {item(lesson, false, 50, t + 900)}).status, 200); // older: loses
        auto state = [&](HttpClient &c) {
            return lessonIn(c.get(endpoints::GetCourse.url(course)).json[u"course"_s].toObject(), lesson)[u"progress"_s]
                .toObject();
        };
        QCOMPARE(state(laptop)[u"positionSeconds"_s].toDouble(), 100.0);
        QCOMPARE(saveProgress(phone, course, {item(lesson, false, 200, t + 2000)}).status, 200);
        QCOMPARE(saveProgress(laptop, course, {item(lesson, true, 150, t + 1500)}).status, 200); // done, but older
        QJsonObject now = state(phone);
        QCOMPARE(now[u"positionSeconds"_s].toDouble(), 200.0);
        QVERIFY(now[u"done"_s].toBool());
        // Done never goes back; the same batch twice is the same state.
        QJsonObject latest = item(lesson, false, 30, t + 3000);
        latest.insert(u"lastOpenedAt"_s, u"2026-01-02T03:04:05Z"_s);
        QCOMPARE(saveProgress(phone, course, {latest}).status, 200);
        const HttpResponse again = saveProgress(laptop, course, {latest});
        QCOMPARE(again.status, 200);
        now = state(laptop);
        QVERIFY(now[u"done"_s].toBool());
        QCOMPARE(now[u"positionSeconds"_s].toDouble(), 30.0);
        QCOMPARE(now[u"clientTs"_s].toInteger(), t + 3000);
        QCOMPARE(again.json[u"course"_s][u"lastLessonId"_s].toInteger(), lesson);
        QVERIFY(again.json[u"course"_s][u"enrolled"_s].toBool());
        QCOMPARE(again.json[u"course"_s][u"progressPercent"_s].toInt(), 20); // 1 of 5

        // A quiz is done by passing it, not by saying so.
        QCOMPARE(saveProgress(laptop, course, {item(lessonIds(m_cpp)[2], true, 0, t + 10)}).status, 200);
        QVERIFY(!lessonIn(laptop.get(endpoints::GetCourse.url(course)).json[u"course"_s].toObject(),
                          lessonIds(m_cpp)[2])[u"progress"_s][u"done"_s]
                     .toBool());
    }

    void progress_badInput_isRefused_andChangesNothing()
    {
        const qint64 course = m_cpp[u"id"_s].toInteger();
        const qint64 lesson = lessonIds(m_cpp)[4];
        HttpClient member = as(u"member"_s);
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        const QString path = endpoints::SaveProgress.url(course);
        QCOMPARE(saveProgress(member, course, {item(lesson, false, -1, t)}).status, 400);
        QCOMPARE(saveProgress(member, course, {item(lesson, false, 1e9, t)}).status, 400);
        QCOMPARE(saveProgress(member, course, {item(lesson, false, 1, t + 10LL * 24 * 3600 * 1000)}).status, 400);
        QCOMPARE(saveProgress(member, course, {item(lesson, false, 1, 0)}).status, 400);
        QCOMPARE(saveProgress(member, course, {item(lessonIds(m_design)[0], false, 1, t)}).status, 404);
        QCOMPARE(saveProgress(member, course, QJsonArray{}).status, 400);
        QCOMPARE(member.post(path, {{u"items"_s, QJsonArray{QJsonObject{{u"lessonId"_s, u"x"_s}}}}}).status, 400);
        QCOMPARE(member.post(path, {{u"items"_s, u"all of them"_s}}).status, 400);
        QCOMPARE(member.send("POST", path, "{not json").status, 400);
        QCOMPARE(saveProgress(member, 987654, {item(lesson, false, 1, t)}).status, 404);
        // A batch with one bad record stores none of it.
        QCOMPARE(saveProgress(member, course, {item(lesson, false, 10, t), item(lesson, false, -5, t)}).status, 400);
        const QJsonObject stored =
            lessonIn(member.get(endpoints::GetCourse.url(course)).json[u"course"_s].toObject(), lesson);
        QVERIFY(!stored.contains(u"progress"_s));
        // Someone without access stores nothing either.
        HttpClient free = as(u"free"_s);
        QCOMPARE(saveProgress(free, course, {item(lesson, true, 1, t)}).status, 403);
        QCOMPARE(free.get(endpoints::GetCourse.url(987654)).status, 404);
        QCOMPARE(free.get(endpoints::GetLesson.url(987654)).status, 404);
    }

    void quiz_isGradedByTheServer()
    {
        const qint64 quiz = lessonIds(m_cpp)[2];
        HttpClient member = as(u"member"_s);
        const QJsonObject lesson = member.get(endpoints::GetLesson.url(quiz)).json[u"lesson"_s].toObject();
        const QJsonArray questions = lesson[u"questions"_s].toArray();
        QCOMPARE(questions.size(), 3);
        QVERIFY(!questions[0].toObject().contains(u"answer"_s)); // answers never go out before grading
        const QString path = endpoints::AnswerQuiz.url(quiz);

        const HttpResponse wrong =
            member.post(path, {{u"answers"_s, QJsonArray{QJsonArray{0}, QJsonArray{1}, QJsonArray{0}}}});
        QCOMPARE(wrong.status, 200);
        const QJsonObject failed = wrong.json[u"result"_s].toObject();
        QCOMPARE(failed[u"correct"_s].toInt(), 0);
        QVERIFY(!failed[u"passed"_s].toBool());
        QCOMPARE(failed[u"questions"_s][1][u"correctOptions"_s].toArray(), (QJsonArray{0, 2}));
        QVERIFY(!failed[u"questions"_s][0][u"explanation"_s].toString().isEmpty());

        // Multiple choice: any order, all of the right ones and nothing else.
        const HttpResponse right =
            member.post(path, {{u"answers"_s, QJsonArray{QJsonArray{1}, QJsonArray{2, 0}, QJsonArray{1}}}});
        QCOMPARE(right.json[u"result"_s][u"correct"_s].toInt(), 3);
        QVERIFY(right.json[u"result"_s][u"passed"_s].toBool());
        const QJsonObject course =
            member.get(endpoints::GetCourse.url(m_cpp[u"id"_s].toInteger())).json[u"course"_s].toObject();
        QVERIFY(lessonIn(course, quiz)[u"progress"_s][u"done"_s].toBool());

        for (const QJsonValue &bad : {QJsonValue(QJsonArray{QJsonArray{1}}),
                                      QJsonValue(QJsonArray{QJsonArray{1}, QJsonArray{0}, QJsonArray{7}}),
                                      QJsonValue(QJsonArray{QJsonArray{0, 1}, QJsonArray{0}, QJsonArray{1}}),
                                      QJsonValue(QJsonArray{QJsonArray{}, QJsonArray{0}, QJsonArray{1}}),
                                      QJsonValue(QJsonArray{QJsonArray{1}, QJsonArray{0, 0}, QJsonArray{1}}),
                                      QJsonValue(QJsonArray{QJsonArray{-1}, QJsonArray{0}, QJsonArray{1}}),
                                      QJsonValue(u"1,2,1"_s), QJsonValue(QJsonArray{1, 2, 1})}) {
            QVERIFY2(member.post(path, {{u"answers"_s, bad}}).status == 400,
                     QJsonDocument(QJsonArray{bad}).toJson().constData());
        }
        QCOMPARE(member.post(endpoints::AnswerQuiz.url(lessonIds(m_cpp)[3]), {{u"answers"_s, QJsonArray{}}}).status,
                 400); // not a quiz
        // Answers to a quiz the member cannot open: refused, nothing recorded.
        HttpClient free = as(u"free"_s);
        QCOMPARE(free.post(path, {{u"answers"_s, QJsonArray{QJsonArray{1}, QJsonArray{0, 2}, QJsonArray{1}}}}).status,
                 403);
        QCOMPARE(free.get(endpoints::GetCourse.url(m_cpp[u"id"_s].toInteger()))
                     .json[u"course"_s][u"completedLessons"_s]
                     .toInt(),
                 0);
    }

    void homework_submitReviewAndNotify()
    {
        const qint64 lesson = lessonIds(m_cpp)[1];
        const QString path = endpoints::MyHomework.url(lesson);
        HttpClient member = as(u"member"_s);
        HttpClient author = as(u"author"_s);
        HttpClient free = as(u"free"_s);

        QCOMPARE(free.post(path, {{u"body"_s, u"let me in"_s}}).status, 403);
        QCOMPARE(member.post(path, {{u"body"_s, QString(64 * 1024 + 1, u'x')}}).status, 400);
        QCOMPARE(member.post(path, {{u"body"_s, u"   "_s}}).status, 400);
        QCOMPARE(member.post(path, {{u"body"_s, 42}}).status, 400);
        QCOMPARE(member.post(endpoints::SubmitHomework.url(lessonIds(m_cpp)[3]), {{u"body"_s, u"x"_s}}).status,
                 400); // that lesson asks for none
        const HttpResponse submitted =
            member.post(path, {{u"body"_s, u"```cpp\nauto p = std::make_unique<Widget>();\n```"_s}});
        QCOMPARE(submitted.status, 201);
        const qint64 first = submitted.json[u"homework"_s][u"id"_s].toInteger();
        QCOMPARE(submitted.json[u"homework"_s][u"status"_s].toString(), u"submitted"_s);
        QCOMPARE(member.post(path, {{u"body"_s, u"again"_s}}).status, 409); // one waiting at a time

        // Reviewing: the course's author or admins, not members.
        QCOMPARE(member.get(endpoints::HomeworkToReview.url()).status, 403);
        const QJsonArray queue = author.get(endpoints::HomeworkToReview.url()).json[u"homework"_s].toArray();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue[0][u"member"_s].toString(), u"Mei Member"_s);
        const QString review = endpoints::ReviewHomework.url(first);
        QCOMPARE(member.post(review, {{u"verdict"_s, u"pass"_s}}).status, 403);
        QCOMPARE(author.post(review, {{u"verdict"_s, u"excellent"_s}}).status, 400);
        QCOMPARE(author.post(endpoints::ReviewHomework.url(987654), {{u"verdict"_s, u"pass"_s}}).status, 404);
        const HttpResponse revise =
            author.post(review, {{u"verdict"_s, u"revise"_s}, {u"comment"_s, u"Use std::make_unique everywhere."_s}});
        QCOMPARE(revise.status, 200);
        QCOMPARE(revise.json[u"homework"_s][u"status"_s].toString(), u"revise"_s);
        QCOMPARE(author.post(review, {{u"verdict"_s, u"pass"_s}}).status, 409); // reviewed already

        QJsonArray notes = member.get(endpoints::MyNotifications.url()).json[u"notifications"_s].toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0][u"kind"_s].toString(), u"homework.revise"_s);
        QCOMPARE(notes[0][u"text"_s].toString(), u"RAII and ownership"_s);
        QVERIFY(!notes[0][u"read"_s].toBool());
        // It opens the lesson the homework was for, in its course.
        QCOMPARE(notes[0][u"target"_s][u"kind"_s].toString(), u"lesson"_s);
        QCOMPARE(notes[0][u"target"_s][u"id"_s].toInteger(), lesson);
        QCOMPARE(notes[0][u"target"_s][u"containerId"_s].toInteger(), m_cpp[u"id"_s].toInteger());
        QCOMPARE(
            member.post(endpoints::MarkNotificationsRead.url(), {{u"ids"_s, QJsonArray{notes[0][u"id"_s]}}}).status,
            204);
        QCOMPARE(member.post(endpoints::MarkNotificationsRead.url(), {{u"ids"_s, u"all"_s}}).status, 400);

        const HttpResponse second = member.post(path, {{u"body"_s, u"Now with make_unique everywhere."_s}});
        QCOMPARE(second.status, 201);
        HttpClient admin = as(u"admin"_s);
        QCOMPARE(admin
                     .post(endpoints::ReviewHomework.url(second.json[u"homework"_s][u"id"_s].toInteger()),
                           {{u"verdict"_s, u"pass"_s}, {u"comment"_s, u"Good."_s}})
                     .status,
                 200);
        notes = member.get(endpoints::MyNotifications.url()).json[u"notifications"_s].toArray();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0][u"kind"_s].toString(), u"homework.passed"_s);
        QVERIFY(notes[1][u"read"_s].toBool());
        const QJsonArray mine = member.get(path).json[u"homework"_s].toArray();
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[1][u"status"_s].toString(), u"passed"_s);
        QCOMPARE(mine[0][u"reviewComment"_s].toString(), u"Use std::make_unique everywhere."_s);
        // Passing the homework completes the lesson.
        const QJsonObject course =
            member.get(endpoints::GetCourse.url(m_cpp[u"id"_s].toInteger())).json[u"course"_s].toObject();
        QVERIFY(lessonIn(course, lesson)[u"progress"_s][u"done"_s].toBool());
        QCOMPARE(free.get(path).status, 403);
    }

    void completion_issuesACertificate_anyoneCanVerify()
    {
        HttpClient free = as(u"free"_s);
        const QList<qint64> lessons = lessonIds(m_design);
        const qint64 course = m_design[u"id"_s].toInteger();
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        QJsonArray items;
        for (int i = 0; i < 3; ++i) {
            items.append(item(lessons[i], true, 0, t));
        }
        const HttpResponse mostly = saveProgress(free, course, items);
        QCOMPARE(mostly.json[u"course"_s][u"progressPercent"_s].toInt(), 75);
        QVERIFY(!mostly.json[u"course"_s].toObject().contains(u"certificateId"_s));
        QCOMPARE(free.post(endpoints::AnswerQuiz.url(lessons[3]),
                           {{u"answers"_s, QJsonArray{QJsonArray{0}, QJsonArray{0, 1}}}})
                     .json[u"result"_s][u"passed"_s]
                     .toBool(),
                 true);
        const QJsonObject done = free.get(endpoints::GetCourse.url(course)).json[u"course"_s].toObject();
        QCOMPARE(done[u"progressPercent"_s].toInt(), 100);
        const QString id = done[u"certificateId"_s].toString();
        QCOMPARE(id.size(), 32);

        HttpClient anyone(m_server->baseUrl());
        const HttpResponse check = anyone.get(endpoints::VerifyCertificate.url(id));
        QCOMPARE(check.status, 200);
        QVERIFY(check.json[u"valid"_s].toBool());
        QCOMPARE(check.json[u"certificate"_s][u"member"_s].toString(), u"Fei Free"_s);
        QCOMPARE(check.json[u"certificate"_s][u"courseTitle"_s].toString(), m_design[u"title"_s].toString());
        QCOMPARE(anyone.get(endpoints::VerifyCertificate.url(id.toLower())).status, 200);
        QCOMPARE(anyone.get(endpoints::VerifyCertificate.url(u"0123456789ABCDEF0123456789ABCDEF"_s)).status, 404);
        QCOMPARE(anyone.get(endpoints::VerifyCertificate.url(u"%27%20OR%201=1"_s)).status, 404);
        // Doing it all again changes nothing: one certificate per member and course.
        saveProgress(free, course, items);
        QCOMPARE(free.get(endpoints::GetCourse.url(course)).json[u"course"_s][u"certificateId"_s].toString(), id);
    }
};

QTEST_GUILESS_MAIN(TestServerCourses)
#include "tst_server_courses.moc"
