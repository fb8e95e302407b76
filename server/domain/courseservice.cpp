#include "courseservice.h"

#include "clock.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/pointsrepository.h"
#include "storage/sql.h"
#include "storage/userrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::course;

namespace {

constexpr double PassShare = 0.6;
constexpr qint64 ClockSkewMaxMs = 24LL * 3600 * 1000;

ApiError courseNotFound()
{
    return ApiError::notFound(u"No such course."_s);
}

ApiError lessonNotFound()
{
    return ApiError::notFound(u"No such lesson."_s);
}

ApiError refused(Access access, const Course &course)
{
    if (access == Access::PurchaseRequired) {
        return ApiError::forbidden(errors::PurchaseRequired,
                                   u"“%1” is sold on its own: buy it to open its lessons."_s.arg(course.title));
    }
    return ApiError::forbidden(errors::MembershipRequired,
                               u"“%1” is for %2 members."_s.arg(course.title, tierCode(course.requiredTier)));
}

} // namespace

CourseService::CourseService(Database &database, QString mediaDir)
    : m_database(database)
    , m_mediaDir(std::move(mediaDir))
{}

Access CourseService::accessFor(const AuthUser &viewer, const CourseRow &row, CourseRepository &repo)
{
    if (viewer.isAdmin() || viewer.id == row.authorId) {
        return Access::Open;
    }
    if (row.course.priceCents > 0) {
        return repo.hasEntitlement(viewer.id, row.course.id) ? Access::Open : Access::PurchaseRequired;
    }
    return tierCovers(viewer.tier, row.course.requiredTier) ? Access::Open : Access::MembershipRequired;
}

Course CourseService::withMemberState(const AuthUser &viewer, CourseRow row, CourseRepository &repo, bool withSyllabus)
{
    Course c = std::move(row.course);
    c.editable = mayEdit(viewer, row);
    c.access = accessFor(viewer, row, repo);
    c.enrolled = repo.isEnrolled(viewer.id, c.id);
    c.certificateId = repo.certificateIds(viewer.id).value(c.id);
    const QHash<qint64, LessonProgress> progress = repo.progress(viewer.id, c.id);
    qint64 lastOpenedMs = 0;
    for (const LessonProgress &p : progress) {
        c.completedLessons += p.done ? 1 : 0;
        // The latest opening; on the same millisecond, the later lesson (the hash has no order).
        const qint64 opened = p.lastOpenedAt.isValid() ? p.lastOpenedAt.toMSecsSinceEpoch() : -1;
        if (opened > lastOpenedMs || (opened == lastOpenedMs && opened >= 0 && p.lessonId > c.lastLessonId)) {
            lastOpenedMs = opened;
            c.lastLessonId = p.lessonId;
        }
    }
    c.progressPercent = c.lessonCount > 0 ? c.completedLessons * 100 / c.lessonCount : 0;
    if (withSyllabus) {
        c.sections = repo.syllabus(c.id);
        for (Section &s : c.sections) {
            for (LessonSummary &l : s.lessons) {
                l.locked = c.access != Access::Open && !l.freePreview;
                if (const auto it = progress.constFind(l.id); it != progress.cend()) {
                    l.progress = *it;
                }
            }
        }
    }
    return c;
}

bool CourseService::mayEdit(const AuthUser &viewer, const CourseRow &row)
{
    return viewer.isAdmin() || (viewer.canPublish() && row.authorId == viewer.id);
}

bool CourseService::visibleTo(const AuthUser &viewer, const CourseRow &row)
{
    return row.course.published || mayEdit(viewer, row);
}

