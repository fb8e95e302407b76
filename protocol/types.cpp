#include "types.h"

#include "jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guild::protocol {

namespace {

bool hasString(const QJsonObject &json, const QString &key)
{
    return json.value(key).isString();
}

bool hasNumber(const QJsonObject &json, const QString &key)
{
    return json.value(key).isDouble();
}

qint64 toId(const QJsonValue &value)
{
    // Not a cast of the double: a number beyond 64 bits (a hostile or broken server) is undefined there.
    return value.toInteger(0);
}

} // namespace

QString toIsoUtc(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    // What QDateTime::toString(Qt::ISODateWithMs) writes for UTC, by hand: Qt's took a fifth of the
    // time of encoding a feed page (docs/performance.md). Days to a civil date as in Howard Hinnant's
    // chrono algorithms.
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 days = ms / 86'400'000;
    qint64 inDay = ms % 86'400'000;
    if (inDay < 0) {
        inDay += 86'400'000;
        --days;
    }
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const auto dayOfEra = static_cast<unsigned>(z - era * 146'097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = static_cast<qint64>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) { // Qt writes nothing for years before 1
        return time.toUTC().toString(Qt::ISODateWithMs);
    }
    char16_t text[24];
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, inDay / 3'600'000, 2);
    text[13] = u':';
    put(14, inDay / 60'000 % 60, 2);
    text[16] = u':';
    put(17, inDay / 1000 % 60, 2);
    text[19] = u'.';
    put(20, inDay % 1000, 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

QDateTime fromIsoUtc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QJsonObject User::toJson() const
{
    return {{u"id"_s, id}, {u"username"_s, username}, {u"displayName"_s, displayName}, {u"role"_s, roleCode(role)}};
}

std::optional<User> User::fromJson(const QJsonObject &json)
{
    const auto role = roleFromCode(json.value(u"role"_s).toString());
    if (!hasNumber(json, u"id"_s) || !hasString(json, u"username"_s) || !role) {
        return std::nullopt;
    }
    return User{toId(json.value(u"id"_s)), json.value(u"username"_s).toString(),
                json.value(u"displayName"_s).toString(), *role};
}

QJsonObject Membership::toJson() const
{
    QJsonObject json{{u"tier"_s, tierCode(tier)}, {u"active"_s, active}, {u"inGrace"_s, inGrace}};
    json.insert(u"expiresAt"_s, expiresAt.isValid() ? QJsonValue(toIsoUtc(expiresAt)) : QJsonValue());
    return json;
}

std::optional<Membership> Membership::fromJson(const QJsonObject &json)
{
    const auto tier = tierFromCode(json.value(u"tier"_s).toString());
    if (!tier) {
        return std::nullopt;
    }
    return Membership{*tier, fromIsoUtc(json.value(u"expiresAt"_s).toString()), json.value(u"active"_s).toBool(true),
                      json.value(u"inGrace"_s).toBool()};
}

QJsonObject TierInfo::toJson() const
{
    return {{u"tier"_s, tierCode(tier)},
            {u"name"_s, name},
            {u"description"_s, description},
            {u"monthlyPriceCents"_s, monthlyPriceCents},
            {u"yearlyPriceCents"_s, yearlyPriceCents},
            {u"trialDays"_s, trialDays},
            {u"benefits"_s, QJsonArray::fromStringList(benefits)},
            {u"features"_s, QJsonArray::fromStringList(features)},
            {u"currency"_s, currency},
            {u"retired"_s, retired}};
}

std::optional<TierInfo> TierInfo::fromJson(const QJsonObject &json)
{
    const auto tier = tierFromCode(json.value(u"tier"_s).toString());
    if (!tier || !hasString(json, u"name"_s)) {
        return std::nullopt;
    }
    TierInfo t;
    t.tier = *tier;
    t.name = json.value(u"name"_s).toString();
    t.description = json.value(u"description"_s).toString();
    t.monthlyPriceCents = toId(json.value(u"monthlyPriceCents"_s));
    t.yearlyPriceCents = toId(json.value(u"yearlyPriceCents"_s));
    t.trialDays = json.value(u"trialDays"_s).toInt();
    for (const QJsonValue &v : json.value(u"benefits"_s).toArray()) {
        t.benefits.append(v.toString());
    }
    for (const QJsonValue &v : json.value(u"features"_s).toArray()) {
        t.features.append(v.toString());
    }
    // Servers before tier editing sold in yuan only.
    t.currency = json.value(u"currency"_s).toString(u"CNY"_s);
    t.retired = json.value(u"retired"_s).toBool();
    return t;
}

QJsonObject Article::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"title"_s, title},
                     {u"summary"_s, summary},
                     {u"author"_s, authorName},
                     {u"tags"_s, QJsonArray::fromStringList(tags)},
                     {u"requiredTier"_s, tierCode(requiredTier)},
                     {u"locked"_s, locked},
                     {u"likes"_s, likeCount},
                     {u"comments"_s, commentCount},
                     {u"likedByMe"_s, likedByMe},
                     {u"featured"_s, featured},
                     {u"pinned"_s, pinned},
                     {u"scheduled"_s, scheduled},
                     {u"hasPoll"_s, hasPoll},
                     {u"publishedAt"_s, toIsoUtc(publishedAt)},
                     {u"updatedAt"_s, toIsoUtc(updatedAt)}};
    if (hasBody) {
        json.insert(u"body"_s, body);
    }
    return json;
}

