#include "protocol/chat.h"
#include "protocol/endpoints.h"
#include "support/httpclient.h"
#include "support/testserver.h"
#include "support/wsclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;
using namespace guild::test;
namespace endpoints = guild::protocol::endpoints;

// The authorization matrix: every route the server registers (the test asks the server for its list,
// so a route added without a row here fails it) and every chat frame type, for every kind of caller,
// with the outcome each must get written down below. Every answer and frame is also searched for what
// that caller may not read (paid bodies, paid lessons, the premium lounge, gated Q&A, join links,
// other members' emails, password hashes), including sync pages, notifications and exports.
class TestServerAuthMatrix : public QObject
{
    Q_OBJECT
private:
    // The callers, in the order of the expectation strings below.
    enum Role
    {
        Anonymous, ///< no token
        SignedOut, ///< a token whose login was ended
        Free,
        Member,
        Premium,
        Author,
        Admin,
        Grace,  ///< premium that expired a day ago: still in the grace period
        Lapsed, ///< premium that expired past its grace period: free now
        RoleCount
    };
    static constexpr std::array<const char *, RoleCount> RoleNames{
        "anonymous", "signed-out", "free", "member", "premium", "author", "admin", "grace", "lapsed"};

    // Expected outcome per role, one character each: o 2xx, c 2xx or 409 (a second go at a one-time
    // thing), 1 401, 3 403, 4 404, x 400, u 426, 5 503 (not set up on this server).
    static inline const QString Public = QStringLiteral("ooooooooo");
    static inline const QString SignedIn = QStringLiteral("11ooooooo");
    static inline const QString MemberTier = QStringLiteral("113ooooo3"); // member or above (grace holds premium)
    static inline const QString PremiumTier = QStringLiteral("1133oooo3");
    static inline const QString Staff = QStringLiteral("11333oo33"); // authors and admins
    static inline const QString AdminOnly = QStringLiteral("113333o33");

    struct Call
    {
        QByteArray method;
        QString path;
        QJsonObject body;
        std::optional<QString> token; ///< instead of the role's own (a login of its own to end, say)
        QByteArray rawBody;           ///< sent as is when set
        QList<std::pair<QByteArray, QByteArray>> headers = {};
    };
    struct Row
    {
        const guild::protocol::Route *route;
        QString expected;
        std::function<Call(Role)> call;
        /// "METHOD /path/{id}", as the server lists it.
        QString name() const
        {
            return QString(guild::protocol::methodName(route->method)) + u' ' + QString(route->path);
        }
    };

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;
    std::array<QString, RoleCount> m_tokens;
    std::array<QString, RoleCount> m_usernames{QString(),   u"member"_s, u"free"_s,       u"member"_s,     u"premium"_s,
                                               u"author"_s, u"admin"_s,  u"grace_user"_s, u"lapsed_user"_s};
    QHash<QString, qint64> m_userIds;

    // What the matrix reads and writes.
    qint64 m_articleMember = 0;
    qint64 m_articlePremium = 0;
    qint64 m_general = 0;
    qint64 m_premiumChannel = 0;
    qint64 m_premiumMessage = 0;
    qint64 m_premiumDeletable = 0;
    qint64 m_question = 0;
    qint64 m_answer = 0;
    qint64 m_event = 0;
    qint64 m_homework = 0;
    qint64 m_feedback = 0;
    qint64 m_reportable = 0; ///< a comment of the canary's, on a public article

    /// Things only some may read: the text and the roles (y/n, in role order) that may see it.
    QList<std::pair<QString, QString>> m_secrets;
    QStringList m_failures;
    int m_checked = 0;

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    HttpClient as(Role role, const std::optional<QString> &token = std::nullopt)
    {
        HttpClient c(m_server->baseUrl());
        const QString t = token.value_or(m_tokens[role]);
        if (!t.isEmpty()) {
            c.setToken(t);
        }
        return c;
    }

    QString login(const QString &username, const QString &password = u"guild-demo"_s)
    {
        HttpClient c(m_server->baseUrl());
        return c.login(username, password).json[u"accessToken"_s].toString();
    }

    /// A channel of its own for one call that changes or archives it.
    qint64 freshChannel()
    {
        return as(Admin)
            .post(endpoints::CreateChannel.url(), {{u"name"_s, QString(u"m-"_s + newId().left(8))}})
            .json[u"channel"_s][u"id"_s]
            .toInteger();
    }

