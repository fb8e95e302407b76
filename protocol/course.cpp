#include "course.h"

#include "codetable.h"
#include "contract.h"
#include "types.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guild::protocol::course {

namespace {

bool isId(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == static_cast<double>(v.toInteger()) && v.toInteger() > 0;
}

template <typename T>
std::optional<QList<T>> fromArray(const QJsonValue &value)
{
    QList<T> items;
    for (const QJsonValue &v : value.toArray()) {
        auto item = T::fromJson(v.toObject());
        if (!item) {
            return std::nullopt;
        }
        items.append(*item);
    }
    return items;
}

void insertTime(QJsonObject &json, const QString &key, const QDateTime &time)
{
    if (time.isValid()) {
        json.insert(key, toIsoUtc(time));
    }
}

QDateTime timeOf(const QJsonObject &json, const QString &key)
{
    return json.contains(key) ? fromIsoUtc(json.value(key).toString()) : QDateTime();
}

} // namespace

namespace {
constexpr CodeTable<LessonKind, 3> LessonKinds{
    {{{LessonKind::Text, "text"_L1}, {LessonKind::Video, "video"_L1}, {LessonKind::Quiz, "quiz"_L1}}}};
constexpr CodeTable<Access, 3> Accesses{{{{Access::Open, "open"_L1},
                                          {Access::MembershipRequired, "membership_required"_L1},
                                          {Access::PurchaseRequired, "purchase_required"_L1}}}};
constexpr CodeTable<HomeworkStatus, 3> HomeworkStatuses{{{{HomeworkStatus::Submitted, "submitted"_L1},
                                                          {HomeworkStatus::Passed, "passed"_L1},
                                                          {HomeworkStatus::Revise, "revise"_L1}}}};
} // namespace

QString lessonKindCode(LessonKind kind)
{
    return LessonKinds.code(kind);
}

std::optional<LessonKind> lessonKindFromCode(const QString &code)
{
    return LessonKinds.parse(code);
}

QString accessCode(Access access)
{
    return Accesses.code(access);
}

Access accessFromCode(const QString &code)
{
    return Accesses.parse(code).value_or(Access::Open);
}

QJsonObject LessonProgress::toJson() const
{
    QJsonObject json{{u"lessonId"_s, lessonId},
                     {u"done"_s, done},
                     {u"positionSeconds"_s, positionSeconds},
                     {u"clientTs"_s, clientTs}};
    insertTime(json, u"lastOpenedAt"_s, lastOpenedAt);
    return json;
}

std::optional<LessonProgress> LessonProgress::fromJson(const QJsonObject &json)
{
    if (!isId(json.value(u"lessonId"_s))) {
        return std::nullopt;
    }
    return LessonProgress{json.value(u"lessonId"_s).toInteger(), json.value(u"done"_s).toBool(),
                          json.value(u"positionSeconds"_s).toDouble(), timeOf(json, u"lastOpenedAt"_s),
                          json.value(u"clientTs"_s).toInteger()};
}

QJsonObject LessonSummary::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"sectionId"_s, sectionId},
                     {u"title"_s, title},
                     {u"kind"_s, lessonKindCode(kind)},
                     {u"durationSeconds"_s, durationSeconds},
                     {u"videoBytes"_s, videoBytes},
                     {u"freePreview"_s, freePreview},
                     {u"hasHomework"_s, hasHomework},
                     {u"locked"_s, locked}};
    if (progress) {
        json.insert(u"progress"_s, progress->toJson());
    }
    return json;
}