QList<Course> CourseService::catalogue(const AuthUser &viewer)
{
    CourseRepository repo(m_database.connection());
    const QSet<qint64> enrolled = repo.enrolledCourses(viewer.id);
    const QHash<qint64, int> done = repo.doneCounts(viewer.id);
    const QHash<qint64, qint64> last = repo.lastOpened(viewer.id);
    const QHash<qint64, QString> certificates = repo.certificateIds(viewer.id);
    QList<Course> list;
    for (const CourseRow &row : repo.courses()) {
        if (!visibleTo(viewer, row)) {
            continue;
        }
        Course c = row.course;
        c.editable = mayEdit(viewer, row);
        c.access = accessFor(viewer, row, repo);
        c.enrolled = enrolled.contains(c.id);
        c.completedLessons = done.value(c.id);
        c.progressPercent = c.lessonCount > 0 ? c.completedLessons * 100 / c.lessonCount : 0;
        c.lastLessonId = last.value(c.id);
        c.certificateId = certificates.value(c.id);
        list.append(c);
    }
    return list;
}

CourseService::Reach CourseService::reach(const AuthUser &viewer)
{
    CourseRepository repo(m_database.connection());
    Reach reach;
    for (const CourseRow &row : repo.courses()) {
        if (visibleTo(viewer, row)) {
            reach.visible.append(row.course.id);
            if (accessFor(viewer, row, repo) == Access::Open) {
                reach.open.append(row.course.id);
            }
        }
    }
    return reach;
}

Result<Course> CourseService::course(const AuthUser &viewer, qint64 id)
{
    CourseRepository repo(m_database.connection());
    auto row = repo.course(id);
    if (!row || !visibleTo(viewer, *row)) {
        return courseNotFound();
    }
    return withMemberState(viewer, *row, repo, true);
}

Result<std::pair<LessonRow, CourseRow>> CourseService::openLesson(const AuthUser &viewer, qint64 lessonId)
{
    CourseRepository repo(m_database.connection());
    auto lesson = repo.lesson(lessonId);
    auto row = lesson ? repo.course(lesson->lesson.courseId) : std::nullopt;
    if (!lesson || !row || !visibleTo(viewer, *row)) {
        return lessonNotFound();
    }
    const Access access = accessFor(viewer, *row, repo);
    if (access != Access::Open && !lesson->freePreview) {
        return refused(access, row->course);
    }
    return std::pair{*lesson, *row};
}

Result<Lesson> CourseService::lesson(const AuthUser &viewer, qint64 lessonId)
{
    auto opened = openLesson(viewer, lessonId);
    if (!opened.ok()) {
        return opened.error();
    }
    Lesson l = opened.value().first.lesson;
    if (l.kind == LessonKind::Quiz) {
        CourseRepository repo(m_database.connection());
        l.questions = repo.questions(lessonId);
        // Whoever edits the quiz sees its answers; nobody else before grading.
        if (mayEdit(viewer, opened.value().second)) {
            const QList<QuizKey> keys = repo.quizKeys(lessonId);
            for (qsizetype i = 0; i < l.questions.size() && i < keys.size(); ++i) {
                l.questions[i].answer = keys.at(i).answer;
                l.questions[i].explanation = keys.at(i).explanation;
            }
        }
    }
    return l;
}

Result<CourseRow> CourseService::openCourse(const AuthUser &viewer, qint64 courseId, CourseRepository &repo)
{
    auto row = repo.course(courseId);
    if (!row || !visibleTo(viewer, *row)) {
        return courseNotFound();
    }
    if (const Access access = accessFor(viewer, *row, repo); access != Access::Open) {
        return refused(access, row->course);
    }
    return *row;
}

Result<Course> CourseService::enroll(const AuthUser &viewer, qint64 courseId)
{
    CourseRepository repo(m_database.connection());
    const Result<CourseRow> row = openCourse(viewer, courseId, repo);
    if (!row.ok()) {
        return row.error();
    }
    repo.enroll(viewer.id, courseId, nowMs());
    return withMemberState(viewer, row.value(), repo, true);
}