    qint64 createArticle(const QString &tier, const QString &body, const QJsonObject &extra = {})
    {
        QJsonObject article{{u"title"_s, QString(u"Matrix %1 "_s.arg(tier) + newId().left(8))},
                            {u"summary"_s, u"A summary anyone may read."_s},
                            {u"body"_s, body},
                            {u"tags"_s, QJsonArray{u"matrix"_s}},
                            {u"requiredTier"_s, tier}};
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            article.insert(it.key(), it.value());
        }
        return as(Author).post(endpoints::CreateArticle.url(), article).json[u"article"_s][u"id"_s].toInteger();
    }

    static bool matches(QChar expected, int status)
    {
        switch (expected.toLatin1()) {
        case 'o':
            return status >= 200 && status < 300;
        case 'c':
            return (status >= 200 && status < 300) || status == 409;
        case '1':
            return status == 401;
        case '3':
            return status == 403;
        case '4':
            return status == 404;
        case 'x':
            return status == 400;
        case 'u':
            return status == 426;
        case '5':
            return status == 503;
        }
        return false;
    }

    /// Records every secret `role` may not read that `text` contains.
    void scan(Role role, const QString &where, const QByteArray &text)
    {
        for (const auto &[secret, readers] : std::as_const(m_secrets)) {
            if (readers.at(role) != u'y' && text.contains(secret.toUtf8())) {
                m_failures.append(
                    u"%1 read '%2' in %3"_s.arg(QLatin1StringView(RoleNames[role]), secret.left(40), where));
            }
        }
        if (text.contains("$argon2")) {
            m_failures.append(u"%1 saw a password hash in %2"_s.arg(QLatin1StringView(RoleNames[role]), where));
        }
    }

    /// Every mismatch on its own line, then the verdict.
    void reportFailures()
    {
        for (const QString &failure : std::as_const(m_failures)) {
            qWarning().noquote() << failure;
        }
        const qsizetype count = m_failures.size();
        m_failures.clear();
        QCOMPARE(count, 0);
    }

    QList<Row> rows();
    void setUpCallers();
    void setUpContent();

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("GUILD_PAYMENT_SECRET", "whsec-matrix-only");
        m_server = std::make_unique<TestServer>(
            TestServer::Options{true, {u"--test-clock"_s, u"--chat-rate"_s, u"1000:1000"_s}});
        QVERIFY(m_server->start());
        setUpCallers();
        setUpContent();
    }

    void cleanupTestCase() { QVERIFY2(m_server->stop(), qPrintable(m_server->errorOutput().right(4000))); }

    void everyRoute_hasARow_andEveryRoleItsOutcome()
    {
        // The server's own list: what it would answer, before any request.
        QProcess list;
        list.start(QStringLiteral(GUILD_SERVER_BINARY), {u"--list-routes"_s, u"--data"_s, m_dir.path()});
        QVERIFY(list.waitForFinished(30000));
        QCOMPARE(list.exitCode(), 0);
        QStringList routes = QString::fromUtf8(list.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(routes.size() >= 70);

        const QList<Row> table = rows();
        QStringList covered;
        for (const Row &row : table) {
            covered.append(row.name());
        }
        for (const QString &route : std::as_const(routes)) {
            QVERIFY2(covered.contains(route), qPrintable(u"no row in the authorization matrix for "_s + route));
        }
        for (const QString &route : std::as_const(covered)) {
            QVERIFY2(routes.contains(route), qPrintable(u"a row for a route the server does not have: "_s + route));
        }

        for (const Row &row : table) {
            QCOMPARE(row.expected.size(), int(RoleCount));
            for (int r = 0; r < RoleCount; ++r) {
                const Role role = static_cast<Role>(r);
                const Call call = row.call(role);
                HttpClient c = as(role, call.token);
                const QByteArray body = !call.rawBody.isEmpty() ? call.rawBody
                                        : call.method == "GET" || call.method == "DELETE"
                                            ? QByteArray()
                                            : QJsonDocument(call.body).toJson(QJsonDocument::Compact);
                const HttpResponse response =
                    c.send(call.method, call.path, body, QByteArrayLiteral("application/json"), call.headers);
                ++m_checked;
                const bool unexpected5xx = response.status >= 500 && row.expected.at(r) != u'5';
                if (!matches(row.expected.at(r), response.status) || unexpected5xx) {
                    m_failures.append(u"%1 as %2: expected '%3', got %4 %5"_s.arg(
                        row.name(), QLatin1StringView(RoleNames[r]), row.expected.at(r),
                        QString::number(response.status), QString::fromUtf8(response.body.left(160))));
                }
                scan(role, row.name(), response.body);
            }
        }
        qInfo("authorization matrix: %d routes x %d callers = %d requests", int(table.size()), int(RoleCount),
              m_checked);
        reportFailures();
    }

    void everyChatFrame_forEveryRole()
    {
        // Each frame type a client may send, aimed at the premium lounge, and what each caller hears back:
        // "ok" (the frame's own answer) or the error code.
        struct FrameRow
        {
            QString type;
            std::array<const char *, RoleCount> expected;
            std::function<QJsonObject()> frame;
            std::function<bool(const QJsonObject &)> okAnswer;
        };
        const auto isType = [](const char *type) {
            return [type](const QJsonObject &f) { return f[u"type"_s].toString() == QLatin1StringView(type); };
        };
        const std::array<const char *, RoleCount> lounge{
            "auth_failed", "auth_failed", "membership_required", "membership_required", "ok", "ok",
            "ok",          "ok",          "membership_required"};
        const std::array<const char *, RoleCount> anyone{"auth_failed", "auth_failed", "ok", "ok", "ok",
                                                         "ok",          "ok",          "ok", "ok"};
        const QList<FrameRow> frames{
            {u"send"_s, lounge,
             [this] {
                 return QJsonObject{{u"type"_s, u"send"_s},
                                    {u"channelId"_s, m_premiumChannel},
                                    {u"clientId"_s, newId()},
                                    {u"body"_s, u"matrix"_s}};
             },
             isType("ack")},
            {u"resume"_s, lounge,
             [this] {
                 return QJsonObject{
                     {u"type"_s, u"resume"_s},
                     {u"channels"_s, QJsonArray{QJsonObject{
                                         {u"channelId"_s, m_premiumChannel}, {u"lastSeq"_s, 0}, {u"lastRev"_s, 0}}}}};
             },
             isType("history")},
            {u"read"_s, lounge,
             [this] {
                 return QJsonObject{{u"type"_s, u"read"_s}, {u"channelId"_s, m_premiumChannel}, {u"seq"_s, 1}};
             },
             isType("read")},
            {u"react"_s, lounge,
             [this] {
                 return QJsonObject{{u"type"_s, u"react"_s}, {u"messageId"_s, m_premiumMessage}, {u"emoji"_s, u"👍"_s}};
             },
             isType("message.updated")},
            {u"notify"_s, lounge,
             [this] {
                 return QJsonObject{
                     {u"type"_s, u"notify"_s}, {u"channelId"_s, m_premiumChannel}, {u"level"_s, u"all"_s}};
             },
             isType("notify")},
            // Only its author edits or deletes (an admin deletes too): everyone else is refused, and
            // readers of other tiers learn nothing more than that it is not theirs.
            {u"edit"_s,
             {"auth_failed", "auth_failed", "membership_required", "membership_required", "ok", "not_allowed",
              "not_allowed", "not_allowed", "membership_required"},
             [this] {
                 return QJsonObject{
                     {u"type"_s, u"edit"_s}, {u"messageId"_s, m_premiumMessage}, {u"body"_s, u"edited"_s}};
             },
             isType("message.updated")},
            // Typing is ephemeral: a channel the connection does not read is no channel of its own.
            {u"typing"_s,
             {"auth_failed", "auth_failed", "no_such_channel", "no_such_channel", "ok", "ok", "ok", "ok",
              "no_such_channel"},
             [this] {
                 return QJsonObject{{u"type"_s, u"typing"_s}, {u"channelId"_s, m_premiumChannel}};
             },
             {}},
            {u"direct"_s, anyone,
             [] {
                 return QJsonObject{{u"type"_s, u"direct"_s}, {u"username"_s, u"canary_user"_s}};
             },
             isType("channel.new")},
            {u"presence"_s,
             anyone,
             [] {
                 return QJsonObject{{u"type"_s, u"presence"_s}, {u"status"_s, u"away"_s}};
             },
             {}},
            {u"ping"_s, anyone,
             [] {
                 return QJsonObject{{u"type"_s, u"ping"_s}, {u"ref"_s, u"p"_s}};
             },
             isType("pong")},
            // Last: it changes the message (one of its own, made for this).
            {u"delete"_s,
             {"auth_failed", "auth_failed", "membership_required", "membership_required", "ok", "not_allowed", "ok",
              "not_allowed", "membership_required"},
             [this] {
                 return QJsonObject{{u"type"_s, u"delete"_s}, {u"messageId"_s, m_premiumDeletable}};
             },
             isType("message.updated")},
        };
        // Every type a client may send has its row (auth is every row's first frame).
        QStringList covered{u"auth"_s};
        for (const FrameRow &row : frames) {
            covered.append(row.type);
        }
        for (const QLatin1StringView type : guild::protocol::chat::frames::ClientTypes) {
            QVERIFY2(covered.contains(QString(type)), qPrintable(u"no row for the chat frame "_s + type));
        }
        QCOMPARE(covered.size(), qsizetype(guild::protocol::chat::frames::ClientTypes.size()));
        int checked = 0;
        for (const FrameRow &row : frames) {
            for (int r = 0; r < RoleCount; ++r) {
                const Role role = static_cast<Role>(r);
                WsClient ws(m_server->baseUrl());
                QVERIFY(ws.open());
                ws.sendJson({{u"type"_s, u"auth"_s}, {u"token"_s, m_tokens[role]}});
                const QJsonObject first = ws.waitFor(
                    [](const QJsonObject &f) { return f[u"type"_s] == u"ready"_s || f[u"type"_s] == u"error"_s; });
                QString outcome;
                if (first[u"type"_s] == u"error"_s) {
                    outcome = first[u"code"_s].toString();
                } else {
                    ws.clear();
                    ws.sendJson(row.frame());
                    // Frames are handled in order: a ping after the frame is answered after it.
                    ws.sendJson({{u"type"_s, u"send"_s},
                                 {u"channelId"_s, 0},
                                 {u"clientId"_s, u"fence"_s},
                                 {u"body"_s, u"x"_s}});
                    const QJsonObject answer = ws.waitFor([&row](const QJsonObject &f) {
                        return (f[u"type"_s] == u"error"_s) || (row.okAnswer && row.okAnswer(f));
                    });
                    if (answer[u"type"_s] == u"error"_s && answer[u"ref"_s] != u"fence"_s) {
                        outcome = answer[u"code"_s].toString();
                    } else if (!answer.isEmpty()) {
                        outcome = u"ok"_s;
                    } else {
                        outcome = u"no answer"_s;
                    }
                }
                ++checked;
                if (outcome != QLatin1StringView(row.expected[r])) {
                    m_failures.append(u"frame %1 as %2: expected %3, got %4"_s.arg(
                        row.type, QLatin1StringView(RoleNames[r]), QLatin1StringView(row.expected[r]), outcome));
                }
                QByteArray heard;
                for (const QJsonObject &f : ws.framesOfType(u"history"_s) + ws.framesOfType(u"changes"_s) +
                                                ws.framesOfType(u"message.new"_s) +
                                                ws.framesOfType(u"message.updated"_s) + ws.framesOfType(u"ready"_s)) {
                    heard += QJsonDocument(f).toJson(QJsonDocument::Compact);
                }
                scan(role, u"frame "_s + row.type, heard);
            }
        }
        qInfo("chat frames: %d types x %d callers = %d checked", int(frames.size()), int(RoleCount), checked);
        reportFailures();
    }

    void liveFanOut_reachesOnlyReaders()
    {
        // Everyone connected at once; a message in the lounge reaches its readers and nobody else.
        std::array<std::unique_ptr<WsClient>, RoleCount> clients;
        for (int r = Free; r < RoleCount; ++r) {
            clients[r] = std::make_unique<WsClient>(m_server->baseUrl());
            QVERIFY(!clients[r]->openAndAuth(m_tokens[r]).isEmpty());
        }
        const QString secret = u"CANARY-LIVE-LOUNGE-"_s + newId().left(8);
        m_secrets.append({secret, u"nnnnyyyyn"_s});
        clients[Premium]->send(m_premiumChannel, newId(), secret);
        QVERIFY(!clients[Premium]->waitForType(u"ack"_s).isEmpty());
        QTRY_COMPARE(clients[Admin]->newMessages(m_premiumChannel).size(), 1);
        for (int r = Free; r < RoleCount; ++r) {
            QVERIFY(clients[r]->barrier());
            QByteArray heard;
            for (const QJsonObject &f : clients[r]->framesOfType(u"message.new"_s)) {
                heard += QJsonDocument(f).toJson(QJsonDocument::Compact);
            }
            scan(static_cast<Role>(r), u"live fan-out"_s, heard);
        }
        reportFailures();
    }
};