std::optional<LessonSummary> LessonSummary::fromJson(const QJsonObject &json)
{
    const auto kind = lessonKindFromCode(json.value(u"kind"_s).toString());
    if (!isId(json.value(u"id"_s)) || !json.value(u"title"_s).isString() || !kind) {
        return std::nullopt;
    }
    LessonSummary l;
    l.id = json.value(u"id"_s).toInteger();
    l.sectionId = json.value(u"sectionId"_s).toInteger();
    l.title = json.value(u"title"_s).toString();
    l.kind = *kind;
    l.durationSeconds = json.value(u"durationSeconds"_s).toInt();
    l.videoBytes = json.value(u"videoBytes"_s).toInteger();
    l.freePreview = json.value(u"freePreview"_s).toBool();
    l.hasHomework = json.value(u"hasHomework"_s).toBool();
    l.locked = json.value(u"locked"_s).toBool();
    if (json.contains(u"progress"_s)) {
        l.progress = LessonProgress::fromJson(json.value(u"progress"_s).toObject());
    }
    return l;
}

QJsonObject Section::toJson() const
{
    return {{u"id"_s, id}, {u"title"_s, title}, {u"lessons"_s, jsonArray(lessons)}};
}

std::optional<Section> Section::fromJson(const QJsonObject &json)
{
    auto lessons = fromArray<LessonSummary>(json.value(u"lessons"_s));
    if (!isId(json.value(u"id"_s)) || !lessons) {
        return std::nullopt;
    }
    return Section{json.value(u"id"_s).toInteger(), json.value(u"title"_s).toString(), *lessons};
}

QJsonObject Course::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"title"_s, title},
                     {u"description"_s, description},
                     {u"author"_s, authorName},
                     {u"requiredTier"_s, tierCode(requiredTier)},
                     {u"priceCents"_s, priceCents},
                     {u"currency"_s, currency},
                     {u"coverColor"_s, coverColor},
                     {u"hasCover"_s, hasCover},
                     {u"published"_s, published},
                     {u"editable"_s, editable},
                     {u"lessonCount"_s, lessonCount},
                     {u"totalVideoBytes"_s, totalVideoBytes},
                     {u"access"_s, accessCode(access)},
                     {u"enrolled"_s, enrolled},
                     {u"completedLessons"_s, completedLessons},
                     {u"progressPercent"_s, progressPercent},
                     {u"lastLessonId"_s, lastLessonId}};
    if (!certificateId.isEmpty()) {
        json.insert(u"certificateId"_s, certificateId);
    }
    if (!sections.isEmpty()) {
        json.insert(u"sections"_s, jsonArray(sections));
    }
    return json;
}

std::optional<Course> Course::fromJson(const QJsonObject &json)
{
    const auto tier = tierFromCode(json.value(u"requiredTier"_s).toString());
    auto sections = fromArray<Section>(json.value(u"sections"_s));
    if (!isId(json.value(u"id"_s)) || !json.value(u"title"_s).isString() || !tier || !sections) {
        return std::nullopt;
    }
    Course c;
    c.id = json.value(u"id"_s).toInteger();
    c.title = json.value(u"title"_s).toString();
    c.description = json.value(u"description"_s).toString();
    c.authorName = json.value(u"author"_s).toString();
    c.requiredTier = *tier;
    c.priceCents = json.value(u"priceCents"_s).toInteger();
    c.currency = json.value(u"currency"_s).toString();
    c.coverColor = json.value(u"coverColor"_s).toString();
    c.hasCover = json.value(u"hasCover"_s).toBool();
    c.published = json.value(u"published"_s).toBool(true);
    c.editable = json.value(u"editable"_s).toBool();
    c.lessonCount = json.value(u"lessonCount"_s).toInt();
    c.totalVideoBytes = json.value(u"totalVideoBytes"_s).toInteger();
    c.access = accessFromCode(json.value(u"access"_s).toString());
    c.enrolled = json.value(u"enrolled"_s).toBool();
    c.completedLessons = json.value(u"completedLessons"_s).toInt();
    c.progressPercent = json.value(u"progressPercent"_s).toInt();
    c.lastLessonId = json.value(u"lastLessonId"_s).toInteger();
    c.certificateId = json.value(u"certificateId"_s).toString();
    c.sections = *sections;
    return c;
}

