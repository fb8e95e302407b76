// The routes that run a community, one rule at a time, on SQLite and PostgreSQL: tiers (currency,
// retirement), course authoring (drafts, who may edit, quizzes, order), video uploads (offsets, type,
// hash, owner) and moderation (reports, the queue, hiding). Every refusal is a clear 4xx that changes
// nothing.

#include "protocol/endpoints.h"
#include "protocol/errorcodes.h"
#include "support/httpclient.h"
#include "support/testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild;
using namespace guild::protocol;
namespace endpoints = guild::protocol::endpoints;
using test::HttpClient;
using test::HttpResponse;
using test::TestServer;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject tierBody(const QString &name, qint64 monthly, const QString &currency, bool retired = false)
{
    return {{u"name"_s, name},
            {u"monthlyPriceCents"_s, monthly},
            {u"yearlyPriceCents"_s, monthly * 10},
            {u"currency"_s, currency},
            {u"trialDays"_s, 7},
            {u"features"_s, QJsonArray{u"qa"_s}},
            {u"retired"_s, retired}};
}

QByteArray range(qint64 first, qint64 size, qint64 total)
{
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(first + size - 1) + '/' +
           QByteArray::number(total);
}

} // namespace

class TestServerAuthoring : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

    HttpClient as(const QString &username) { return HttpClient::signedIn(m_server->baseUrl(), username); }

    HttpResponse putTier(HttpClient &client, const QString &code, const QJsonObject &body)
    {
        return client.send("PUT", endpoints::UpdateTier.url(code), json(body));
    }

    /// A draft course of the demo author's with one section; answers (course, section).
    std::pair<qint64, qint64> draft(HttpClient &author, const QString &title)
    {
        const HttpResponse made = author.post(endpoints::CreateCourse.url(), {{u"title"_s, title}});
        const qint64 course = made.json[u"course"_s][u"id"_s].toInteger();
        const HttpResponse section = author.post(endpoints::AddSection.url(course), {{u"title"_s, u"One"_s}});
        return {course, section.json[u"course"_s][u"sections"_s][0][u"id"_s].toInteger()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void tiers_areSetByAdmins_inOneCurrency_andRetireWithoutStrandingAnyone()
    {
        HttpClient admin = as(u"admin"_s);
        HttpClient member = as(u"member"_s);
        HttpClient free = as(u"free"_s);
        const QByteArray before = HttpClient(m_server->baseUrl()).get(endpoints::ListTiers.url()).body;

        QCOMPARE(putTier(member, u"member"_s, tierBody(u"X"_s, 100, u"USD"_s)).status, 403);
        QCOMPARE(putTier(admin, u"gold"_s, tierBody(u"X"_s, 100, u"USD"_s)).status, 404);
        for (const QString &bad : {u"usd"_s, u"DOLLARS"_s, u"U$D"_s}) {
            const HttpResponse r = putTier(admin, u"member"_s, tierBody(u"X"_s, 100, bad));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QString(errors::InvalidField));
        }
        QCOMPARE(putTier(admin, u"member"_s, tierBody(u"X"_s, -1, u"USD"_s)).status, 400);
        QCOMPARE(putTier(admin, u"member"_s, tierBody(u"  "_s, 100, u"USD"_s)).status, 400);
        QCOMPARE(putTier(admin, u"member"_s, tierBody(u"X"_s, 0, u"USD"_s)).status, 400); // a paid tier needs a price
        QCOMPARE(putTier(admin, u"free"_s, tierBody(u"Free"_s, 100, u"USD"_s)).status, 400);
        QJsonObject features = tierBody(u"X"_s, 100, u"USD"_s);
        features[u"features"_s] = QJsonArray{u"everything"_s};
        QCOMPARE(putTier(admin, u"member"_s, features).status, 400);
        QCOMPARE(admin.send("PUT", endpoints::UpdateTier.url(u"member"_s), "{\"name\":").status, 400);
        QCOMPARE(HttpClient(m_server->baseUrl()).get(endpoints::ListTiers.url()).body, before);

        // Dollars for the member tier are dollars for every tier, and for courses sold on their own.
        HttpResponse r = putTier(admin, u"member"_s, tierBody(u"Member"_s, 1500, u"USD"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"tier"_s][u"monthlyPriceCents"_s].toInteger(), 1500);
        for (const QJsonValue &t :
             HttpClient(m_server->baseUrl()).get(endpoints::ListTiers.url()).json[u"tiers"_s].toArray()) {
            QCOMPARE(t[u"currency"_s].toString(), u"USD"_s);
        }
        for (const QJsonValue &c : member.get(endpoints::ListCourses.url()).json[u"courses"_s].toArray()) {
            QCOMPARE(c[u"currency"_s].toString(), u"USD"_s);
        }
        r = free.post(endpoints::Checkout.url(), {{u"tier"_s, u"member"_s}, {u"period"_s, u"month"_s}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[u"payment"_s][u"currency"_s].toString(), u"USD"_s);
        QCOMPARE(r.json[u"payment"_s][u"amountCents"_s].toInteger(), 1500);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(admin.get(endpoints::AnalyticsReport.url() + u"?from=%1&to=%1"_s.arg(today))
                     .json[u"report"_s][u"currency"_s]
                     .toString(),
                 u"USD"_s);

        // Retired: no new buyers or trials; the member who holds it renews.
        QCOMPARE(putTier(admin, u"member"_s, tierBody(u"Member"_s, 1500, u"USD"_s, true)).status, 200);
        r = free.post(endpoints::Checkout.url(), {{u"tier"_s, u"member"_s}, {u"period"_s, u"month"_s}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QString(errors::TierRetired));
        QCOMPARE(free.post(endpoints::StartTrial.url(), {{u"tier"_s, u"member"_s}}).errorCode(),
                 QString(errors::TierRetired));
        QCOMPARE(member.post(endpoints::Checkout.url(), {{u"tier"_s, u"member"_s}, {u"period"_s, u"month"_s}}).status,
                 201);
        QCOMPARE(member.get(endpoints::MyMembership.url()).json[u"membership"_s][u"tier"_s].toString(), u"member"_s);
        QCOMPARE(putTier(admin, u"member"_s, tierBody(u"Member"_s, 1900, u"CNY"_s)).status, 200);
        const QJsonArray audit = admin.get(endpoints::AuditLog.url()).json[u"entries"_s].toArray();
        QCOMPARE(audit[0][u"action"_s].toString(), u"update-tier"_s);
        QVERIFY(audit[0][u"detail"_s].toString().contains(u"offered again"_s));
    }

    void courses_areDraftsUntilPublished_andOnlyTheirAuthorsEditThem()
    {
        HttpClient author = as(u"author"_s);
        HttpClient admin = as(u"admin"_s);
        HttpClient member = as(u"member"_s);
        QCOMPARE(member.post(endpoints::CreateCourse.url(), {{u"title"_s, u"Mine"_s}}).status, 403);
        QCOMPARE(author.post(endpoints::CreateCourse.url(), {{u"title"_s, u"   "_s}}).status, 400);
        QCOMPARE(author.post(endpoints::CreateCourse.url(), {{u"title"_s, u"X"_s}, {u"coverColor"_s, u"red"_s}}).status,
                 400);
        QCOMPARE(
            author.post(endpoints::CreateCourse.url(), {{u"title"_s, u"X"_s}, {u"requiredTier"_s, u"gold"_s}}).status,
            400);
        const auto [course, section] = draft(author, u"Draft course"_s);
        QVERIFY(course > 0 && section > 0);

        // Members do not see a draft at all; the admin may edit it; nobody else's author may.
        QCOMPARE(member.get(endpoints::GetCourse.url(course)).status, 404);
        for (const QJsonValue &c : member.get(endpoints::ListCourses.url()).json[u"courses"_s].toArray()) {
            QVERIFY(c[u"id"_s].toInteger() != course);
        }
        QCOMPARE(member.patch(endpoints::UpdateCourse.url(course), {{u"title"_s, u"Taken"_s}}).status, 404);
        QCOMPARE(admin.patch(endpoints::RenameSection.url(section), {{u"title"_s, u"Part one"_s}}).status, 200);
        QCOMPARE(author.patch(endpoints::UpdateCourse.url(987654), {{u"title"_s, u"X"_s}}).status, 404);

        // Lessons: the section must be the course's; quizzes must make sense.
        const auto [other, otherSection] = draft(author, u"Another"_s);
        QCOMPARE(author
                     .post(endpoints::AddLesson.url(course),
                           {{u"sectionId"_s, otherSection}, {u"title"_s, u"Lost"_s}, {u"kind"_s, u"text"_s}})
                     .status,
                 400);
        const auto quiz = [&](const QJsonArray &questions) {
            return author
                .post(endpoints::AddLesson.url(course), {{u"sectionId"_s, section},
                                                         {u"title"_s, u"Quiz"_s},
                                                         {u"kind"_s, u"quiz"_s},
                                                         {u"questions"_s, questions}})
                .status;
        };
        QCOMPARE(quiz({}), 400);
        QCOMPARE(quiz({QJsonObject{
                     {u"prompt"_s, u"?"_s}, {u"options"_s, QJsonArray{u"a"_s}}, {u"answer"_s, QJsonArray{0}}}}),
                 400);
        QCOMPARE(quiz({QJsonObject{
                     {u"prompt"_s, u"?"_s}, {u"options"_s, QJsonArray{u"a"_s, u"b"_s}}, {u"answer"_s, QJsonArray{2}}}}),
                 400);
        QCOMPARE(
            quiz({QJsonObject{
                {u"prompt"_s, u"?"_s}, {u"options"_s, QJsonArray{u"a"_s, u"b"_s}}, {u"answer"_s, QJsonArray{1, 1}}}}),
            400);
        QCOMPARE(quiz({QJsonObject{
                     {u"prompt"_s, u"?"_s}, {u"options"_s, QJsonArray{u"a"_s, u"b"_s}}, {u"answer"_s, QJsonArray{1}}}}),
                 201);
        HttpResponse r = author.post(endpoints::AddLesson.url(course),
                                     {{u"sectionId"_s, section}, {u"title"_s, u"Text"_s}, {u"kind"_s, u"text"_s}});
        QCOMPARE(r.status, 201);
        const qint64 text = r.json[u"lesson"_s][u"id"_s].toInteger();
        QCOMPARE(author
                     .patch(endpoints::EditLesson.url(text),
                            {{u"title"_s, u"Text, edited"_s}, {u"kind"_s, u"text"_s}, {u"body"_s, u"Words"_s}})
                     .json[u"lesson"_s][u"title"_s]
                     .toString(),
                 u"Text, edited"_s);

        // Order: a permutation or nothing.
        const QJsonArray before =
            author.get(endpoints::GetCourse.url(course)).json[u"course"_s][u"sections"_s].toArray();
        const QJsonArray lessons = before[0][u"lessons"_s].toArray();
        const qint64 first = lessons[0][u"id"_s].toInteger();
        const qint64 second = lessons[1][u"id"_s].toInteger();
        const auto order = [&](const QJsonArray &ids) {
            return author.send(
                "PUT", endpoints::ReorderCourse.url(course),
                json({{u"sections"_s, QJsonArray{QJsonObject{{u"id"_s, section}, {u"lessons"_s, ids}}}}}));
        };
        QCOMPARE(order({first}).status, 400);
        QCOMPARE(order({first, first}).status, 400);
        QCOMPARE(order({first, second, 987654}).status, 400);
        QCOMPARE(author.get(endpoints::GetCourse.url(course)).json[u"course"_s][u"sections"_s].toArray(), before);
        r = order({second, first});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"course"_s][u"sections"_s][0][u"lessons"_s][0][u"id"_s].toInteger(), second);

        // Sections go only when empty; lessons go with a 204.
        QCOMPARE(author.del(endpoints::DeleteSection.url(section)).status, 409);
        QCOMPARE(author.del(endpoints::DeleteLesson.url(first)).status, 204);
        QCOMPARE(author.del(endpoints::DeleteLesson.url(second)).status, 204);
        QCOMPARE(author.del(endpoints::DeleteLesson.url(second)).status, 404);
        QCOMPARE(author.del(endpoints::DeleteSection.url(section)).status, 204);

        // Published, members see it.
        QCOMPARE(author.patch(endpoints::UpdateCourse.url(other), {{u"title"_s, u"Another"_s}, {u"published"_s, true}})
                     .status,
                 200);
        QCOMPARE(member.get(endpoints::GetCourse.url(other)).status, 200);
    }

    void uploads_goInOrder_ofTheAnnouncedType_andMustMatchTheirHash()
    {
        HttpClient author = as(u"author"_s);
        HttpClient member = as(u"member"_s);
        const auto [course, section] = draft(author, u"Videos"_s);
        const qint64 lesson = author
                                  .post(endpoints::AddLesson.url(course),
                                        {{u"sectionId"_s, section}, {u"title"_s, u"Clip"_s}, {u"kind"_s, u"video"_s}})
                                  .json[u"lesson"_s][u"id"_s]
                                  .toInteger();
        QByteArray file = QByteArray::fromHex("0000001c") + "ftypmp42" + QByteArray(3000, 'v');
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
        const auto start = [&](HttpClient &client, const QJsonObject &body) {
            return client.post(endpoints::StartUpload.url(lesson), body);
        };
        const QJsonObject announce{{u"bytes"_s, file.size()}, {u"sha256"_s, hash}, {u"contentType"_s, u"video/mp4"_s}};
        QCOMPARE(start(member, announce).status, 404); // a draft: members do not see the lesson
        QJsonObject bad = announce;
        bad[u"contentType"_s] = u"application/x-msdownload"_s;
        QCOMPARE(start(author, bad).status, 400);
        bad = announce;
        bad[u"sha256"_s] = u"zz"_s;
        QCOMPARE(start(author, bad).status, 400);
        bad = announce;
        bad[u"bytes"_s] = 0;
        QCOMPARE(start(author, bad).status, 400);

        const auto piece = [&](HttpClient &client, const QString &id, const QByteArray &bytes, qint64 first,
                               qint64 size) {
            return client.send("PUT", endpoints::UploadPiece.url(id), bytes.mid(first, size),
                               "application/octet-stream", {{"Content-Range", range(first, size, bytes.size())}});
        };
        // The first piece must look like the announced type.
        QString id = start(author, announce).json[u"id"_s].toString();
        QByteArray notVideo = file;
        notVideo.replace(4, 4, "RIFF");
        HttpResponse r = piece(author, id, notVideo, 0, 1000);
        QCOMPARE(r.status, 415);
        // In order only, with a range that matches the body, from its uploader.
        QCOMPARE(piece(author, id, file, 1000, 1000).errorCode(), QString(errors::UploadOffset));
        QCOMPARE(author
                     .send("PUT", endpoints::UploadPiece.url(id), file.left(10), "application/octet-stream",
                           {{"Content-Range", range(0, 20, file.size())}})
                     .status,
                 400);
        QCOMPARE(author
                     .send("PUT", endpoints::UploadPiece.url(id), file.left(10), "application/octet-stream",
                           {{"Content-Range", "bytes 0-9/*"}})
                     .status,
                 400);
        QCOMPARE(piece(member, id, file, 0, 1000).status, 404);
        QCOMPARE(member.get(endpoints::GetUpload.url(id)).status, 404);
        QCOMPARE(author.get(endpoints::GetUpload.url(u"nope"_s)).status, 404);
        QCOMPARE(piece(author, id, file, 0, 1000).json[u"received"_s].toInteger(), 1000);
        QCOMPARE(piece(author, id, file, 0, 1000).status, 409); // sent again: already there

        // The last piece makes the hash count: another file of the same size starts the upload over.
        QByteArray tampered = file;
        tampered[2500] = 'X';
        r = piece(author, id, tampered, 1000, tampered.size() - 1000);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QString(errors::ChecksumMismatch));
        QCOMPARE(author.get(endpoints::GetUpload.url(id)).json[u"received"_s].toInteger(), 0);
        QCOMPARE(author.get(endpoints::GetCourse.url(course)).json[u"course"_s][u"totalVideoBytes"_s].toInteger(), 0);
        QCOMPARE(piece(author, id, file, 0, 2000).status, 200);
        r = piece(author, id, file, 2000, file.size() - 2000);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json[u"complete"_s].toBool());
        QCOMPARE(piece(author, id, file, 0, 10).status, 409); // complete: nothing more
        QCOMPARE(author.get(endpoints::GetCourse.url(course)).json[u"course"_s][u"totalVideoBytes"_s].toInteger(),
                 file.size());

        // More than the body limit is refused before anything is written.
        id = start(author, announce).json[u"id"_s].toString();
        const QByteArray big(1024 * 1024 + 1, 'x');
        QCOMPARE(author
                     .send("PUT", endpoints::UploadPiece.url(id), big, "application/octet-stream",
                           {{"Content-Range", range(0, big.size(), big.size() + 10)}})
                     .status,
                 413);
        QCOMPARE(author.get(endpoints::GetUpload.url(id)).json[u"received"_s].toInteger(), 0);
    }

    void courseCovers_byTheirAuthor_seenWithTheCourse_andOnlyPictures()
    {
        HttpClient author = as(u"author"_s);
        HttpClient member = as(u"member"_s);
        HttpClient admin = as(u"admin"_s);
        const qint64 course = author.post(endpoints::CreateCourse.url(), {{u"title"_s, u"Covered"_s}})
                                  .json[u"course"_s][u"id"_s]
                                  .toInteger();
        QVERIFY(course > 0);
        const auto put = [&](HttpClient &who, const QByteArray &bytes, const QByteArray &type) {
            return who.send("PUT", endpoints::SetCourseCover.url(course), bytes, type);
        };
        const QByteArray jpeg = QByteArray::fromHex("ffd8ffe0") + QByteArray(2000, 'j');
        QCOMPARE(author.get(endpoints::CourseCover.url(course)).status, 404);
        QCOMPARE(put(author, "GIF89a-not-allowed", "image/gif").status, 415);
        QCOMPARE(put(author, QByteArray(), "image/jpeg").status, 400);
        QCOMPARE(put(author, jpeg + QByteArray(256 * 1024, 'j'), "image/jpeg").status, 413);
        QCOMPARE(put(member, jpeg, "image/jpeg").status, 404);                // a draft: the member cannot see it
        QCOMPARE(author.get(endpoints::CourseCover.url(course)).status, 404); // nothing changed
        QVERIFY(!author.get(endpoints::GetCourse.url(course)).json[u"course"_s][u"hasCover"_s].toBool());

        QCOMPARE(put(author, jpeg, "image/jpeg").status, 204);
        const test::HttpResponse mine = author.get(endpoints::CourseCover.url(course));
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.body, jpeg);
        QCOMPARE(mine.headers.value("content-type"), QByteArray("image/jpeg"));
        QVERIFY(author.get(endpoints::GetCourse.url(course)).json[u"course"_s][u"hasCover"_s].toBool());
        QCOMPARE(member.get(endpoints::CourseCover.url(course)).status, 404); // still a draft

        // Published, the cover shows to every member with the course; only its author and admins change it.
        QCOMPARE(author.patch(endpoints::UpdateCourse.url(course), {{u"title"_s, u"Covered"_s}, {u"published"_s, true}})
                     .status,
                 200);
        QCOMPARE(member.get(endpoints::CourseCover.url(course)).body, jpeg);
        QCOMPARE(put(member, QByteArray::fromHex("89504e470d0a1a0a") + "x", "image/png").status, 403);
        QCOMPARE(member.del(endpoints::RemoveCourseCover.url(course)).status, 403);
        QCOMPARE(member.get(endpoints::CourseCover.url(course)).body, jpeg);
        QCOMPARE(admin.del(endpoints::RemoveCourseCover.url(course)).status, 204);
        QCOMPARE(member.get(endpoints::CourseCover.url(course)).status, 404);
        QCOMPARE(member.get(endpoints::CourseCover.url(987654)).status, 404);
        const QJsonArray audit = admin.get(endpoints::AuditLog.url()).json[u"entries"_s].toArray();
        QStringList actions;
        for (const QJsonValue &e : audit) {
            actions.append(e[u"action"_s].toString());
        }
        QVERIFY(actions.contains(u"set-course-cover"_s));
        QVERIFY(actions.contains(u"remove-course-cover"_s));
    }

    void avatars_arePngOrJpeg_small_andSeenByMembers()
    {
        HttpClient member = as(u"member"_s);
        HttpClient premium = as(u"premium"_s);
        const qint64 memberId = member.get(endpoints::Me.url()).json[u"user"_s][u"id"_s].toInteger();
        const auto put = [&](const QByteArray &bytes, const QByteArray &type) {
            return member.send("PUT", endpoints::SetAvatar.url(), bytes, type);
        };
        QCOMPARE(premium.get(endpoints::MemberAvatar.url(memberId)).status, 404);
        QCOMPARE(put("GIF89a-not-allowed", "image/gif").status, 415);
        QCOMPARE(put(QByteArray(), "image/png").status, 400);
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(100, 'x');
        QCOMPARE(put(png + QByteArray(64 * 1024, 'x'), "image/png").status, 413);
        QCOMPARE(premium.get(endpoints::MemberAvatar.url(memberId)).status, 404); // nothing changed
        QCOMPARE(put(png, "image/png").status, 204);
        const test::HttpResponse seen = premium.get(endpoints::MemberAvatar.url(memberId));
        QCOMPARE(seen.status, 200);
        QCOMPARE(seen.body, png);
        QCOMPARE(seen.headers.value("content-type"), QByteArray("image/png"));
        const QByteArray jpeg = QByteArray::fromHex("ffd8ffe0") + QByteArray(50, 'j');
        QCOMPARE(put(jpeg, "image/jpeg").status, 204);
        QCOMPARE(premium.get(endpoints::MemberAvatar.url(memberId)).headers.value("content-type"),
                 QByteArray("image/jpeg"));
        QCOMPARE(member.del(endpoints::RemoveAvatar.url()).status, 204);
        QCOMPARE(premium.get(endpoints::MemberAvatar.url(memberId)).status, 404);
        QCOMPARE(premium.get(endpoints::MemberAvatar.url(987654)).status, 404);
    }

    void codes_areListedWithTheirUse_neverWithTheCode()
    {
        HttpClient admin = as(u"admin"_s);
        HttpClient free(m_server->baseUrl()); // a new member: the demo's stay as they are for later tests
        QCOMPARE(free.post(endpoints::Register.url(), {{u"username"_s, u"coder"_s},
                                                       {u"email"_s, u"coder@example.org"_s},
                                                       {u"password"_s, u"coder-password-1"_s}})
                     .status,
                 201);
        QCOMPARE(free.login(u"coder"_s, u"coder-password-1"_s).status, 200);
        const QString code =
            admin
                .post(endpoints::CreateCode.url(),
                      {{u"kind"_s, u"days"_s}, {u"tier"_s, u"member"_s}, {u"amount"_s, 14}, {u"maxUses"_s, 3}})
                .json[u"code"_s]
                .toString();
        QCOMPARE(code.size(), 19);
        QCOMPARE(free.get(endpoints::ListCodes.url()).status, 403);
        QCOMPARE(free.post(endpoints::Redeem.url(), {{u"code"_s, code}}).status, 200);
        const test::HttpResponse listed = admin.get(endpoints::ListCodes.url());
        QCOMPARE(listed.status, 200);
        const QJsonObject newest = listed.json[u"codes"_s][0].toObject();
        QCOMPARE(newest[u"hint"_s].toString(), code.right(4));
        QCOMPARE(newest[u"uses"_s].toInt(), 1);
        QCOMPARE(newest[u"maxUses"_s].toInt(), 3);
        QCOMPARE(newest[u"createdBy"_s].toString(), u"admin"_s);
        QVERIFY(!listed.body.contains(code.left(14).toUtf8()));
        QCOMPARE(admin.get(endpoints::AuditLog.url()).json[u"entries"_s][0][u"action"_s].toString(), u"create-code"_s);
    }

    void events_areChangedByTheirAuthor_keepingTheSeatsTaken()
    {
        HttpClient author = as(u"author"_s);
        HttpClient admin = as(u"admin"_s);
        HttpClient member = as(u"member"_s);
        HttpClient premium = as(u"premium"_s);
        QJsonObject event{{u"title"_s, u"Office hours"_s},
                          {u"startsAt"_s, QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate)},
                          {u"timezone"_s, u"Asia/Shanghai"_s},
                          {u"capacity"_s, 2},
                          {u"joinUrl"_s, u"https://meet.example.org/office"_s}};
        const qint64 id = author.post(endpoints::CreateEvent.url(), event).json[u"event"_s][u"id"_s].toInteger();
        QVERIFY(id > 0);
        QCOMPARE(premium.post(endpoints::Rsvp.url(id), {{u"going"_s, true}}).status, 200);
        QCOMPARE(admin.post(endpoints::Rsvp.url(id), {{u"going"_s, true}}).status, 200);
        event[u"title"_s] = u"Office hours (moved)"_s;
        QCOMPARE(member.patch(endpoints::UpdateEvent.url(id), event).status, 403);
        QCOMPARE(author.patch(endpoints::UpdateEvent.url(987654), event).status, 404);
        QJsonObject bad = event;
        bad[u"timezone"_s] = u"Mars/Olympus"_s;
        QCOMPARE(author.patch(endpoints::UpdateEvent.url(id), bad).status, 400);
        bad = event;
        bad[u"joinUrl"_s] = u"http://plain.example.org"_s;
        QCOMPARE(author.patch(endpoints::UpdateEvent.url(id), bad).status, 400);
        bad = event;
        bad[u"capacity"_s] = 1; // two seats are taken
        QCOMPARE(author.patch(endpoints::UpdateEvent.url(id), bad).status, 409);
        event[u"startsAt"_s] = QDateTime::currentDateTimeUtc().addDays(4).toString(Qt::ISODate);
        event[u"capacity"_s] = 10;
        const test::HttpResponse changed = author.patch(endpoints::UpdateEvent.url(id), event);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json[u"event"_s][u"title"_s].toString(), u"Office hours (moved)"_s);
        QCOMPARE(changed.json[u"event"_s][u"attending"_s].toInt(), 2);
        QCOMPARE(changed.json[u"event"_s][u"capacity"_s].toInt(), 10);
        QCOMPARE(admin.patch(endpoints::UpdateEvent.url(id), event).status, 200);
    }

    void reports_reachTheModerators_andHidingTellsTheAuthor()
    {
        HttpClient author = as(u"author"_s);
        HttpClient member = as(u"member"_s);
        HttpClient premium = as(u"premium"_s);
        HttpClient free = as(u"free"_s);
        // Something to report: a comment of the premium member's on a public article.
        const qint64 article =
            author.post(endpoints::CreateArticle.url(), {{u"title"_s, u"Open thread"_s}, {u"body"_s, u"Talk here."_s}})
                .json[u"article"_s][u"id"_s]
                .toInteger();
        const qint64 comment = premium.post(endpoints::AddComment.url(article), {{u"body"_s, u"Buy my course!"_s}})
                                   .json[u"comment"_s][u"id"_s]
                                   .toInteger();
        QVERIFY(comment > 0);
        const auto report = [&](HttpClient &client, const QString &kind, qint64 id, const QString &reason) {
            return client.post(endpoints::ReportContent.url(),
                               {{u"kind"_s, kind}, {u"id"_s, id}, {u"reason"_s, reason}});
        };
        QCOMPARE(report(member, u"comment"_s, comment, u""_s).status, 400);
        QCOMPARE(report(member, u"poll"_s, comment, u"Spam"_s).status, 400);
        QCOMPARE(report(member, u"comment"_s, 987654, u"Spam"_s).status, 404);
        QCOMPARE(report(premium, u"comment"_s, comment, u"Spam"_s).status, 400); // one's own
        QCOMPARE(member.post(endpoints::ReportContent.url(), {{u"kind"_s, u"comment"_s}, {u"id"_s, u"1"_s}}).status,
                 400);
        // A premium question is not the free member's to report: it does not exist for them.
        const qint64 question =
            author
                .post(endpoints::AskQuestion.url(),
                      {{u"title"_s, u"Deep question"_s}, {u"body"_s, u"Details"_s}, {u"requiredTier"_s, u"premium"_s}})
                .json[u"question"_s][u"id"_s]
                .toInteger();
        QVERIFY(question > 0);
        QCOMPARE(report(free, u"question"_s, question, u"Spam"_s).status, 404);

        HttpResponse r = report(member, u"comment"_s, comment, u"Advertising"_s);
        QCOMPARE(r.status, 201);
        const qint64 id = r.json[u"report"_s][u"id"_s].toInteger();
        QCOMPARE(report(member, u"comment"_s, comment, u"Again"_s).status, 409);
        QCOMPARE(report(free, u"comment"_s, comment, u"Spam too"_s).status, 201);

        QCOMPARE(member.get(endpoints::ModerationQueue.url()).status, 403);
        QCOMPARE(member.post(endpoints::ResolveReport.url(id), {{u"action"_s, u"dismiss"_s}}).status, 403);
        QCOMPARE(author.get(endpoints::ModerationQueue.url()).json[u"reports"_s].toArray().size(), 2);
        QCOMPARE(author.post(endpoints::ResolveReport.url(id), {{u"action"_s, u"hide"_s}}).status, 400); // no reason
        QCOMPARE(author.post(endpoints::ResolveReport.url(id), {{u"action"_s, u"ban"_s}, {u"reason"_s, u"x"_s}}).status,
                 400);
        QCOMPARE(author.post(endpoints::ResolveReport.url(987654), {{u"action"_s, u"dismiss"_s}}).status, 404);
        QCOMPARE(member.get(endpoints::ListComments.url(article)).json[u"comments"_s].toArray().size(), 1);

        r = author.post(endpoints::ResolveReport.url(id), {{u"action"_s, u"hide"_s}, {u"reason"_s, u"No adverts"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"report"_s][u"resolvedBy"_s].toString(), u"李老师 (Author)"_s);
        QCOMPARE(author.post(endpoints::ResolveReport.url(id), {{u"action"_s, u"dismiss"_s}}).status, 409);
        // Both reports closed together; the comment is gone from the list and the count.
        QCOMPARE(author.get(endpoints::ModerationQueue.url()).json[u"reports"_s].toArray().size(), 0);
        QCOMPARE(author.get(endpoints::ModerationQueue.url() + u"?all=true"_s).json[u"reports"_s].toArray().size(), 2);
        QCOMPARE(member.get(endpoints::ListComments.url(article)).json[u"comments"_s].toArray().size(), 0);
        QCOMPARE(member.get(endpoints::GetArticle.url(article)).json[u"article"_s][u"comments"_s].toInt(), 0);
        QCOMPARE(report(free, u"comment"_s, comment, u"Late"_s).status, 404);
        // The author is told what and why.
        const QJsonArray notes = premium.get(endpoints::MyNotifications.url()).json[u"notifications"_s].toArray();
        QCOMPARE(notes[0][u"kind"_s].toString(), u"moderation.hidden.comment"_s);
        QVERIFY(notes[0][u"text"_s].toString().contains(u"No adverts"_s));
        QCOMPARE(notes[0][u"target"_s][u"kind"_s].toString(), u"article"_s); // opens the article it was under
        QCOMPARE(notes[0][u"target"_s][u"id"_s].toInteger(), article);

        // A hidden question is gone for everyone: its page and its place in the list.
        const qint64 offTopic =
            member.post(endpoints::AskQuestion.url(), {{u"title"_s, u"Off topic"_s}, {u"body"_s, u"Cats?"_s}})
                .json[u"question"_s][u"id"_s]
                .toInteger();
        QCOMPARE(report(free, u"question"_s, offTopic, u"Off topic"_s).status, 404); // Q&A is not the free tier's
        r = report(premium, u"question"_s, offTopic, u"Off topic"_s);
        QCOMPARE(r.status, 201);
        QCOMPARE(author
                     .post(endpoints::ResolveReport.url(r.json[u"report"_s][u"id"_s].toInteger()),
                           {{u"action"_s, u"hide"_s}, {u"reason"_s, u"Not about programming"_s}})
                     .status,
                 200);
        QCOMPARE(member.get(endpoints::GetQuestion.url(offTopic)).status, 404);
        for (const QJsonValue &q : premium.get(endpoints::ListQuestions.url()).json[u"questions"_s].toArray()) {
            QVERIFY(q[u"id"_s].toInteger() != offTopic);
        }
        // The asker is told; a hidden question has nowhere to open, so the notification names no target.
        const QJsonObject told = member.get(endpoints::MyNotifications.url()).json[u"notifications"_s][0].toObject();
        QCOMPARE(told[u"kind"_s].toString(), u"moderation.hidden.question"_s);
        QVERIFY(!told.contains(u"target"_s));
        const QJsonArray audit = as(u"admin"_s).get(endpoints::AuditLog.url()).json[u"entries"_s].toArray();
        QCOMPARE(audit[0][u"action"_s].toString(), u"hide-question"_s);
        QCOMPARE(audit[1][u"action"_s].toString(), u"hide-comment"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerAuthoring)
#include "tst_server_authoring.moc"