void TestServerAuthMatrix::setUpCallers()
{
    // Two members whose premium ran out: one a day ago (in grace), one days before that (lapsed).
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    HttpClient anon(m_server->baseUrl());
    for (const QString &name : {u"grace_user"_s, u"lapsed_user"_s, u"canary_user"_s, u"ban_target"_s}) {
        QCOMPARE(anon.post(endpoints::Register.url(), {{u"username"_s, name},
                                                       {u"email"_s, u"canary-%1@example.org"_s.arg(name)},
                                                       {u"password"_s, u"correct horse battery"_s}})
                     .status,
                 201);
    }
    const auto memberId = [this](const QString &username) {
        HttpClient admin = HttpClient::signedIn(m_server->baseUrl(), u"admin"_s);
        for (const QJsonValue &m :
             admin.get(endpoints::ListMembers.url() + u"?q="_s + username).json[u"members"_s].toArray()) {
            m_userIds.insert(m[u"username"_s].toString(), m[u"id"_s].toInteger());
        }
        return m_userIds.value(username);
    };
    const auto grantPremiumForADay = [&](const QString &username) {
        HttpClient admin = HttpClient::signedIn(m_server->baseUrl(), u"admin"_s);
        QCOMPARE(
            admin.post(endpoints::SetMemberTier.url(memberId(username)), {{u"tier"_s, u"premium"_s}, {u"days"_s, 1}})
                .status,
            200);
    };
    grantPremiumForADay(u"lapsed_user"_s);
    QVERIFY(HttpClient::moveServerClock(m_server->baseUrl(), QDateTime::fromMSecsSinceEpoch(t0 + 3 * day, Qt::UTC)));
    grantPremiumForADay(u"grace_user"_s);
    QVERIFY(HttpClient::moveServerClock(m_server->baseUrl(), QDateTime::fromMSecsSinceEpoch(t0 + 5 * day, Qt::UTC)));
    for (const QString &name :
         {u"free"_s, u"member"_s, u"premium"_s, u"author"_s, u"admin"_s, u"canary_user"_s, u"ban_target"_s}) {
        memberId(name);
    }

    for (int r = Free; r < RoleCount; ++r) {
        const bool registered = r == Grace || r == Lapsed;
        m_tokens[r] = login(m_usernames[r], registered ? u"correct horse battery"_s : u"guild-demo"_s);
        QVERIFY2(!m_tokens[r].isEmpty(), RoleNames[r]);
    }
    // A login that was ended: its token must open nothing.
    m_tokens[SignedOut] = login(u"member"_s);
    QCOMPARE(as(SignedOut).post(endpoints::Logout.url(), {}).status, 204);

    const QJsonObject grace = as(Grace).get(endpoints::MyMembership.url()).json[u"membership"_s].toObject();
    QVERIFY(grace[u"inGrace"_s].toBool());
    QCOMPARE(grace[u"tier"_s].toString(), u"premium"_s);
    QCOMPARE(as(Lapsed).get(endpoints::MyMembership.url()).json[u"membership"_s][u"tier"_s].toString(), u"free"_s);
}

