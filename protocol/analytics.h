#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace guild::protocol::analytics {

/// What a client reports about its member's use (docs/analytics.md says what each means and why).
enum class EventKind
{
    Active,
    Read,
    Complete,
    Like,
    Comment,
    Message,
    Answer,
    Post
};

QString eventKindCode(EventKind kind);
std::optional<EventKind> eventKindFromCode(const QString &code);

/// One usage event. `id` is the client's UUID for it: a batch sent twice is counted once.
struct UsageEvent
{
    QString id;
    EventKind kind = EventKind::Active;
    QDateTime at;
    int seconds = 0;  ///< Active and Read: how long, 1 to 3600
    QString itemType; ///< Read and Complete: "article" or "lesson"
    qint64 itemId = 0;

    QJsonObject toJson() const;
    /// Strict: wrong types, unknown kinds or fields out of range give nullopt and `why`.
    static std::optional<UsageEvent> fromJson(const QJsonObject &json, QString *why);
};

/// The weights of A = αP + βC + γB, versioned so past scores can be recomputed.
struct Weights
{
    int version = 0;
    double alpha = 1;
    double beta = 1;
    double gamma = 1;
    QDateTime setAt;
    QString setBy;

    QJsonObject toJson() const;
    static std::optional<Weights> fromJson(const QJsonObject &json);
};

/// Every figure of one period (a day, week or month). Counts are whole numbers sent as JSON numbers.
struct PeriodFigures
{
    QDate start;
    QDate end; ///< inclusive
    double days = 0;
    // The model.
    double members = 0;        ///< N
    double hoursPerDay = 0;    ///< T
    double consumingShare = 0; ///< p
    double quality = 0;        ///< C
    double monetisation = 0;   ///< B
    double participation = 0;  ///< P
    double activity = 0;       ///< A
    // Their ingredients.
    double activeSeconds = 0;
    double readingSeconds = 0;
    double consumers = 0;
    double reads = 0;
    double completions = 0;
    double likes = 0;
    double comments = 0;
    double messages = 0;
    double answers = 0;
    double posts = 0;
    double payers = 0;
    // Reach and money.
    double dau = 0; ///< average over the period's days
    double wau = 0; ///< the 7 days ending with the period
    double mau = 0; ///< the 30 days ending with the period
    double newMembers = 0;
    double churned = 0;
    double converted = 0;
    double revenueCents = 0;
    double mrrCents = 0;

    double stickiness() const { return mau > 0 ? dau / mau : 0; }
    QJsonObject toJson() const;
    static std::optional<PeriodFigures> fromJson(const QJsonObject &json);
};

struct ContentFigure
{
    QString itemType;
    qint64 itemId = 0;
    QString title;
    double readingSeconds = 0;
    double completions = 0;
    double reads = 0;

    QJsonObject toJson() const;
    static ContentFigure fromJson(const QJsonObject &json);
};

/// Members who joined in one week, and the share of them active in each week after (0 = that week).
struct Cohort
{
    QDate week;
    double size = 0;
    QList<double> retention;

    QJsonObject toJson() const;
    static Cohort fromJson(const QJsonObject &json);
};

struct Report
{
    QDate from;
    QDate to;
    QString granularity;                      ///< day, week, month
    QString currency = QStringLiteral("CNY"); ///< of MRR: the community's
    Weights weights;
    QList<PeriodFigures> periods;
    /// The whole range as one period, and the range of the same length just before it: what the
    /// dashboard's headline figures compare (absent from servers before they were added).
    std::optional<PeriodFigures> total;
    std::optional<PeriodFigures> previousTotal;
    QList<ContentFigure> topByReading;
    QList<ContentFigure> topByCompletion;
    QList<Cohort> cohorts;

    QJsonObject toJson() const;
    static std::optional<Report> fromJson(const QJsonObject &json);
};

/// One day of one member's own activity ("My activity").
struct MyDay
{
    QDate day;
    double activeSeconds = 0;
    double readingSeconds = 0;
    double completions = 0;
    double points = 0;

    QJsonObject toJson() const;
    /// nullopt without a valid day.
    static std::optional<MyDay> fromJson(const QJsonObject &json);
};

} // namespace guild::protocol::analytics