QJsonObject QuizQuestion::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"prompt"_s, prompt},
                     {u"multiple"_s, multiple},
                     {u"options"_s, QJsonArray::fromStringList(options)}};
    if (!answer.isEmpty()) {
        QJsonArray chosen;
        for (int a : answer) {
            chosen.append(a);
        }
        json.insert(u"answer"_s, chosen);
        json.insert(u"explanation"_s, explanation);
    }
    return json;
}

std::optional<QuizQuestion> QuizQuestion::fromJson(const QJsonObject &json)
{
    if (!isId(json.value(u"id"_s)) || !json.value(u"options"_s).isArray()) {
        return std::nullopt;
    }
    QStringList options;
    for (const QJsonValue &v : json.value(u"options"_s).toArray()) {
        options.append(v.toString());
    }
    QuizQuestion q{json.value(u"id"_s).toInteger(), json.value(u"prompt"_s).toString(),
                   json.value(u"multiple"_s).toBool(), options};
    for (const QJsonValue &v : json.value(u"answer"_s).toArray()) {
        q.answer.append(v.toInt());
    }
    q.explanation = json.value(u"explanation"_s).toString();
    return q;
}

QJsonObject Lesson::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"courseId"_s, courseId},
                     {u"title"_s, title},
                     {u"kind"_s, lessonKindCode(kind)},
                     {u"body"_s, body},
                     {u"durationSeconds"_s, durationSeconds},
                     {u"videoBytes"_s, videoBytes}};
    if (!homeworkPrompt.isEmpty()) {
        json.insert(u"homeworkPrompt"_s, homeworkPrompt);
    }
    if (!questions.isEmpty()) {
        json.insert(u"questions"_s, jsonArray(questions));
    }
    return json;
}

std::optional<Lesson> Lesson::fromJson(const QJsonObject &json)
{
    const auto kind = lessonKindFromCode(json.value(u"kind"_s).toString());
    auto questions = fromArray<QuizQuestion>(json.value(u"questions"_s));
    if (!isId(json.value(u"id"_s)) || !kind || !questions || !json.value(u"body"_s).isString()) {
        return std::nullopt;
    }
    Lesson l;
    l.id = json.value(u"id"_s).toInteger();
    l.courseId = json.value(u"courseId"_s).toInteger();
    l.title = json.value(u"title"_s).toString();
    l.kind = *kind;
    l.body = json.value(u"body"_s).toString();
    l.durationSeconds = json.value(u"durationSeconds"_s).toInt();
    l.videoBytes = json.value(u"videoBytes"_s).toInteger();
    l.homeworkPrompt = json.value(u"homeworkPrompt"_s).toString();
    l.questions = *questions;
    return l;
}

QJsonObject QuizResult::toJson() const
{
    QJsonArray list;
    for (const QuestionResult &q : questions) {
        QJsonArray options;
        for (int i : q.correctOptions) {
            options.append(i);
        }
        list.append(QJsonObject{{u"questionId"_s, q.questionId},
                                {u"correct"_s, q.correct},
                                {u"correctOptions"_s, options},
                                {u"explanation"_s, q.explanation}});
    }
    return {{u"correct"_s, correct}, {u"total"_s, total}, {u"passed"_s, passed}, {u"questions"_s, list}};
}

std::optional<QuizResult> QuizResult::fromJson(const QJsonObject &json)
{
    if (!json.value(u"total"_s).isDouble() || !json.value(u"questions"_s).isArray()) {
        return std::nullopt;
    }
    QuizResult r{
        json.value(u"correct"_s).toInt(), json.value(u"total"_s).toInt(), json.value(u"passed"_s).toBool(), {}};
    for (const QJsonValue &v : json.value(u"questions"_s).toArray()) {
        QuestionResult q{v[u"questionId"_s].toInteger(), v[u"correct"_s].toBool(), {}, v[u"explanation"_s].toString()};
        for (const QJsonValue &o : v[u"correctOptions"_s].toArray()) {
            q.correctOptions.append(o.toInt());
        }
        r.questions.append(q);
    }
    return r;
}

