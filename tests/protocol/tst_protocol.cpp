#include "protocol/api/articles.h"
#include "protocol/chatframes.h"
#include "protocol/jsonreader.h"
#include "protocol/jsonwriter.h"
#include "protocol/serverframes.h"
#include "protocol/types.h"
#include "protocol/utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace guild::protocol;

class TestProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void feedPages_writtenStraight_areTheBytesQtWrites()
    {
        // JsonWriter against QJsonDocument over hostile text: quotes, backslashes, every control
        // character, CJK, emoji, a lone surrogate, empty and null values (fixed seed).
        QRandomGenerator random(42);
        const QList<QString> pieces{u"\""_s,         u"\\"_s,       u"/"_s,
                                    u"\n\r\t\b\f"_s, u"中文标题"_s, u"😀"_s,
                                    u"é"_s,          u"<script>"_s, QString(QChar(0xD800)),
                                    u" "_s,          u"\u2028"_s,   QString(QChar(0x7f)),
                                    u"plain words"_s};
        const auto text = [&] {
            QString t;
            for (int n = int(random.bounded(6)); n > 0; --n) {
                if (random.bounded(4) == 0) {
                    t += QChar(char16_t(random.bounded(0x20)));
                } else {
                    t += pieces.at(random.bounded(pieces.size()));
                }
            }
            return t;
        };
        for (int round = 0; round < 200; ++round) {
            FeedPage page;
            for (int i = int(random.bounded(4)); i > 0; --i) {
                Article a;
                a.id = qint64(random.generate64() >> 12);
                a.title = text();
                a.summary = text();
                a.authorName = text();
                a.hasBody = random.bounded(2) == 1;
                a.body = text();
                for (int t = int(random.bounded(3)); t > 0; --t) {
                    a.tags.append(text());
                }
                a.requiredTier = Tier(random.bounded(3));
                a.locked = random.bounded(2) == 1;
                a.likeCount = int(random.bounded(100000));
                a.commentCount = int(random.bounded(100));
                a.likedByMe = random.bounded(2) == 1;
                a.featured = random.bounded(2) == 1;
                a.pinned = random.bounded(2) == 1;
                a.scheduled = random.bounded(2) == 1;
                a.hasPoll = random.bounded(2) == 1;
                a.publishedAt = random.bounded(5) == 0
                                    ? QDateTime()
                                    : QDateTime::fromMSecsSinceEpoch(random.bounded(4'000'000'000'000LL), Qt::UTC);
                a.updatedAt = a.publishedAt;
                page.articles.append(a);
            }
            page.nextCursor = random.bounded(2) == 1 ? text() : QString();
            JsonWriter writer;
            page.writeJson(writer);
            const QByteArray written = writer.take();
            const QByteArray expected = QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact);
            if (written != expected) {
                qsizetype at = 0;
                while (at < written.size() && at < expected.size() && written[at] == expected[at]) {
                    ++at;
                }
                qWarning() << "differs at" << at << written.mid(at - 20, 60) << expected.mid(at - 20, 60);
            }
            QCOMPARE(written, expected);
        }
    }

    void isoTimes_areWhatQtWrites_toTheMillisecond()
    {
        // The hand-written formatter against Qt's own, over the epoch, leap days, centuries, the ends
        // of the range and a spread of random instants (fixed seed).
        QList<qint64> instants{0,
                               -1,
                               1,
                               951'782'400'000,   // 2000-02-29
                               4'107'542'399'999, // 2100-02-28T23:59:59.999
                               -62'135'596'800'000,
                               253'402'300'799'999,
                               1'796'094'223'980};
        QRandomGenerator random(16);
        for (int i = 0; i < 20'000; ++i) {
            instants.append(random.bounded(-62'135'596'800'000LL, 253'402'300'799'999LL));
        }
        for (const qint64 ms : std::as_const(instants)) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(toIsoUtc(time), time.toString(Qt::ISODateWithMs));
            QCOMPARE(toIsoUtc(time.toTimeZone(QTimeZone(3600 * 8))), time.toString(Qt::ISODateWithMs));
        }
        QCOMPARE(toIsoUtc(QDateTime()), QString());
        const QDateTime farPast = QDateTime::fromMSecsSinceEpoch(-62'135'596'800'001LL, Qt::UTC); // year 0
        QCOMPARE(toIsoUtc(farPast), farPast.toString(Qt::ISODateWithMs));
    }

    void article_roundTrip_keepsEveryField()
    {
        Article a;
        a.id = 42;
        a.title = u"深入理解 C++"_s;
        a.summary = u"summary"_s;
        a.body = u"```cpp\nint main() {}\n```"_s;
        a.hasBody = true;
        a.authorName = u"李老师"_s;
        a.tags = {u"cpp"_s, u"性能"_s};
        a.requiredTier = Tier::Premium;
        a.likeCount = 3;
        a.commentCount = 2;
        a.publishedAt = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        a.updatedAt = a.publishedAt.addSecs(60);
        const auto back = Article::fromJson(a.toJson());
        QVERIFY(back);
        QCOMPARE(back->title, a.title);
        QCOMPARE(back->body, a.body);
        QVERIFY(back->hasBody);
        QCOMPARE(back->tags, a.tags);
        QCOMPARE(back->requiredTier, Tier::Premium);
        QCOMPARE(back->publishedAt, a.publishedAt);
        QCOMPARE(back->likeCount, 3);
    }

    void article_withoutBody_hasBodyFalse()
    {
        Article a;
        a.id = 1;
        a.title = u"t"_s;
        const auto back = Article::fromJson(a.toJson());
        QVERIFY(back);
        QVERIFY(!back->hasBody);
    }

    void article_unknownTier_rejected()
    {
        QJsonObject json = Article{}.toJson();
        json[u"title"_s] = u"x"_s;
        json[u"requiredTier"_s] = u"gold"_s;
        QVERIFY(!Article::fromJson(json));
    }

    void authTokens_missingUser_rejected()
    {
        QVERIFY(!AuthTokens::fromJson({{u"accessToken"_s, u"a"_s}, {u"refreshToken"_s, u"b"_s}}));
    }

    void syncPage_roundTrip()
    {
        SyncPage page;
        Article a;
        a.id = 7;
        a.title = u"x"_s;
        page.upserts = {a};
        page.deletedArticleIds = {3, 4};
        page.nextToken = u"1.9.0"_s;
        page.hasMore = true;
        const auto back = SyncPage::fromJson(page.toJson());
        QVERIFY(back);
        QCOMPARE(back->upserts.size(), 1);
        QCOMPARE(back->deletedArticleIds, (QList<qint64>{3, 4}));
        QCOMPARE(back->nextToken, u"1.9.0"_s);
        QVERIFY(back->hasMore);
    }

    void utf8_strict_rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("hello") << true;
        QTest::newRow("chinese") << QString(u"知识星球"_s).toUtf8() << true;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("truncated") << QByteArray("\xe4\xb8") << false;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("latin1") << QByteArray("caf\xe9") << false;
    }
    void utf8_strict_rejectsMalformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(decodeUtf8Strict(bytes).has_value(), valid);
    }

    void jsonReader_wrongTypes_reportField()
    {
        ApiError error;
        const auto object = JsonReader::parseObject(R"({"username": 5, "password": "x"})", &error);
        QVERIFY(object);
        JsonReader reader(*object);
        reader.requiredString("username"_L1, 1, 32);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().status, 400);
        QCOMPARE(reader.error().code, u"invalid_field"_s);
        QVERIFY(reader.error().message.contains(u"username"_s));
    }

    void jsonReader_notAnObject_badJson()
    {
        ApiError error;
        QVERIFY(!JsonReader::parseObject("[1,2]", &error));
        QCOMPARE(error.code, u"bad_json"_s);
        QVERIFY(!JsonReader::parseObject("{\"a\":", &error));
        QCOMPARE(error.code, u"bad_json"_s);
        QVERIFY(!JsonReader::parseObject("{\"a\":\"\xff\"}", &error));
        QCOMPARE(error.code, u"invalid_utf8"_s);
    }

    void jsonReader_integerBounds()
    {
        JsonReader reader(QJsonObject{{u"n"_s, 1.5}});
        QVERIFY(!reader.optionalInteger("n"_L1, 0, 10));
        QVERIFY(!reader.ok());
        JsonReader ok(QJsonObject{{u"n"_s, 7}});
        QCOMPARE(ok.optionalInteger("n"_L1, 0, 10), 7);
    }

    void apiError_fromForeignBody_keepsStatus()
    {
        const ApiError e = ApiError::fromResponse(502, "<html>bad gateway</html>");
        QCOMPARE(e.status, 502);
        QCOMPARE(e.code, u"internal"_s);
    }

    void chatFrames_decodeStrictly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error"); // empty: decodes
        QTest::newRow("send") << QByteArray(R"({"type":"send","channelId":1,"clientId":"c1","body":"hi"})")
                              << QString();
        QTest::newRow("send, fractional channel")
            << QByteArray(R"({"type":"send","channelId":1.5,"clientId":"c1","body":"hi"})") << u"bad_frame"_s;
        QTest::newRow("send, reply not a number")
            << QByteArray(R"({"type":"send","channelId":1,"clientId":"c","body":"b","replyTo":"7"})") << u"bad_frame"_s;
        QTest::newRow("resume") << QByteArray(
                                       R"({"type":"resume","channels":[{"channelId":1,"lastSeq":0,"lastRev":3}]})")
                                << QString();
        QTest::newRow("resume, negative seq")
            << QByteArray(R"({"type":"resume","channels":[{"channelId":1,"lastSeq":-1}]})") << u"bad_frame"_s;
        QTest::newRow("react without emoji") << QByteArray(R"({"type":"react","messageId":4})") << u"bad_frame"_s;
        QTest::newRow("delete") << QByteArray(R"({"type":"delete","messageId":4})") << QString();
        QTest::newRow("presence, odd status") << QByteArray(R"({"type":"presence","status":"busy"})") << u"bad_frame"_s;
        QTest::newRow("auth, token a number") << QByteArray(R"({"type":"auth","token":5})") << u"auth_failed"_s;
        QTest::newRow("unknown type") << QByteArray(R"({"type":"shutdown"})") << u"unknown_type"_s;
        QTest::newRow("not an object") << QByteArray("[1,2]") << u"bad_frame"_s;
        QTest::newRow("not JSON") << QByteArray("{\"type\":") << u"bad_frame"_s;
        QTest::newRow("too large") << QByteArray(70 * 1024, ' ') << u"too_large"_s;
    }

    void chatFrames_decodeStrictly()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto decoded = guild::protocol::chat::decodeClientFrame(QByteArrayView(text));
        if (error.isEmpty()) {
            QVERIFY(std::holds_alternative<guild::protocol::chat::ClientFrame>(decoded));
        } else {
            QVERIFY(std::holds_alternative<guild::protocol::chat::FrameError>(decoded));
            QCOMPARE(std::get<guild::protocol::chat::FrameError>(decoded).code, error);
        }
    }

    void serverFrames_readBackWhatTheServerWrites()
    {
        using namespace guild::protocol::chat;
        Message m;
        m.id = 9;
        m.channelId = 2;
        m.seq = 5;
        m.clientId = u"c-1"_s;
        m.senderId = 3;
        m.senderName = u"ann"_s;
        m.body = u"你好"_s;
        m.createdAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
        Channel lounge;
        lounge.id = 2;
        lounge.name = u"lounge"_s;
        const QList<ServerFrame> frames{
            ReadyFrame{1,
                       guild::protocol::User{3, u"ann"_s, u"Ann"_s, guild::protocol::Role::Member},
                       {lounge},
                       {NotifyPref{2, 0, NotifyLevel::Muted}},
                       {PresenceNotice{4, u"bo"_s, u"away"_s}}},
            AckFrame{u"c-1"_s, 9, 2, 5, m.createdAt, true},
            MessageNewFrame{m},
            MessageUpdatedFrame{m},
            ChangesFrame{2, {m}, 17, true},
            HistoryFrame{2, {m, m}, false},
            ChannelNewFrame{lounge},
            ChannelRemovedFrame{2, u"membership_required"_s},
            TypingNotice{2, 4, u"bo"_s},
            PresenceNotice{4, u"bo"_s, u"offline"_s},
            ReadNotice{2, 5},
            NotifyPref{2, 9, NotifyLevel::Mentions},
            PongFrame{QJsonValue(u"r1"_s)},
            RenewedFrame{m.createdAt},
            ErrorFrame{u"rate_limited"_s, u"Slow down."_s, u"c-2"_s, 3},
        };
        for (const ServerFrame &frame : frames) {
            const QByteArray text = encode(frame);
            const auto back = decodeServerFrame(text);
            QVERIFY2(back.has_value(), text.constData());
            QCOMPARE(back->index(), frame.index());
            QCOMPARE(encode(*back), text);
        }
        QVERIFY(!decodeServerFrame("{\"type\":\"from.the.future\"}").has_value());
        QVERIFY(!decodeServerFrame("{\"type\":\"ack\",\"id\":\"x\"}").has_value());
    }

    void clientFrames_encodeWhatTheServerDecodes()
    {
        using namespace guild::protocol::chat;
        const QList<ClientFrame> frames{
            AuthFrame{u"t"_s},
            SendFrame{2, u"c-1"_s, u"hi"_s, 7},
            ResumeFrame{{{2, 5, 11}, {3, 0, std::nullopt}}},
            PingFrame{},
            ReadFrame{2, 5},
            TypingFrame{2},
            PresenceFrame{true},
            DirectFrame{u"bo"_s},
            ChangeFrame{ChangeFrame::Kind::React, 9, {}, u"👍"_s, false},
            ChangeFrame{ChangeFrame::Kind::Edit, 9, u"new"_s, {}, true},
            NotifyPref{2, 0, NotifyLevel::All},
        };
        for (const ClientFrame &frame : frames) {
            const QByteArray text = encode(frame);
            const auto back = decodeClientFrame(QByteArrayView(text));
            QVERIFY2(std::holds_alternative<ClientFrame>(back), text.constData());
            QCOMPARE(std::get<ClientFrame>(back).index(), frame.index());
            QCOMPARE(encode(std::get<ClientFrame>(back)), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