void Article::writeJson(JsonWriter &w) const
{
    // Keys in the order QJsonObject keeps them (sorted), so the bytes are toJson()'s.
    w.beginObject();
    w.member("author"_L1, authorName);
    if (hasBody) {
        w.member("body"_L1, body);
    }
    w.member("comments"_L1, commentCount);
    w.member("featured"_L1, featured);
    w.member("hasPoll"_L1, hasPoll);
    w.member("id"_L1, id);
    w.member("likedByMe"_L1, likedByMe);
    w.member("likes"_L1, likeCount);
    w.member("locked"_L1, locked);
    w.member("pinned"_L1, pinned);
    w.member("publishedAt"_L1, toIsoUtc(publishedAt));
    w.member("requiredTier"_L1, tierCode(requiredTier));
    w.member("scheduled"_L1, scheduled);
    w.member("summary"_L1, summary);
    w.key("tags"_L1);
    w.beginArray();
    for (const QString &tag : tags) {
        w.value(tag);
    }
    w.endArray();
    w.member("title"_L1, title);
    w.member("updatedAt"_L1, toIsoUtc(updatedAt));
    w.endObject();
}

std::optional<Article> Article::fromJson(const QJsonObject &json)
{
    const auto tier = tierFromCode(json.value(u"requiredTier"_s).toString());
    if (!hasNumber(json, u"id"_s) || !hasString(json, u"title"_s) || !tier) {
        return std::nullopt;
    }
    Article a;
    a.id = toId(json.value(u"id"_s));
    a.title = json.value(u"title"_s).toString();
    a.summary = json.value(u"summary"_s).toString();
    a.hasBody = hasString(json, u"body"_s);
    a.body = json.value(u"body"_s).toString();
    a.authorName = json.value(u"author"_s).toString();
    for (const QJsonValue &tag : json.value(u"tags"_s).toArray()) {
        a.tags.append(tag.toString());
    }
    a.requiredTier = *tier;
    a.locked = json.value(u"locked"_s).toBool();
    a.likeCount = json.value(u"likes"_s).toInt();
    a.commentCount = json.value(u"comments"_s).toInt();
    a.likedByMe = json.value(u"likedByMe"_s).toBool();
    a.featured = json.value(u"featured"_s).toBool();
    a.pinned = json.value(u"pinned"_s).toBool();
    a.scheduled = json.value(u"scheduled"_s).toBool();
    a.hasPoll = json.value(u"hasPoll"_s).toBool();
    a.publishedAt = fromIsoUtc(json.value(u"publishedAt"_s).toString());
    a.updatedAt = fromIsoUtc(json.value(u"updatedAt"_s).toString());
    return a;
}

QJsonObject Poll::toJson() const
{
    QJsonArray items;
    for (qsizetype i = 0; i < options.size(); ++i) {
        items.append(QJsonObject{{u"label"_s, options[i]}, {u"votes"_s, votes.value(i)}});
    }
    QJsonArray mine;
    for (int choice : myChoices) {
        mine.append(choice);
    }
    return {{u"articleId"_s, articleId},
            {u"question"_s, question},
            {u"options"_s, items},
            {u"multiple"_s, multiple},
            {u"closesAt"_s, closesAt.isValid() ? QJsonValue(toIsoUtc(closesAt)) : QJsonValue()},
            {u"closed"_s, closed},
            {u"voters"_s, voters},
            {u"myChoices"_s, mine}};
}

