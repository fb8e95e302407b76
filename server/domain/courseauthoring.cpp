#include "courseauthoring.h"

#include "clock.h"
#include "courseservice.h"
#include "pictures.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "protocol/pictures.h"
#include "storage/auditrepository.h"
#include "storage/courseeditrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/tierrepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

void audit(QSqlDatabase &db, const AuthUser &who, const QString &action, const QString &target,
           const QString &detail = {})
{
    AuditRepository(db).append({0, who.id, who.username, action, target, detail, nowMs()});
}

ApiError authorsOnly()
{
    return ApiError::forbidden(errors::Forbidden, u"Only authors and admins make courses."_s);
}

QString courseTarget(qint64 id, const QString &title)
{
    return u"course %1 \u201c%2\u201d"_s.arg(id).arg(title);
}

} // namespace

CourseAuthoring::CourseAuthoring(Database &database, CourseService &courses)
    : m_database(database)
    , m_courses(courses)
{}

Result<qint64> CourseAuthoring::editableCourse(const AuthUser &author, qint64 courseId)
{
    const auto row = CourseRepository(m_database.connection()).course(courseId);
    if (!row || !CourseService::visibleTo(author, *row)) {
        return ApiError::notFound(u"No such course."_s);
    }
    if (!CourseService::mayEdit(author, *row)) {
        return ApiError::forbidden(errors::Forbidden, u"Only the course's author and admins change it."_s);
    }
    return courseId;
}

Result<qint64> CourseAuthoring::editableLesson(const AuthUser &author, qint64 lessonId)
{
    const auto lesson = CourseRepository(m_database.connection()).lesson(lessonId);
    if (!lesson) {
        return ApiError::notFound(u"No such lesson."_s);
    }
    Result<qint64> course = editableCourse(author, lesson->lesson.courseId);
    if (!course.ok() && course.error().status == 404) {
        return ApiError::notFound(u"No such lesson."_s);
    }
    return course;
}