Result<Course> CourseService::saveProgress(const AuthUser &viewer, qint64 courseId, const QList<LessonProgress> &items)
{
    if (items.size() > limits::ProgressBatchMax) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"At most %1 progress records at a time."_s.arg(limits::ProgressBatchMax));
    }
    const qint64 now = nowMs();
    for (const LessonProgress &p : items) {
        if (!std::isfinite(p.positionSeconds) || p.positionSeconds < 0 ||
            p.positionSeconds > limits::PositionMaxSeconds) {
            return ApiError::badRequest(
                errors::InvalidField, u"'positionSeconds' must be between 0 and %1."_s.arg(limits::PositionMaxSeconds));
        }
        if (p.clientTs <= 0 || p.clientTs > now + ClockSkewMaxMs) {
            return ApiError::badRequest(errors::InvalidField,
                                        u"'clientTs' must be a time in milliseconds, not in the future."_s);
        }
    }
    QSqlDatabase db = m_database.connection();
    CourseRepository repo(db);
    const Result<CourseRow> row = openCourse(viewer, courseId, repo);
    if (!row.ok()) {
        return row.error();
    }
    QHash<qint64, LessonKind> lessons;
    for (const Section &s : repo.syllabus(courseId)) {
        for (const LessonSummary &l : s.lessons) {
            lessons.insert(l.id, l.kind);
        }
    }
    for (const LessonProgress &p : items) {
        if (!lessons.contains(p.lessonId)) {
            return ApiError::notFound(u"Lesson %1 is not part of this course."_s.arg(p.lessonId));
        }
    }
    sql::Transaction tx(db);
    repo.enroll(viewer.id, courseId, now);
    for (LessonProgress p : items) {
        // A quiz is done by passing it, not by saying so.
        p.done = p.done && lessons.value(p.lessonId) != LessonKind::Quiz;
        repo.mergeProgress(viewer.id, courseId, p, now);
        if (p.done && m_onLessonDone) {
            m_onLessonDone(db, viewer.id, p.lessonId);
        }
    }
    completeIfDue(repo, viewer.id, viewer.displayName.isEmpty() ? viewer.username : viewer.displayName, row.value());
    tx.commit();
    return withMemberState(viewer, row.value(), repo, true);
}

void CourseService::completeIfDue(CourseRepository &repo, qint64 userId, const QString &memberName,
                                  const CourseRow &row)
{
    const QHash<qint64, LessonProgress> progress = repo.progress(userId, row.course.id);
    int done = 0;
    for (const LessonProgress &p : progress) {
        done += p.done ? 1 : 0;
    }
    if (row.course.lessonCount > 0 && done >= row.course.lessonCount) {
        repo.issueCertificate(userId, row.course.id, memberName, row.course.title, nowMs());
        PointsRepository(repo.database()).grantBadge(userId, u"course_completed"_s, nowMs());
    }
}

void CourseService::markDone(qint64 userId, const QString &memberName, qint64 courseId, qint64 lessonId)
{
    QSqlDatabase db = m_database.connection();
    CourseRepository repo(db);
    auto row = repo.course(courseId);
    if (!row) {
        return;
    }
    sql::Transaction tx(db);
    repo.enroll(userId, courseId, nowMs());
    // Client time 0: never wins over a device's position, only sets done.
    repo.mergeProgress(userId, courseId, LessonProgress{lessonId, true, 0, {}, 0}, nowMs());
    if (m_onLessonDone) {
        m_onLessonDone(db, userId, lessonId);
    }
    completeIfDue(repo, userId, memberName, *row);
    tx.commit();
}

