#include "protocol/endpoints.h"
#include "protocol/endpoints/testing.h"
#include "protocol/errorcodes.h"
#include "protocol/jsonreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guild::protocol;

using Decoder = std::optional<ApiError> (*)(const QJsonObject &);
Q_DECLARE_METATYPE(Decoder)

// The typed contract itself: descriptors that agree with their types, request decoders that hold the
// server's rules, envelopes that read back what they write, and queries that survive a URL.
class TestContract : public QObject
{
    Q_OBJECT

    /// Why `json` does not decode as T, if it does not.
    template <typename T>
    static std::optional<ApiError> refusal(const QJsonObject &json)
    {
        ApiError error;
        return T::fromJson(json, &error) ? std::nullopt : std::optional<ApiError>(error);
    }

    template <typename T>
    static std::optional<T> decode(const QJsonObject &json, ApiError *error = nullptr)
    {
        ApiError ignored;
        return T::fromJson(json, error ? error : &ignored);
    }

private Q_SLOTS:
    void descriptors_agreeWithTheirMethods()
    {
        int keyed = 0;
        for (const Route *route : endpoints::All) {
            const QString name = QString(methodName(route->method)) + u' ' + QString(route->path);
            QVERIFY2(route->path.startsWith(QLatin1StringView("/")), qPrintable(name));
            QVERIFY2(QString::fromUtf8(route->summary).size() > 5, qPrintable(name));
            QVERIFY2(!(route->takesId() && route->takesKey()), qPrintable(name));
            // Every POST runs once per Idempotency-Key, except those whose answers are credentials.
            const bool post = route->method == HttpMethod::Post;
            QCOMPARE(route->idempotency() == Idempotency::Keyed, post && !route->credentials);
            keyed += route->idempotency() == Idempotency::Keyed;
        }
        QVERIFY(keyed > 30);
        // Created answers come from POSTs; an empty answer is a 204.
        QCOMPARE(endpoints::CreateArticle.successStatus, 201);
        QCOMPARE(endpoints::CreateArticle.method, HttpMethod::Post);
        QCOMPARE(endpoints::DeleteArticle.successStatus, 204);
        QCOMPARE(endpoints::GetArticle.successStatus, 200);
        QCOMPARE(endpoints::Login.idempotency(), Idempotency::Never);
        QCOMPARE(endpoints::ListArticles.idempotency(), Idempotency::Natural);
    }

    void descriptors_buildTheirPaths()
    {
        QCOMPARE(endpoints::GetArticle.url(42), u"/api/v1/articles/42"_s);
        QCOMPARE(endpoints::ListArticles.url(), u"/api/v1/articles"_s);
        // A text key is percent-encoded: it cannot leave its path segment.
        QCOMPARE(endpoints::VerifyCertificate.url(u"A/B?c"_s), u"/api/v1/certificates/A%2FB%3Fc"_s);
    }

    void requests_refuseWrongTypesWithTheField_data()
    {
        QTest::addColumn<Decoder>("decoder");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("comment not a string") << &refusal<CommentRequest> << QByteArray(R"({"body": 5})") << u"body"_s;
        QTest::newRow("comment missing") << &refusal<CommentRequest> << QByteArray(R"({})") << u"body"_s;
        QTest::newRow("vote out of range") << &refusal<VoteRequest> << QByteArray(R"({"value": 2})") << u"value"_s;
        QTest::newRow("feature not a bool")
            << &refusal<FeatureRequest> << QByteArray(R"({"featured": "yes"})") << u"featured"_s;
        QTest::newRow("event time")
            << &refusal<EventInput> << QByteArray(R"({"title":"t","startsAt":"soon","timezone":"UTC","joinUrl":"u"})")
            << u"startsAt"_s;
        QTest::newRow("review verdict") << &refusal<HomeworkReview> << QByteArray(R"({"verdict": "maybe"})")
                                        << u"verdict"_s;
        QTest::newRow("weights negative")
            << &refusal<WeightsRequest> << QByteArray(R"({"alpha": -1, "beta": 1, "gamma": 1})") << u"alpha"_s;
        QTest::newRow("mark read ids") << &refusal<MarkReadRequest> << QByteArray(R"({"ids": [1, "2"]})") << u"ids"_s;
        QTest::newRow("progress item")
            << &refusal<ProgressBatch> << QByteArray(R"({"items": [{"lessonId": 1, "done": 1}]})") << u"done"_s;
        QTest::newRow("poll inside an article")
            << &refusal<ArticleInput> << QByteArray(R"({"poll": {"question": ""}})") << u"question"_s;
    }

    void requests_refuseWrongTypesWithTheField()
    {
        QFETCH(Decoder, decoder);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ApiError parseError;
        const std::optional<ApiError> error = decoder(*JsonReader::parseObject(body, &parseError));
        QVERIFY(error.has_value());
        QCOMPARE(error->status, 400);
        QCOMPARE(error->code, QString(errors::InvalidField));
        QVERIFY2(error->message.contains(u'\'' + field + u'\''), qPrintable(error->message));
    }