Result<course::Course> CourseAuthoring::create(const AuthUser &author, const CourseInput &input)
{
    if (!author.canPublish()) {
        return authorsOnly();
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    const qint64 id = CourseEditRepository(db).createCourse(author.id, input, TierRepository(db).currency(), nowMs());
    audit(db, author, u"create-course"_s, courseTarget(id, input.title), input.published ? u"published"_s : u"draft"_s);
    tx.commit();
    return m_courses.course(author, id);
}

Result<qint64> CourseAuthoring::editableSection(const AuthUser &author, qint64 sectionId)
{
    const std::optional<qint64> courseId = CourseEditRepository(m_database.connection()).courseOfSection(sectionId);
    Result<qint64> ok = courseId ? editableCourse(author, *courseId) : Result<qint64>(ApiError::notFound({}));
    if (!ok.ok() && ok.error().status == 404) {
        return ApiError::notFound(u"No such section."_s);
    }
    return ok;
}

template <typename Edit>
Result<course::Course> CourseAuthoring::editCourse(const AuthUser &author, qint64 courseId, Edit edit)
{
    if (const Result<qint64> ok = editableCourse(author, courseId); !ok.ok()) {
        return ok.error();
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    CourseEditRepository edits(db);
    if (const std::optional<ApiError> refused = edit(db, edits)) {
        return *refused;
    }
    tx.commit();
    return m_courses.course(author, courseId);
}

Result<course::Course> CourseAuthoring::update(const AuthUser &author, qint64 courseId, const CourseInput &input)
{
    return editCourse(author, courseId, [&](QSqlDatabase &db, CourseEditRepository &edits) -> std::optional<ApiError> {
        const bool wasPublished = CourseRepository(db).course(courseId)->course.published;
        edits.updateCourse(courseId, input, nowMs());
        QString detail;
        if (wasPublished != input.published) {
            detail = input.published ? u"published"_s : u"unpublished"_s;
        }
        audit(db, author, u"update-course"_s, courseTarget(courseId, input.title), detail);
        return std::nullopt;
    });
}

Result<Done> CourseAuthoring::setCover(const AuthUser &author, qint64 courseId, const QByteArray &image)
{
    Result<qint64> editable = editableCourse(author, courseId);
    if (!editable.ok()) {
        return editable.error();
    }
    if (auto refused = pictures::refusal(image, limits::CoverBytesMax)) {
        return *refused;
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    CourseEditRepository(db).setCover(courseId, QString::fromLatin1(image.toBase64()));
    audit(db, author, image.isEmpty() ? u"remove-course-cover"_s : u"set-course-cover"_s, u"course %1"_s.arg(courseId));
    tx.commit();
    return Done{};
}

Result<std::pair<QByteArray, QByteArray>> CourseAuthoring::cover(const AuthUser &viewer, qint64 courseId)
{
    QSqlDatabase db = m_database.connection();
    const auto row = CourseRepository(db).course(courseId);
    // Drafts stay their author's and the admins': their cover too. Locked courses show theirs (the
    // catalogue is the shop window).
    if (!row || !CourseService::visibleTo(viewer, *row)) {
        return ApiError::notFound(u"No such course."_s);
    }
    const QByteArray image = QByteArray::fromBase64(CourseEditRepository(db).cover(courseId).toLatin1());
    if (image.isEmpty()) {
        return ApiError::notFound(u"No cover picture."_s);
    }
    return std::pair{image, protocol::pictureType(image)};
}

Result<course::Course> CourseAuthoring::addSection(const AuthUser &author, qint64 courseId, const QString &title)
{
    return editCourse(author, courseId, [&](QSqlDatabase &db, CourseEditRepository &edits) -> std::optional<ApiError> {
        edits.addSection(courseId, title);
        audit(db, author, u"add-section"_s, u"course %1"_s.arg(courseId), title);
        return std::nullopt;
    });
}

Result<course::Course> CourseAuthoring::renameSection(const AuthUser &author, qint64 sectionId, const QString &title)
{
    const Result<qint64> courseId = editableSection(author, sectionId);
    if (!courseId.ok()) {
        return courseId.error();
    }
    return editCourse(author, courseId.value(),
                      [&](QSqlDatabase &db, CourseEditRepository &edits) -> std::optional<ApiError> {
                          edits.renameSection(sectionId, title);
                          audit(db, author, u"rename-section"_s, u"course %1"_s.arg(courseId.value()), title);
                          return std::nullopt;
                      });
}

Result<Done> CourseAuthoring::deleteSection(const AuthUser &author, qint64 sectionId)
{
    const Result<qint64> courseId = editableSection(author, sectionId);
    if (!courseId.ok()) {
        return courseId.error();
    }
    const Result<course::Course> done = editCourse(
        author, courseId.value(), [&](QSqlDatabase &db, CourseEditRepository &edits) -> std::optional<ApiError> {
            if (edits.lessonCount(sectionId) > 0) {
                return ApiError::conflict(errors::Conflict, u"Move or delete the section's lessons first."_s);
            }
            edits.deleteSection(sectionId);
            audit(db, author, u"delete-section"_s, u"course %1"_s.arg(courseId.value()));
            return std::nullopt;
        });
    return done.ok() ? Result<Done>(Done{}) : Result<Done>(done.error());
}

Result<course::LessonSummary> CourseAuthoring::summaryOf(const AuthUser &author, qint64 courseId, qint64 lessonId)
{
    const Result<course::Course> course = m_courses.course(author, courseId);
    if (!course.ok()) {
        return course.error();
    }
    for (const course::Section &section : course.value().sections) {
        for (const course::LessonSummary &lesson : section.lessons) {
            if (lesson.id == lessonId) {
                return lesson;
            }
        }
    }
    return ApiError::notFound(u"No such lesson."_s);
}

Result<course::LessonSummary> CourseAuthoring::addLesson(const AuthUser &author, qint64 courseId,
                                                         const LessonInput &input)
{
    if (const Result<qint64> ok = editableCourse(author, courseId); !ok.ok()) {
        return ok.error();
    }
    QSqlDatabase db = m_database.connection();
    CourseEditRepository edits(db);
    if (input.sectionId <= 0 || edits.courseOfSection(input.sectionId) != courseId) {
        return ApiError::badRequest(errors::InvalidField, u"'sectionId' must name a section of this course."_s);
    }
    sql::Transaction tx(db);
    const qint64 id = edits.addLesson(courseId, input);
    audit(db, author, u"add-lesson"_s, u"course %1"_s.arg(courseId),
          u"%1 lesson \u201c%2\u201d"_s.arg(course::lessonKindCode(input.kind), input.title));
    tx.commit();
    return summaryOf(author, courseId, id);
}

Result<course::LessonSummary> CourseAuthoring::editLesson(const AuthUser &author, qint64 lessonId,
                                                          const LessonInput &input)
{
    const Result<qint64> courseId = editableLesson(author, lessonId);
    if (!courseId.ok()) {
        return courseId.error();
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    CourseEditRepository(db).updateLesson(lessonId, input);
    audit(db, author, u"edit-lesson"_s, u"course %1"_s.arg(courseId.value()),
          u"%1 lesson \u201c%2\u201d"_s.arg(course::lessonKindCode(input.kind), input.title));
    tx.commit();
    return summaryOf(author, courseId.value(), lessonId);
}

Result<Done> CourseAuthoring::deleteLesson(const AuthUser &author, qint64 lessonId)
{
    const Result<qint64> courseId = editableLesson(author, lessonId);
    if (!courseId.ok()) {
        return courseId.error();
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    const QString title = CourseRepository(db).lesson(lessonId)->lesson.title;
    CourseEditRepository(db).deleteLesson(lessonId);
    audit(db, author, u"delete-lesson"_s, u"course %1"_s.arg(courseId.value()), title);
    tx.commit();
    return Done{};
}

Result<course::Course> CourseAuthoring::reorder(const AuthUser &author, qint64 courseId, const CourseOrder &order)
{
    return editCourse(author, courseId, [&](QSqlDatabase &db, CourseEditRepository &edits) -> std::optional<ApiError> {
        // The new order must be a permutation of what is there: nothing added, lost or named twice.
        QSet<qint64> sections;
        QSet<qint64> lessons;
        for (const CourseOrder::SectionOrder &s : edits.order(courseId)) {
            sections.insert(s.id);
            for (qint64 l : s.lessons) {
                lessons.insert(l);
            }
        }
        QSet<qint64> seenSections;
        QSet<qint64> seenLessons;
        qsizetype lessonCount = 0;
        for (const CourseOrder::SectionOrder &s : order.sections) {
            seenSections.insert(s.id);
            for (qint64 l : s.lessons) {
                seenLessons.insert(l);
                ++lessonCount;
            }
        }
        if (seenSections != sections || seenSections.size() != order.sections.size() || seenLessons != lessons ||
            seenLessons.size() != lessonCount) {
            return ApiError::badRequest(errors::InvalidField,
                                        u"'sections' must list every section of the course once, each with its "
                                        "lessons, every lesson once."_s);
        }
        edits.applyOrder(order);
        audit(db, author, u"reorder-course"_s, u"course %1"_s.arg(courseId));
        return std::nullopt;
    });
}

} // namespace guild::server