Result<QuizResult> CourseService::answerQuiz(const AuthUser &viewer, qint64 lessonId, const QList<QList<int>> &answers)
{
    auto opened = openLesson(viewer, lessonId);
    if (!opened.ok()) {
        return opened.error();
    }
    if (opened.value().first.lesson.kind != LessonKind::Quiz) {
        return ApiError::badRequest(errors::InvalidField, u"This lesson is not a quiz."_s);
    }
    CourseRepository repo(m_database.connection());
    const QList<QuizKey> keys = repo.quizKeys(lessonId);
    if (answers.size() != keys.size()) {
        return ApiError::badRequest(errors::InvalidField,
                                    u"'answers' needs one entry per question (%1)."_s.arg(keys.size()));
    }
    QuizResult result;
    result.total = static_cast<int>(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QuizKey &key = keys.at(i);
        QList<int> chosen = answers.at(i);
        std::sort(chosen.begin(), chosen.end());
        const bool distinct = std::adjacent_find(chosen.cbegin(), chosen.cend()) == chosen.cend();
        const bool inRange =
            std::all_of(chosen.cbegin(), chosen.cend(), [&](int o) { return o >= 0 && o < key.optionCount; });
        if (chosen.isEmpty() || !distinct || !inRange || (!key.multiple && chosen.size() != 1)) {
            return ApiError::badRequest(errors::InvalidField,
                                        u"Answer %1 must be %2 of the options 0 to %3."_s.arg(i + 1)
                                            .arg(key.multiple ? u"one or more"_s : u"one"_s)
                                            .arg(key.optionCount - 1));
        }
        QList<int> expected = key.answer;
        std::sort(expected.begin(), expected.end());
        const bool correct = chosen == expected;
        result.correct += correct ? 1 : 0;
        result.questions.append({key.questionId, correct, expected, key.explanation});
    }
    result.passed = result.total > 0 && result.correct >= std::ceil(result.total * PassShare);
    QJsonArray stored;
    for (const QList<int> &a : answers) {
        QJsonArray one;
        for (int o : a) {
            one.append(o);
        }
        stored.append(one);
    }
    repo.recordQuizAttempt(viewer.id, lessonId, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)),
                           result.correct, result.total, nowMs());
    if (result.passed) {
        markDone(viewer.id, viewer.displayName.isEmpty() ? viewer.username : viewer.displayName,
                 opened.value().second.course.id, lessonId);
    }
    return result;
}

Result<Certificate> CourseService::certificate(const QString &id)
{
    static const QRegularExpression shape(u"^[0-9A-F]{32}$"_s);
    const auto found =
        shape.match(id).hasMatch() ? CourseRepository(m_database.connection()).certificate(id) : std::nullopt;
    if (!found) {
        return ApiError::notFound(u"No certificate has this id."_s);
    }
    return *found;
}

Result<Course> CourseService::grant(const AuthUser &admin, qint64 courseId, const QString &username)
{
    if (!admin.isAdmin()) {
        return ApiError::forbidden(errors::Forbidden, u"Only admins grant courses."_s);
    }
    QSqlDatabase db = m_database.connection();
    CourseRepository repo(db);
    const auto row = repo.course(courseId);
    if (!row) {
        return courseNotFound();
    }
    const auto member = UserRepository(db).findByUsername(username.trimmed().toLower());
    if (!member) {
        return ApiError::notFound(u"No member is called '%1'."_s.arg(username.left(32)));
    }
    repo.grantEntitlement(member->user.id, courseId, u"grant"_s, nowMs());
    return withMemberState(admin, *row, repo, false);
}

Result<MediaFile> CourseService::video(const AuthUser &viewer, qint64 lessonId)
{
    auto opened = openLesson(viewer, lessonId);
    if (!opened.ok()) {
        return opened.error();
    }
    return videoFile(lessonId);
}

Result<MediaFile> CourseService::videoFile(qint64 lessonId)
{
    const auto lesson = CourseRepository(m_database.connection()).lesson(lessonId);
    if (!lesson || lesson->lesson.kind != LessonKind::Video || lesson->videoFile.isEmpty()) {
        return ApiError::notFound(u"This lesson has no video."_s);
    }
    // Stored names are plain file names; anything else would step outside the media directory.
    const QString name = QFileInfo(lesson->videoFile).fileName();
    const QFileInfo file(QDir(m_mediaDir).filePath(name));
    if (name != lesson->videoFile || !file.isFile()) {
        return ApiError::notFound(u"This lesson's video is missing on the server."_s);
    }
    return MediaFile{file.absoluteFilePath(), file.size()};
}

} // namespace guild::server