void TestServerAuthMatrix::setUpContent()
{
    // Articles with bodies only their tiers may read, and a poll on the premium one.
    m_articleMember = createArticle(u"member"_s, u"CANARY-MEMBER-ARTICLE body"_s);
    m_articlePremium = createArticle(u"premium"_s, u"CANARY-PREMIUM-ARTICLE body"_s,
                                     {{u"poll"_s, QJsonObject{{u"question"_s, u"CANARY-PREMIUM-POLL?"_s},
                                                              {u"options"_s, QJsonArray{u"a"_s, u"b"_s}}}}});
    QVERIFY(m_articleMember > 0 && m_articlePremium > 0);
    HttpClient canary(m_server->baseUrl());
    QCOMPARE(canary.login(u"canary_user"_s, u"correct horse battery"_s).status, 200);
    m_reportable = canary
                       .post(endpoints::AddComment.url(createArticle(u"free"_s, u"open to all"_s)),
                             {{u"body"_s, u"Something to report"_s}})
                       .json[u"comment"_s][u"id"_s]
                       .toInteger();
    QVERIFY(m_reportable > 0);
    QCOMPARE(as(Premium)
                 .post(endpoints::AddComment.url(m_articlePremium), {{u"body"_s, u"CANARY-PREMIUM-COMMENT"_s}})
                 .status,
             201);

    // The premium lounge and a message in it.
    for (const QJsonValue &c : as(Premium).get(endpoints::ListChannels.url()).json[u"channels"_s].toArray()) {
        const QString tier = c[u"requiredTier"_s].toString();
        if (tier == u"free"_s) {
            m_general = c[u"id"_s].toInteger();
        } else if (tier == u"premium"_s) {
            m_premiumChannel = c[u"id"_s].toInteger();
        }
    }
    QVERIFY(m_general > 0 && m_premiumChannel > 0);
    WsClient ws(m_server->baseUrl());
    QVERIFY(!ws.openAndAuth(m_tokens[Premium]).isEmpty());
    const QString clientId = ws.send(m_premiumChannel, newId(), u"CANARY-PREMIUM-CHAT lounge talk"_s);
    m_premiumMessage =
        ws.waitFor([&](const QJsonObject &f) { return f[u"clientId"_s] == clientId; })[u"id"_s].toInteger();
    QVERIFY(m_premiumMessage > 0);
    const QString second = ws.send(m_premiumChannel, newId(), u"CANARY-PREMIUM-CHAT to be deleted"_s);
    m_premiumDeletable =
        ws.waitFor([&](const QJsonObject &f) { return f[u"clientId"_s] == second; })[u"id"_s].toInteger();
    QVERIFY(m_premiumDeletable > 0);

    // Q&A for members, an answer to it, and a premium event with its join link.
    m_question =
        as(Member)
            .post(endpoints::AskQuestion.url(), {{u"title"_s, u"Matrix question"_s}, {u"body"_s, u"CANARY-QA-BODY"_s}})
            .json[u"question"_s][u"id"_s]
            .toInteger();
    m_answer = as(Premium)
                   .post(endpoints::AnswerQuestion.url(m_question), {{u"body"_s, u"CANARY-QA-ANSWER"_s}})
                   .json[u"answer"_s][u"id"_s]
                   .toInteger();
    m_event = as(Author)
                  .post(endpoints::CreateEvent.url(),
                        {{u"title"_s, u"Matrix live"_s},
                         {u"startsAt"_s, QDateTime::currentDateTimeUtc().addDays(9).toString(Qt::ISODate)},
                         {u"timezone"_s, u"UTC"_s},
                         {u"capacity"_s, 100},
                         {u"joinUrl"_s, u"https://meet.example.org/CANARY-JOIN-LINK"_s}})
                  .json[u"event"_s][u"id"_s]
                  .toInteger();
    QVERIFY(m_question > 0 && m_answer > 0 && m_event > 0);

    // Homework for the course's author to review, and feedback for the admins.
    m_homework = as(Member)
                     .post(endpoints::SubmitHomework.url(2), {{u"body"_s, u"CANARY-HOMEWORK my RAII rewrite"_s}})
                     .json[u"homework"_s][u"id"_s]
                     .toInteger();
    m_feedback =
        as(Free)
            .post(endpoints::SendFeedback.url(), {{u"kind"_s, u"idea"_s}, {u"body"_s, u"CANARY-FEEDBACK dark mode"_s}})
            .json[u"feedback"_s][u"id"_s]
            .toInteger();
    QVERIFY(m_homework > 0 && m_feedback > 0);

    // Who may read what, in role order: anonymous, signed-out, free, member, premium, author, admin,
    // grace, lapsed.
    m_secrets = {
        {u"CANARY-MEMBER-ARTICLE"_s, u"nnnyyyyyn"_s},
        {u"CANARY-PREMIUM-ARTICLE"_s, u"nnnnyyyyn"_s},
        {u"CANARY-PREMIUM-POLL"_s, u"nnnnyyyyn"_s},
        {u"CANARY-PREMIUM-COMMENT"_s, u"nnnnyyyyn"_s},
        {u"CANARY-PREMIUM-CHAT"_s, u"nnnnyyyyn"_s},
        {u"CANARY-QA-BODY"_s, u"nnnyyyyyn"_s},
        {u"CANARY-QA-ANSWER"_s, u"nnnyyyyyn"_s},
        {u"CANARY-JOIN-LINK"_s, u"nnnnyyyyn"_s},
        // A member lesson's text, a lesson sold on its own (nobody bought it) and its author's homework.
        {u"Every resource has exactly one owner"_s, u"nnnyyyyyn"_s},
        {u"QQuickPaintedItem"_s, u"nnnnnyynn"_s},
        {u"CANARY-HOMEWORK"_s, u"nnnynyynn"_s},
        {u"CANARY-FEEDBACK"_s, u"nnynnnynn"_s},
        // Emails are the admins' to see; nobody else's, not even in the leaderboard or a thread.
        {u"canary-canary_user@example.org"_s, u"nnnnnnynn"_s},
        {u"canary-grace_user@example.org"_s, u"nnnnnnyyn"_s},
    };
}