std::optional<Poll> Poll::fromJson(const QJsonObject &json)
{
    if (!hasNumber(json, u"articleId"_s) || !hasString(json, u"question"_s) || !json.value(u"options"_s).isArray()) {
        return std::nullopt;
    }
    Poll p;
    p.articleId = toId(json.value(u"articleId"_s));
    p.question = json.value(u"question"_s).toString();
    for (const QJsonValue &o : json.value(u"options"_s).toArray()) {
        p.options.append(o[u"label"_s].toString());
        p.votes.append(o[u"votes"_s].toInt());
    }
    p.multiple = json.value(u"multiple"_s).toBool();
    p.closesAt = fromIsoUtc(json.value(u"closesAt"_s).toString());
    p.closed = json.value(u"closed"_s).toBool();
    p.voters = json.value(u"voters"_s).toInt();
    for (const QJsonValue &c : json.value(u"myChoices"_s).toArray()) {
        p.myChoices.append(c.toInt());
    }
    return p;
}

QJsonObject Comment::toJson() const
{
    return {
        {u"id"_s, id},     {u"articleId"_s, articleId},          {u"author"_s, authorName}, {u"authorId"_s, authorId},
        {u"body"_s, body}, {u"createdAt"_s, toIsoUtc(createdAt)}};
}

std::optional<Comment> Comment::fromJson(const QJsonObject &json)
{
    if (!hasNumber(json, u"id"_s) || !hasString(json, u"body"_s)) {
        return std::nullopt;
    }
    return Comment{toId(json.value(u"id"_s)),
                   toId(json.value(u"articleId"_s)),
                   json.value(u"author"_s).toString(),
                   json.value(u"body"_s).toString(),
                   fromIsoUtc(json.value(u"createdAt"_s).toString()),
                   toId(json.value(u"authorId"_s))};
}

QJsonObject AuthTokens::toJson() const
{
    return {{u"accessToken"_s, accessToken},
            {u"refreshToken"_s, refreshToken},
            {u"expiresIn"_s, expiresIn},
            {u"user"_s, user.toJson()}};
}

std::optional<AuthTokens> AuthTokens::fromJson(const QJsonObject &json)
{
    const auto user = User::fromJson(json.value(u"user"_s).toObject());
    if (!hasString(json, u"accessToken"_s) || !hasString(json, u"refreshToken"_s) || !user) {
        return std::nullopt;
    }
    return AuthTokens{json.value(u"accessToken"_s).toString(), json.value(u"refreshToken"_s).toString(),
                      json.value(u"expiresIn"_s).toInt(), *user};
}

QJsonObject SyncPage::toJson() const
{
    QJsonArray upsertArray;
    for (const Article &a : upserts) {
        upsertArray.append(a.toJson());
    }
    QJsonArray deleted;
    for (qint64 id : deletedArticleIds) {
        deleted.append(id);
    }
    return {{u"articles"_s, upsertArray}, {u"deletedArticles"_s, deleted},
            {u"nextToken"_s, nextToken},  {u"hasMore"_s, hasMore},
            {u"reset"_s, reset},          {u"remaining"_s, remaining}};
}

std::optional<SyncPage> SyncPage::fromJson(const QJsonObject &json)
{
    if (!hasString(json, u"nextToken"_s) || !json.value(u"articles"_s).isArray()) {
        return std::nullopt;
    }
    SyncPage page;
    for (const QJsonValue &value : json.value(u"articles"_s).toArray()) {
        auto article = Article::fromJson(value.toObject());
        if (!article) {
            return std::nullopt;
        }
        page.upserts.append(*article);
    }
    for (const QJsonValue &value : json.value(u"deletedArticles"_s).toArray()) {
        page.deletedArticleIds.append(toId(value));
    }
    page.nextToken = json.value(u"nextToken"_s).toString();
    page.hasMore = json.value(u"hasMore"_s).toBool();
    page.reset = json.value(u"reset"_s).toBool();
    page.remaining = std::max<qint64>(0, json.value(u"remaining"_s).toInteger()); // absent from older servers
    return page;
}

} // namespace guild::protocol
