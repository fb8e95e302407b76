#pragma once

#include "tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Value types of the REST API with their JSON form. fromJson returns nullopt when a required field is
// missing or has the wrong type, so a client never acts on half-understood data.
namespace guild::protocol {

class JsonWriter;

QString toIsoUtc(const QDateTime &time);
QDateTime fromIsoUtc(const QString &text);

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Member;

    QJsonObject toJson() const;
    static std::optional<User> fromJson(const QJsonObject &json);
    bool operator==(const User &) const = default;
};

struct Membership
{
    Tier tier = Tier::Free;
    /// Invalid for a tier that does not expire (free).
    QDateTime expiresAt;
    /// The tier is in force (possibly in its grace period after expiry).
    bool active = true;
    /// Expired, but still in force for a few days (see limits::MembershipGraceMs): time to renew.
    bool inGrace = false;

    QJsonObject toJson() const;
    static std::optional<Membership> fromJson(const QJsonObject &json);
};

struct TierInfo
{
    Tier tier = Tier::Free;
    QString name;
    QString description;
    qint64 monthlyPriceCents = 0;
    qint64 yearlyPriceCents = 0;
    int trialDays = 0;
    QStringList benefits;
    /// What the tier is the first to include, by code ("qa", "events"): what is enforced, where
    /// `benefits` is what is shown.
    QStringList features;
    /// ISO 4217 code of the prices. A community sells in one currency, so every tier has the same.
    QString currency = QStringLiteral("CNY");
    /// No longer sold (no checkout, no trial); members who hold it keep it and may renew it.
    bool retired = false;

    QJsonObject toJson() const;
    static std::optional<TierInfo> fromJson(const QJsonObject &json);
};

/// An article as the feed and the reader see it. `body` is empty when the article is locked for the
/// viewer or when the feed omits bodies.
struct Article
{
    qint64 id = 0;
    QString title;
    QString summary;
    QString body;
    QString authorName;
    QStringList tags;
    Tier requiredTier = Tier::Free;
    bool locked = false;
    bool hasBody = false;
    int likeCount = 0;
    int commentCount = 0;
    bool likedByMe = false;
    /// In the digest (精华): chosen by an author as worth keeping.
    bool featured = false;
    /// Shown above the rest of the feed.
    bool pinned = false;
    /// Written to go out at publishedAt; seen only by its author and admins until then.
    bool scheduled = false;
    /// A poll is attached (GET /articles/{id}/poll).
    bool hasPoll = false;
    QDateTime publishedAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    /// The same bytes as toJson() through QJsonDocument, written straight (feed pages).
    void writeJson(JsonWriter &writer) const;
    static std::optional<Article> fromJson(const QJsonObject &json);
};

/// A poll attached to a post, as one member sees it: counts per option, and their own choices.
struct Poll
{
    qint64 articleId = 0;
    QString question;
    QStringList options;
    QList<int> votes; ///< per option
    bool multiple = false;
    QDateTime closesAt; ///< invalid: open until the post is deleted
    bool closed = false;
    int voters = 0;
    QList<int> myChoices;

    QJsonObject toJson() const;
    static std::optional<Poll> fromJson(const QJsonObject &json);
};

struct Comment
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString authorName;
    QString body;
    QDateTime createdAt;
    qint64 authorId = 0; ///< whose picture shows beside the comment

    QJsonObject toJson() const;
    static std::optional<Comment> fromJson(const QJsonObject &json);
};

struct AuthTokens
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0;
    User user;

    QJsonObject toJson() const;
    static std::optional<AuthTokens> fromJson(const QJsonObject &json);
};

/// One page of the change feed for the offline cache.
struct SyncPage
{
    QList<Article> upserts;
    QList<qint64> deletedArticleIds;
    QString nextToken;
    bool hasMore = false;
    /// Tells the client to drop its cache and start over (the viewer's tier changed, for example).
    bool reset = false;
    /// About how many changes follow this page (at most that many articles): for progress and an estimate.
    qint64 remaining = 0;

    QJsonObject toJson() const;
    static std::optional<SyncPage> fromJson(const QJsonObject &json);
};

} // namespace guild::protocol