QList<TestServerAuthMatrix::Row> TestServerAuthMatrix::rows()
{
    const auto get = [](const QString &path) { return [path](Role) { return Call{"GET", path, {}, {}, {}}; }; };
    const auto post = [](const QString &path, const QJsonObject &body = {}) {
        return [path, body](Role) { return Call{"POST", path, body, {}, {}}; };
    };
    // A fresh login of the role's own, for calls that end it (anonymous and signed-out keep theirs).
    const auto ownLogin = [this](Role role) -> std::optional<QString> {
        if (role == Anonymous || role == SignedOut) {
            return std::nullopt;
        }
        return login(m_usernames[role], role == Grace || role == Lapsed ? u"correct horse battery"_s : u"guild-demo"_s);
    };
    // A member made for one call that changes its own account (its name, all its sessions), so the
    // callers' own accounts stay as they are; signed out and anonymous callers get none.
    const auto throwaway = [this](Role role) -> std::optional<QString> {
        if (role == Anonymous || role == SignedOut) {
            return std::nullopt;
        }
        const QString name = u"tmp_"_s + newId().left(8).remove(u'-');
        HttpClient c(m_server->baseUrl());
        c.post(endpoints::Register.url(), {{u"username"_s, name},
                                           {u"email"_s, QString(name + u"@example.org"_s)},
                                           {u"password"_s, u"long enough pw"_s}});
        return login(name, u"long enough pw"_s);
    };
    // An article of the author's, made for one call (editing or deleting it).
    const auto freshArticle = [this] { return createArticle(u"free"_s, u"to be changed"_s); };
    // A draft course of the author's with a section and a video lesson, for one authoring call: only
    // the author and admins see a draft, so everyone else meets a 404.
    struct Draft
    {
        qint64 course = 0;
        qint64 section = 0;
        qint64 lesson = 0;
    };
    const auto freshDraft = [this] {
        HttpClient author = as(Author);
        Draft d;
        d.course = author.post(endpoints::CreateCourse.url(), {{u"title"_s, u"Matrix draft"_s}})
                       .json[u"course"_s][u"id"_s]
                       .toInteger();
        d.section = author.post(endpoints::AddSection.url(d.course), {{u"title"_s, u"S"_s}})
                        .json[u"course"_s][u"sections"_s][0][u"id"_s]
                        .toInteger();
        d.lesson = author
                       .post(endpoints::AddLesson.url(d.course),
                             {{u"sectionId"_s, d.section}, {u"title"_s, u"L"_s}, {u"kind"_s, u"video"_s}})
                       .json[u"lesson"_s][u"id"_s]
                       .toInteger();
        return d;
    };
    static const QByteArray clip = QByteArray::fromHex("00000018") + "ftypisom" + QByteArray(100, 'v');
    const auto freshUpload = [this, freshDraft] {
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(clip, QCryptographicHash::Sha256).toHex());
        return as(Author)
            .post(endpoints::StartUpload.url(freshDraft().lesson),
                  {{u"bytes"_s, clip.size()}, {u"sha256"_s, sha}, {u"contentType"_s, u"video/mp4"_s}})
            .json[u"id"_s]
            .toString();
    };
    // A comment of the canary's on a public article, reported by the member: an open report.
    const auto freshReport = [this] {
        const qint64 article = createArticle(u"free"_s, u"open to all"_s);
        HttpClient canary(m_server->baseUrl());
        canary.login(u"canary_user"_s, u"correct horse battery"_s);
        const qint64 comment = canary.post(endpoints::AddComment.url(article), {{u"body"_s, u"reported"_s}})
                                   .json[u"comment"_s][u"id"_s]
                                   .toInteger();
        return as(Member)
            .post(endpoints::ReportContent.url(),
                  {{u"kind"_s, u"comment"_s}, {u"id"_s, comment}, {u"reason"_s, u"matrix"_s}})
            .json[u"report"_s][u"id"_s]
            .toInteger();
    };
    const QJsonObject premiumTier{{u"name"_s, u"Premium"_s},
                                  {u"monthlyPriceCents"_s, 4900},
                                  {u"yearlyPriceCents"_s, 49000},
                                  {u"currency"_s, u"CNY"_s},
                                  {u"trialDays"_s, 7},
                                  {u"features"_s, QJsonArray{u"events"_s}}};
    const QString author = u"11444oo44"_s; // a draft: its author and admins; nobody else sees it

    return {
        {&endpoints::Health, Public, get(endpoints::Health.url())},
        {&endpoints::ChatSocket, u"uuuuuuuuu"_s, get(endpoints::ChatSocket.url())},
        {&endpoints::Register, Public,
         [](Role) {
             const QString name = u"reg_"_s + newId().left(8).remove(u'-');
             return Call{"POST",
                         endpoints::Register.url(),
                         {{u"username"_s, name},
                          {u"email"_s, QString(name + u"@example.org"_s)},
                          {u"password"_s, u"long enough pw"_s}},
                         {},
                         {}};
         }},
        {&endpoints::Login, Public,
         post(endpoints::Login.url(), {{u"username"_s, u"free"_s}, {u"password"_s, u"guild-demo"_s}})},
        {&endpoints::Refresh, Public,
         [this](Role) {
             HttpClient c(m_server->baseUrl());
             const QString refresh = c.login(u"free"_s).json[u"refreshToken"_s].toString();
             return Call{"POST", endpoints::Refresh.url(), {{u"refreshToken"_s, refresh}}, {}, {}};
         }},
        {&endpoints::Logout, SignedIn,
         [ownLogin](Role role) {
             return Call{"POST", endpoints::Logout.url(), {}, ownLogin(role), {}};
         }},
        {&endpoints::Me, SignedIn, get(endpoints::Me.url())},
        // The current password is checked before anything changes: a wrong one is refused for all.
        {&endpoints::ChangePassword, u"113333333"_s,
         post(endpoints::ChangePassword.url(),
              {{u"currentPassword"_s, u"not the password"_s}, {u"newPassword"_s, u"long enough new"_s}})},
        {&endpoints::ChangeProfile, SignedIn,
         [throwaway](Role role) {
             return Call{
                 "POST", endpoints::ChangeProfile.url(), {{u"displayName"_s, u"新名字"_s}}, throwaway(role), {}};
         }},
        // Pictures: each sets their own, everyone signed in sees the free member's, then each removes theirs.
        {&endpoints::SetAvatar, SignedIn,
         [](Role) {
             return Call{"PUT",
                         endpoints::SetAvatar.url(),
                         {},
                         {},
                         QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(64, 'p'),
                         {{"Content-Type", "image/png"}}};
         }},
        {&endpoints::MemberAvatar, SignedIn,
         [this](Role) {
             return Call{"GET", endpoints::MemberAvatar.url(m_userIds.value(u"free"_s)), {}, {}, {}};
         }},
        {&endpoints::RemoveAvatar, SignedIn,
         [](Role) {
             return Call{"DELETE", endpoints::RemoveAvatar.url(), {}, {}, {}};
         }},
        {&endpoints::MySessions, SignedIn, get(endpoints::MySessions.url())},
        {&endpoints::EndSession, u"114444444"_s,
         [](Role) {
             return Call{"DELETE", endpoints::EndSession.url(u"no-such-login"_s), {}, {}, {}};
         }},
        {&endpoints::EndAllSessions, SignedIn,
         [throwaway](Role role) {
             return Call{"DELETE", endpoints::EndAllSessions.url(), {}, throwaway(role), {}};
         }},
        {&endpoints::MyMembership, SignedIn, get(endpoints::MyMembership.url())},
        {&endpoints::MyLease, SignedIn, get(endpoints::MyLease.url())},
        {&endpoints::MySaved, SignedIn, get(endpoints::MySaved.url())},
        // Only what the caller may read can be saved: a premium article's bookmark and highlight.
        {&endpoints::PutBookmark, PremiumTier,
         [this](Role) {
             return Call{"PUT", endpoints::PutBookmark.url(u"article-%1"_s.arg(m_articlePremium)), {}, {}, {}};
         }},
        {&endpoints::DeleteBookmark, SignedIn,
         [this](Role) {
             return Call{"DELETE", endpoints::DeleteBookmark.url(u"article-%1"_s.arg(m_articlePremium)), {}, {}, {}};
         }},
        {&endpoints::PutHighlight, PremiumTier,
         [this](Role) {
             return Call{"PUT",
                         endpoints::PutHighlight.url(u"matrix-highlight"_s),
                         {{u"kind"_s, u"article"_s},
                          {u"subjectId"_s, m_articlePremium},
                          {u"quote"_s, u"a passage"_s},
                          {u"note"_s, u"why it matters"_s}},
                         {},
                         {}};
         }},
        {&endpoints::DeleteHighlight, SignedIn,
         [](Role) {
             return Call{"DELETE", endpoints::DeleteHighlight.url(u"matrix-highlight"_s), {}, {}, {}};
         }},
        // This server sends no mail; a code that is no code is refused for everyone alike.
        {&endpoints::ForgotPassword, u"555555555"_s, post(endpoints::ForgotPassword.url(), {{u"login"_s, u"free"_s}})},
        // Anyone holding a code may use it (an admin's, for a member made for the call).
        {&endpoints::ResetPassword, Public,
         [this](Role) {
             const QString name = u"rst_"_s + newId().left(8).remove(u'-');
             HttpClient(m_server->baseUrl())
                 .post(endpoints::Register.url(), {{u"username"_s, name},
                                                   {u"email"_s, QString(name + u"@example.org"_s)},
                                                   {u"password"_s, u"long enough pw"_s}});
             const qint64 id = as(Admin)
                                   .get(endpoints::ListMembers.url() + u"?q="_s + name)
                                   .json[u"members"_s][0][u"id"_s]
                                   .toInteger();
             const QString code =
                 as(Admin).post(endpoints::IssueResetCode.url(id), {}).json[u"reset"_s][u"code"_s].toString();
             return Call{"POST",
                         endpoints::ResetPassword.url(),
                         {{u"code"_s, code}, {u"newPassword"_s, u"another long pw"_s}},
                         {},
                         {}};
         }},
        {&endpoints::ListTiers, Public, get(endpoints::ListTiers.url())}, // the price list is for everyone
        {&endpoints::UpdateTier, AdminOnly,
         [premiumTier](Role) {
             return Call{"PUT", endpoints::UpdateTier.url(u"premium"_s), premiumTier, {}, {}};
         }},

        {&endpoints::ListArticles, SignedIn, get(endpoints::ListArticles.url() + u"?limit=100"_s)},
        {&endpoints::CreateArticle, Staff,
         post(endpoints::CreateArticle.url(), {{u"title"_s, u"New"_s}, {u"summary"_s, u"s"_s}, {u"body"_s, u"b"_s}})},
        {&endpoints::GetArticle, PremiumTier, get(endpoints::GetArticle.url(m_articlePremium))},
        {&endpoints::EditArticle, Staff,
         [freshArticle](Role) {
             return Call{"PATCH", endpoints::EditArticle.url(freshArticle()), {{u"title"_s, u"Changed"_s}}, {}, {}};
         }},
        {&endpoints::DeleteArticle, Staff,
         [freshArticle](Role) {
             return Call{"DELETE", endpoints::DeleteArticle.url(freshArticle()), {}, {}, {}};
         }},
        {&endpoints::LikeArticle, PremiumTier, post(endpoints::LikeArticle.url(m_articlePremium))},
        {&endpoints::UnlikeArticle, PremiumTier,
         [this](Role) {
             return Call{"DELETE", endpoints::UnlikeArticle.url(m_articlePremium), {}, {}, {}};
         }},
        {&endpoints::ListComments, PremiumTier, get(endpoints::ListComments.url(m_articlePremium))},
        {&endpoints::AddComment, PremiumTier,
         post(endpoints::AddComment.url(m_articlePremium), {{u"body"_s, u"hi"_s}})},
        {&endpoints::MyScheduledArticles, Staff, get(endpoints::MyScheduledArticles.url())},
        {&endpoints::GetPoll, PremiumTier, get(endpoints::GetPoll.url(m_articlePremium))},
        {&endpoints::VotePoll, PremiumTier,
         post(endpoints::VotePoll.url(m_articlePremium), {{u"choices"_s, QJsonArray{0}}})},
        {&endpoints::Sync, SignedIn, get(endpoints::Sync.url() + u"?limit=500"_s)},
        // Search finds every canary a caller may read, and no other (its snippets are scanned like any
        // answer): article bodies, comments, chat, Q&A, lessons, as one word and as a phrase.
        {&endpoints::Search, SignedIn, get(endpoints::Search.url() + u"?q=canary&limit=50"_s)},
        {&endpoints::Search, SignedIn,
         get(endpoints::Search.url() + u"?q=%22Every+resource+has+exactly+one+owner%22"_s)},
        {&endpoints::Search, SignedIn, get(endpoints::Search.url() + u"?q=QQuickPaintedItem&kinds=lesson"_s)},

        {&endpoints::GetThread, PremiumTier, get(endpoints::GetThread.url(m_premiumMessage))},
        {&endpoints::PromoteToQuestion, u"11333cc33"_s,
         post(endpoints::PromoteToQuestion.url(m_premiumMessage), {{u"title"_s, u"Promoted"_s}})},
        {&endpoints::PromoteToArticle, u"11333cc33"_s,
         post(endpoints::PromoteToArticle.url(m_premiumMessage), {{u"title"_s, u"Promoted"_s}})},
        // Channels as admins run them, each call on a channel of its own so none changes another's.
        {&endpoints::CreateChannel, AdminOnly,
         [](Role) {
             return Call{
                 "POST", endpoints::CreateChannel.url(), {{u"name"_s, QString(u"m-"_s + newId().left(8))}}, {}, {}};
         }},
        {&endpoints::UpdateChannel, AdminOnly,
         [this](Role) {
             const qint64 id = freshChannel();
             return Call{
                 "PATCH", endpoints::UpdateChannel.url(id), {{u"name"_s, QString(u"m-"_s + newId().left(8))}}, {}, {}};
         }},
        {&endpoints::ArchiveChannel, AdminOnly,
         [this](Role) {
             return Call{"DELETE", endpoints::ArchiveChannel.url(freshChannel()), {}, {}, {}};
         }},
        {&endpoints::ListChannels, SignedIn, get(endpoints::ListChannels.url())},
        {&endpoints::ChannelHistory, PremiumTier, get(endpoints::ChannelHistory.url(m_premiumChannel) + u"?after=0"_s)},

        // Course 1 is for members (lesson 1 a video, 2 text with homework, 3 a quiz); course 3 is sold on
        // its own (lesson 11), and nobody here bought it.
        {&endpoints::ListCourses, SignedIn, get(endpoints::ListCourses.url())},
        {&endpoints::GetCourse, SignedIn, get(endpoints::GetCourse.url(1))},
        {&endpoints::Enroll, MemberTier, post(endpoints::Enroll.url(1))},
        {&endpoints::SaveProgress, MemberTier,
         post(endpoints::SaveProgress.url(1),
              {{u"items"_s, QJsonArray{QJsonObject{{u"lessonId"_s, 4},
                                                   {u"positionSeconds"_s, 0},
                                                   {u"done"_s, false},
                                                   {u"clientTs"_s, QDateTime::currentMSecsSinceEpoch()}}}}})},
        {&endpoints::GrantCourse, AdminOnly,
         [this](Role) {
             return Call{"POST", endpoints::GrantCourse.url(3), {{u"username"_s, u"canary_user"_s}}, {}, {}};
         }},
        // Authoring, each call on a draft of its own.
        {&endpoints::CreateCourse, Staff, post(endpoints::CreateCourse.url(), {{u"title"_s, u"Matrix course"_s}})},
        {&endpoints::UpdateCourse, author,
         [freshDraft](Role) {
             return Call{
                 "PATCH", endpoints::UpdateCourse.url(freshDraft().course), {{u"title"_s, u"Renamed"_s}}, {}, {}};
         }},
        // A cover picture: set and removed by its author and admins; a draft's cover seen by them only.
        {&endpoints::SetCourseCover, author,
         [freshDraft](Role) {
             return Call{
                 "PUT", endpoints::SetCourseCover.url(freshDraft().course),    {},
                 {},    QByteArray::fromHex("ffd8ffe0") + QByteArray(64, 'j'), {{"Content-Type", "image/jpeg"}}};
         }},
        {&endpoints::CourseCover, author,
         [this, freshDraft](Role) {
             const qint64 course = freshDraft().course;
             as(Author).send("PUT", endpoints::SetCourseCover.url(course),
                             QByteArray::fromHex("ffd8ffe0") + QByteArray(64, 'j'), "image/jpeg");
             return Call{"GET", endpoints::CourseCover.url(course), {}, {}, {}};
         }},
        {&endpoints::RemoveCourseCover, author,
         [freshDraft](Role) {
             return Call{"DELETE", endpoints::RemoveCourseCover.url(freshDraft().course), {}, {}, {}};
         }},
        // Pictures in what one writes: anyone signed in keeps one, and sees one by its id.
        {&endpoints::UploadImage, SignedIn,
         [](Role) {
             return Call{"POST",
                         endpoints::UploadImage.url(),
                         {},
                         {},
                         QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(64, 'i'),
                         {{"Content-Type", "image/png"}}};
         }},
        {&endpoints::Image, SignedIn,
         [this](Role) {
             const HttpResponse kept =
                 as(Author).send("POST", endpoints::UploadImage.url(),
                                 QByteArray::fromHex("ffd8ffe0") + QByteArray(64, 'k'), "image/jpeg");
             return Call{"GET", endpoints::Image.url(kept.json.value(u"id"_s).toInteger()), {}, {}, {}};
         }},
        {&endpoints::AddSection, author,
         [freshDraft](Role) {
             return Call{"POST", endpoints::AddSection.url(freshDraft().course), {{u"title"_s, u"More"_s}}, {}, {}};
         }},
        {&endpoints::RenameSection, author,
         [freshDraft](Role) {
             return Call{"PATCH", endpoints::RenameSection.url(freshDraft().section), {{u"title"_s, u"T"_s}}, {}, {}};
         }},
        {&endpoints::DeleteSection, author,
         [this](Role) {
             HttpClient a = as(Author);
             const qint64 course = a.post(endpoints::CreateCourse.url(), {{u"title"_s, u"Empty"_s}})
                                       .json[u"course"_s][u"id"_s]
                                       .toInteger();
             const qint64 section = a.post(endpoints::AddSection.url(course), {{u"title"_s, u"S"_s}})
                                        .json[u"course"_s][u"sections"_s][0][u"id"_s]
                                        .toInteger();
             return Call{"DELETE", endpoints::DeleteSection.url(section), {}, {}, {}};
         }},
        {&endpoints::AddLesson, author,
         [freshDraft](Role) {
             const Draft d = freshDraft();
             return Call{"POST",
                         endpoints::AddLesson.url(d.course),
                         {{u"sectionId"_s, d.section}, {u"title"_s, u"Text"_s}, {u"kind"_s, u"text"_s}},
                         {},
                         {}};
         }},
        {&endpoints::EditLesson, author,
         [freshDraft](Role) {
             return Call{"PATCH",
                         endpoints::EditLesson.url(freshDraft().lesson),
                         {{u"title"_s, u"Edited"_s}, {u"kind"_s, u"text"_s}},
                         {},
                         {}};
         }},
        {&endpoints::DeleteLesson, author,
         [freshDraft](Role) {
             return Call{"DELETE", endpoints::DeleteLesson.url(freshDraft().lesson), {}, {}, {}};
         }},
        {&endpoints::ReorderCourse, author,
         [freshDraft](Role) {
             const Draft d = freshDraft();
             return Call{
                 "PUT",
                 endpoints::ReorderCourse.url(d.course),
                 {{u"sections"_s, QJsonArray{QJsonObject{{u"id"_s, d.section}, {u"lessons"_s, QJsonArray{d.lesson}}}}}},
                 {},
                 {}};
         }},
        {&endpoints::StartUpload, author,
         [freshDraft](Role) {
             return Call{"POST",
                         endpoints::StartUpload.url(freshDraft().lesson),
                         {{u"bytes"_s, 10}, {u"sha256"_s, QString(64, u'a')}, {u"contentType"_s, u"video/webm"_s}},
                         {},
                         {}};
         }},
        // An upload is its uploader's (and the admins') to continue; to anyone else it does not exist.
        {&endpoints::UploadPiece, u"11444oo44"_s,
         [freshUpload](Role) {
             return Call{
                 "PUT",
                 endpoints::UploadPiece.url(freshUpload()),
                 {},
                 {},
                 clip,
                 {{"Content-Range", "bytes 0-" + QByteArray::number(clip.size() - 1) + '/' + QByteArray::number(clip.size())}}};
         }},
        {&endpoints::GetUpload, u"11444oo44"_s,
         [freshUpload](Role) {
             return Call{"GET", endpoints::GetUpload.url(freshUpload()), {}, {}, {}};
         }},
        {&endpoints::GetLesson, MemberTier, get(endpoints::GetLesson.url(2))},
        {&endpoints::AnswerQuiz, MemberTier,
         post(endpoints::AnswerQuiz.url(3), {{u"answers"_s, QJsonArray{QJsonArray{0}, QJsonArray{0}, QJsonArray{0}}}})},
        // The demo's one video of a members' course is its free preview: open to everyone signed in.
        {&endpoints::VideoLink, SignedIn, post(endpoints::VideoLink.url(1))},
        {&endpoints::LessonMedia, u"333333333"_s, get(endpoints::LessonMedia.url(1))},
        {&endpoints::MyHomework, MemberTier, get(endpoints::MyHomework.url(2))},
        {&endpoints::SubmitHomework, u"113ccccc3"_s,
         post(endpoints::SubmitHomework.url(2), {{u"body"_s, u"my answer"_s}})},
        {&endpoints::HomeworkToReview, Staff, get(endpoints::HomeworkToReview.url())},
        {&endpoints::ReviewHomework, u"11333cc33"_s,
         post(endpoints::ReviewHomework.url(m_homework), {{u"verdict"_s, u"pass"_s}, {u"comment"_s, u"good"_s}})},
        {&endpoints::MyNotifications, SignedIn, get(endpoints::MyNotifications.url())},
        {&endpoints::MarkNotificationsRead, SignedIn,
         post(endpoints::MarkNotificationsRead.url(), {{u"ids"_s, QJsonArray{}}})},
        {&endpoints::VerifyCertificate, u"444444444"_s, get(endpoints::VerifyCertificate.url(u"notacertificate"_s))},

        // Money. Nothing here changes a caller's tier: a trial of a tier that does not exist, a checkout
        // left pending, a code that does not exist.
        {&endpoints::StartTrial, u"11xxxxxxx"_s, post(endpoints::StartTrial.url(), {{u"tier"_s, u"gold"_s}})},
        {&endpoints::Checkout, SignedIn, post(endpoints::Checkout.url(), {{u"courseId"_s, 3}})},
        {&endpoints::PaymentWebhook, u"xxxxxxxxx"_s,
         post(endpoints::PaymentWebhook.url(), {{u"id"_s, u"evt"_s}, {u"type"_s, u"checkout.completed"_s}})},
        {&endpoints::DemoCheckout, u"444444444"_s, get(endpoints::DemoCheckout.url(u"cs_nothing"_s))},
        {&endpoints::MyPayments, SignedIn, get(endpoints::MyPayments.url())},
        {&endpoints::Redeem, u"114444444"_s, post(endpoints::Redeem.url(), {{u"code"_s, u"NOPE-NOPE-NOPE-NOPE"_s}})},
        {&endpoints::CreateCode, AdminOnly,
         post(endpoints::CreateCode.url(), {{u"kind"_s, u"days"_s}, {u"tier"_s, u"member"_s}, {u"amount"_s, 7}})},
        {&endpoints::ListCodes, AdminOnly, get(endpoints::ListCodes.url())},
        {&endpoints::ListMembers, AdminOnly, get(endpoints::ListMembers.url() + u"?limit=100"_s)},
        {&endpoints::ExportMembers, AdminOnly, get(endpoints::ExportMembers.url())},
        {&endpoints::SetMemberTier, AdminOnly,
         [this](Role) {
             return Call{"POST",
                         endpoints::SetMemberTier.url(m_userIds.value(u"canary_user"_s)),
                         {{u"tier"_s, u"member"_s}, {u"days"_s, 1}},
                         {},
                         {}};
         }},
        {&endpoints::MemberPayments, AdminOnly,
         [this](Role) {
             return Call{"GET", endpoints::MemberPayments.url(m_userIds.value(u"free"_s)), {}, {}, {}};
         }},
        // Accounts: a member made for it is banned, unbanned and kept a member; the log is read.
        {&endpoints::BanMember, AdminOnly,
         [this](Role) {
             return Call{"POST",
                         endpoints::BanMember.url(m_userIds.value(u"ban_target"_s)),
                         {{u"days"_s, 1}, {u"reason"_s, u"matrix"_s}},
                         {},
                         {}};
         }},
        {&endpoints::UnbanMember, AdminOnly,
         [this](Role) {
             return Call{"DELETE", endpoints::UnbanMember.url(m_userIds.value(u"ban_target"_s)), {}, {}, {}};
         }},
        {&endpoints::SetMemberRole, AdminOnly,
         [this](Role) {
             return Call{"POST",
                         endpoints::SetMemberRole.url(m_userIds.value(u"ban_target"_s)),
                         {{u"role"_s, u"member"_s}},
                         {},
                         {}};
         }},
        {&endpoints::IssueResetCode, AdminOnly,
         [this](Role) {
             return Call{"POST", endpoints::IssueResetCode.url(m_userIds.value(u"canary_user"_s)), {}, {}, {}};
         }},
        {&endpoints::AuditLog, AdminOnly, get(endpoints::AuditLog.url())},
        {&endpoints::ExportAuditLog, AdminOnly, get(endpoints::ExportAuditLog.url())},
        // Moderation: everyone signed in reports (once: the second go is a 409), the staff decide.
        {&endpoints::ReportContent, u"11ccccccc"_s,
         [this](Role) {
             return Call{"POST",
                         endpoints::ReportContent.url(),
                         {{u"kind"_s, u"comment"_s}, {u"id"_s, m_reportable}, {u"reason"_s, u"matrix"_s}},
                         {},
                         {}};
         }},
        {&endpoints::ModerationQueue, Staff, get(endpoints::ModerationQueue.url())},
        {&endpoints::ResolveReport, Staff,
         [freshReport](Role) {
             return Call{"POST", endpoints::ResolveReport.url(freshReport()), {{u"action"_s, u"dismiss"_s}}, {}, {}};
         }},

        {&endpoints::MyStanding, SignedIn, get(endpoints::MyStanding.url())},
        {&endpoints::MyPoints, SignedIn, get(endpoints::MyPoints.url())},
        {&endpoints::CheckIn, u"11ccccccc"_s, post(endpoints::CheckIn.url())},
        {&endpoints::MyCheckins, SignedIn,
         get(endpoints::MyCheckins.url() + u"?month="_s + QDateTime::currentDateTimeUtc().toString(u"yyyy-MM"_s))},
        {&endpoints::SetTimezone, SignedIn, post(endpoints::SetTimezone.url(), {{u"timezone"_s, u"UTC"_s}})},
        {&endpoints::Leaderboard, SignedIn, get(endpoints::Leaderboard.url())},

        {&endpoints::ListQuestions, SignedIn, get(endpoints::ListQuestions.url())},
        {&endpoints::AskQuestion, MemberTier,
         post(endpoints::AskQuestion.url(), {{u"title"_s, u"Q"_s}, {u"body"_s, u"?"_s}})},
        {&endpoints::GetQuestion, MemberTier, get(endpoints::GetQuestion.url(m_question))},
        {&endpoints::AnswerQuestion, MemberTier,
         post(endpoints::AnswerQuestion.url(m_question), {{u"body"_s, u"An answer"_s}})},
        {&endpoints::VoteAnswer, MemberTier, post(endpoints::VoteAnswer.url(m_answer), {{u"value"_s, 1}})},
        {&endpoints::FeatureAnswer, Staff, post(endpoints::FeatureAnswer.url(m_answer), {{u"featured"_s, true}})},
        // Only the asker (the member) accepts, once.
        {&endpoints::AcceptAnswer, u"113c33333"_s, post(endpoints::AcceptAnswer.url(m_answer))},
        {&endpoints::ListEvents, SignedIn, get(endpoints::ListEvents.url())},
        {&endpoints::CreateEvent, Staff,
         post(endpoints::CreateEvent.url(),
              {{u"title"_s, u"E"_s},
               {u"startsAt"_s, QDateTime::currentDateTimeUtc().addDays(9).toString(Qt::ISODate)},
               {u"timezone"_s, u"UTC"_s},
               {u"capacity"_s, 5},
               {u"joinUrl"_s, u"https://meet.example.org/e"_s}})},
        // Each change on an event of the author's own, made for the call.
        {&endpoints::UpdateEvent, u"11333oo33"_s,
         [this](Role) {
             const QJsonObject event{{u"title"_s, u"E"_s},
                                     {u"startsAt"_s, QDateTime::currentDateTimeUtc().addDays(9).toString(Qt::ISODate)},
                                     {u"timezone"_s, u"UTC"_s},
                                     {u"capacity"_s, 5},
                                     {u"joinUrl"_s, u"https://meet.example.org/e"_s}};
             const qint64 id =
                 as(Author).post(endpoints::CreateEvent.url(), event).json[u"event"_s][u"id"_s].toInteger();
             QJsonObject changed = event;
             changed[u"capacity"_s] = 8;
             return Call{"PATCH", endpoints::UpdateEvent.url(id), changed, {}, {}};
         }},
        {&endpoints::Rsvp, PremiumTier, post(endpoints::Rsvp.url(m_event), {{u"going"_s, true}})},
        {&endpoints::SendFeedback, SignedIn,
         post(endpoints::SendFeedback.url(), {{u"kind"_s, u"bug"_s}, {u"body"_s, u"x"_s}})},
        {&endpoints::ListFeedback, AdminOnly, get(endpoints::ListFeedback.url())},
        {&endpoints::MyFeedback, SignedIn, get(endpoints::MyFeedback.url())},
        {&endpoints::AnswerFeedback, AdminOnly,
         post(endpoints::AnswerFeedback.url(m_feedback), {{u"answer"_s, u"Thanks!"_s}})},

        {&endpoints::ReportUsage, SignedIn,
         [](Role) {
             return Call{"POST",
                         endpoints::ReportUsage.url(),
                         {{u"events"_s,
                           QJsonArray{QJsonObject{{u"id"_s, newId()},
                                                  {u"kind"_s, u"like"_s},
                                                  {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}}}},
                         {},
                         {}};
         }},
        {&endpoints::AnalyticsReport, AdminOnly,
         [](Role) {
             const QDate today = QDateTime::currentDateTimeUtc().date();
             return Call{"GET",
                         endpoints::AnalyticsReport.url() +
                             u"?from=%1&to=%2&granularity=week"_s.arg(today.addDays(-30).toString(Qt::ISODate),
                                                                      today.toString(Qt::ISODate)),
                         {},
                         {},
                         {}};
         }},
        {&endpoints::WeightHistory, AdminOnly, get(endpoints::WeightHistory.url())},
        {&endpoints::SetWeights, AdminOnly,
         post(endpoints::SetWeights.url(), {{u"alpha"_s, 1}, {u"beta"_s, 1}, {u"gamma"_s, 1}})},
        {&endpoints::MyActivity, SignedIn,
         [](Role) {
             const QDate today = QDateTime::currentDateTimeUtc().date();
             return Call{"GET",
                         endpoints::MyActivity.url() + u"?from=%1&to=%2"_s.arg(today.addDays(-7).toString(Qt::ISODate),
                                                                               today.toString(Qt::ISODate)),
                         {},
                         {},
                         {}};
         }},
    };
}

QTEST_GUILESS_MAIN(TestServerAuthMatrix)
#include "tst_server_authmatrix.moc"