QString homeworkStatusCode(HomeworkStatus status)
{
    return HomeworkStatuses.code(status);
}

std::optional<HomeworkStatus> homeworkStatusFromCode(const QString &code)
{
    return HomeworkStatuses.parse(code);
}

QJsonObject Homework::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"lessonId"_s, lessonId},
                     {u"courseId"_s, courseId},
                     {u"member"_s, memberName},
                     {u"lessonTitle"_s, lessonTitle},
                     {u"body"_s, body},
                     {u"status"_s, homeworkStatusCode(status)},
                     {u"reviewComment"_s, reviewComment}};
    insertTime(json, u"submittedAt"_s, submittedAt);
    insertTime(json, u"reviewedAt"_s, reviewedAt);
    return json;
}

std::optional<Homework> Homework::fromJson(const QJsonObject &json)
{
    const auto status = homeworkStatusFromCode(json.value(u"status"_s).toString());
    if (!isId(json.value(u"id"_s)) || !status) {
        return std::nullopt;
    }
    Homework h;
    h.id = json.value(u"id"_s).toInteger();
    h.lessonId = json.value(u"lessonId"_s).toInteger();
    h.courseId = json.value(u"courseId"_s).toInteger();
    h.memberName = json.value(u"member"_s).toString();
    h.lessonTitle = json.value(u"lessonTitle"_s).toString();
    h.body = json.value(u"body"_s).toString();
    h.status = *status;
    h.reviewComment = json.value(u"reviewComment"_s).toString();
    h.submittedAt = timeOf(json, u"submittedAt"_s);
    h.reviewedAt = timeOf(json, u"reviewedAt"_s);
    return h;
}

QJsonObject Certificate::toJson() const
{
    return {{u"id"_s, id},
            {u"member"_s, memberName},
            {u"courseTitle"_s, courseTitle},
            {u"courseId"_s, courseId},
            {u"issuedAt"_s, toIsoUtc(issuedAt)}};
}

std::optional<Certificate> Certificate::fromJson(const QJsonObject &json)
{
    if (!json.value(u"id"_s).isString() || !json.value(u"courseTitle"_s).isString()) {
        return std::nullopt;
    }
    return Certificate{json.value(u"id"_s).toString(), json.value(u"member"_s).toString(),
                       json.value(u"courseTitle"_s).toString(), json.value(u"courseId"_s).toInteger(),
                       timeOf(json, u"issuedAt"_s)};
}

QJsonObject Notification::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"kind"_s, kind},
                     {u"text"_s, text},
                     {u"subjectId"_s, subjectId},
                     {u"createdAt"_s, toIsoUtc(createdAt)},
                     {u"read"_s, read}};
    if (!target.kind.isEmpty()) {
        json.insert(
            u"target"_s,
            QJsonObject{{u"kind"_s, target.kind}, {u"id"_s, target.id}, {u"containerId"_s, target.containerId}});
    }
    return json;
}

std::optional<Notification> Notification::fromJson(const QJsonObject &json)
{
    if (!isId(json.value(u"id"_s)) || !json.value(u"kind"_s).isString()) {
        return std::nullopt;
    }
    Notification n;
    n.id = json.value(u"id"_s).toInteger();
    n.kind = json.value(u"kind"_s).toString();
    n.text = json.value(u"text"_s).toString();
    n.subjectId = json.value(u"subjectId"_s).toInteger();
    n.createdAt = timeOf(json, u"createdAt"_s);
    n.read = json.value(u"read"_s).toBool();
    const QJsonObject target = json.value(u"target"_s).toObject();
    if (target.value(u"kind"_s).isString() && isId(target.value(u"id"_s))) {
        n.target = {target.value(u"kind"_s).toString(), target.value(u"id"_s).toInteger(),
                    target.value(u"containerId"_s).toInteger()};
    }
    return n;
}

} // namespace guild::protocol::course