    void check_runsTheServersRulesOnTheClient()
    {
        QVERIFY(!check(CommentRequest{u"fine"_s}).has_value());
        const auto empty = check(CommentRequest{QString()});
        QVERIFY(empty.has_value());
        QCOMPARE(empty->code, QString(errors::InvalidField));
        ArticleInput tooManyTags;
        tooManyTags.tags = QStringList(20, u"tag"_s);
        QVERIFY(check(tooManyTags).has_value());
        QVERIFY(check(FeedRequest{QString(), QString(), 500, false}).has_value()); // limit above the page size
        QVERIFY(!check(FeedRequest{}).has_value());
        QVERIFY(!check(NoRequest{}).has_value());
    }

    void articleInput_sendsOnlyWhatIsSet()
    {
        ArticleInput edit;
        edit.title = u"New title"_s;
        QCOMPARE(edit.toJson(), (QJsonObject{{u"title"_s, u"New title"_s}}));
        ArticleInput full;
        full.title = u"T"_s;
        full.body = u"B"_s;
        full.requiredTier = Tier::Premium;
        full.featured = false;
        full.publishAt = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
        full.poll = PollDraft{u"Q?"_s, {u"a"_s, u"b"_s}, true, {}};
        const auto back = decode<ArticleInput>(full.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->toJson(), full.toJson());
        QCOMPARE(*back->requiredTier, Tier::Premium);
        QCOMPARE(*back->featured, false);
        QVERIFY(!back->pinned.has_value());
        QCOMPARE(back->poll->options, (QStringList{u"a"_s, u"b"_s}));
    }

    void checkout_isACourseOrATier()
    {
        CheckoutRequest course;
        course.courseId = 7;
        QCOMPARE(course.toJson(), (QJsonObject{{u"courseId"_s, 7}}));
        QVERIFY(!decode<CheckoutRequest>({{u"courseId"_s, u"7"_s}}).has_value());
        QVERIFY(!decode<CheckoutRequest>({{u"tier"_s, u"member"_s}}).has_value()); // no period
        const auto tier = decode<CheckoutRequest>({{u"tier"_s, u"member"_s}, {u"period"_s, u"year"_s}});
        QVERIFY(tier.has_value());
        QCOMPARE(tier->courseId, 0);
    }

    void envelopes_readBackWhatTheyWrite()
    {
        Comment comment;
        comment.id = 3;
        comment.authorName = u"ann"_s;
        comment.body = u"hi"_s;
        comment.createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        const CommentReply one(comment);
        QCOMPARE(one.toJson().keys(), QStringList{u"comment"_s});
        QCOMPARE(CommentReply::fromJson(one.toJson())->value.body, u"hi"_s);
        QVERIFY(!CommentReply::fromJson({}).has_value());

        // A list skips the items it cannot read, and refuses a missing list.
        QJsonObject list = CommentList({comment, comment}).toJson();
        QJsonArray items = list[u"comments"_s].toArray();
        items.insert(1, QJsonObject{{u"id"_s, u"not a comment"_s}});
        list[u"comments"_s] = items;
        QCOMPARE(CommentList::fromJson(list)->items.size(), 2);
        QVERIFY(!CommentList::fromJson({{u"comments"_s, 5}}).has_value());

        // Plain values too.
        QCOMPARE(DayList(QStringList{u"2026-11-30"_s}).toJson(),
                 (QJsonObject{{u"days"_s, QJsonArray{u"2026-11-30"_s}}}));
        QCOMPARE(ClockReply::fromJson({{u"nowMs"_s, 12.5}}).has_value(), false);
        QCOMPARE(ClockReply::fromJson({{u"nowMs"_s, 12}})->value, 12);
    }

    void queries_surviveAUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"qt"_s;
        QTest::newRow("delimiters") << u"a&b=c#d"_s;
        QTest::newRow("plus and percent") << u"c++ 100%25"_s;
        QTest::newRow("chinese") << u"李白 诗"_s;
    }

    void queries_surviveAUrl()
    {
        QFETCH(QString, text);
        const FeedRequest sent{u"cursor"_s, text, 30, true};
        // What ApiClient does, and what the server reads.
        const QUrlQuery received(sent.toQuery().toString(QUrl::FullyEncoded));
        ApiError error;
        const auto read = FeedRequest::fromQuery(received, &error);
        QVERIFY2(read.has_value(), qPrintable(error.message));
        QCOMPARE(read->tag, text);
        QCOMPARE(read->limit, 30);
        QVERIFY(read->featuredOnly);
        const auto members = MembersRequest::fromQuery(
            QUrlQuery(MembersRequest{text, 10}.toQuery().toString(QUrl::FullyEncoded)), &error);
        QCOMPARE(members->search, text);
    }

    void queries_refuseMalformedValues()
    {
        ApiError error;
        QVERIFY(!FeedRequest::fromQuery(QUrlQuery(u"limit=abc"_s), &error));
        QVERIFY(error.message.contains(u"'limit'"_s));
        QVERIFY(!FeedRequest::fromQuery(QUrlQuery(u"featured=maybe"_s), &error));
        QVERIFY(!HistoryRequest::fromQuery(QUrlQuery(u"before=-1"_s), &error));
        QVERIFY(!ReportRequest::fromQuery(QUrlQuery(u"from=yesterday"_s), &error));
        // Absent means the default.
        const auto defaults = FeedRequest::fromQuery(QUrlQuery(), &error);
        QCOMPARE(defaults->limit, 20);
        QVERIFY(!HistoryRequest::fromQuery(QUrlQuery(), &error)->after.has_value());
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
