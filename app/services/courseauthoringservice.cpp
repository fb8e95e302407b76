#include "courseauthoringservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/pictures.h"

namespace guild::app {

using namespace protocol;

CourseAuthoringService::CourseAuthoringService(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void CourseAuthoringService::loadCourses()
{
    m_api.call(endpoints::ListCourses, {}, this, [this](const ApiResult<CourseList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        QList<course::Course> mine = r->items;
        mine.removeIf([](const course::Course &c) { return !c.editable; });
        Q_EMIT coursesLoaded(mine);
    });
}

void CourseAuthoringService::loadCourse(qint64 courseId)
{
    m_api.call(endpoints::GetCourse, courseId, {}, this, [this](const ApiResult<CourseReply> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT courseLoaded(r->value);
    });
}

void CourseAuthoringService::loadLesson(qint64 lessonId)
{
    m_api.call(endpoints::GetLesson, lessonId, {}, this, [this](const ApiResult<LessonReply> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT lessonLoaded(r->value);
    });
}

void CourseAuthoringService::changed(qint64 courseId, bool ok, const QString &done, const QString &error)
{
    Q_EMIT notice(ok ? done : error, ok);
    if (courseId > 0) {
        loadCourse(courseId);
    }
    loadCourses();
}

void CourseAuthoringService::createCourse(const CourseInput &input)
{
    m_api.call(endpoints::CreateCourse, input, this, [this](const ApiResult<CourseReply> &r) {
        changed(r.ok() ? r->value.id : 0, r.ok(), tr("Course started, as a draft only you and admins see."), r.message);
    });
}

void CourseAuthoringService::updateCourse(qint64 courseId, const CourseInput &input)
{
    m_api.call(endpoints::UpdateCourse, courseId, input, this,
               [this, courseId, input](const ApiResult<CourseReply> &r) {
                   changed(courseId, r.ok(), input.published ? tr("Course saved; members see it.") : tr("Draft saved."),
                           r.message);
               });
}

void CourseAuthoringService::setCover(qint64 courseId, const QByteArray &image)
{
    const auto done = [this, courseId, image](const ApiResult<NoContent> &r) {
        if (r.ok()) {
            Q_EMIT coverChanged(courseId, image);
        }
        changed(courseId, r.ok(), image.isEmpty() ? tr("Cover picture removed.") : tr("Cover picture saved."),
                r.explain(tr("You are offline: the cover can be changed once you are back.")));
    };
    if (image.isEmpty()) {
        m_api.call(endpoints::RemoveCourseCover, courseId, {}, this, done);
        return;
    }
    m_api.sendBytes(endpoints::SetCourseCover, courseId, image, protocol::pictureType(image), this, done);
}

void CourseAuthoringService::addSection(qint64 courseId, const QString &title)
{
    m_api.call(endpoints::AddSection, courseId, SectionInput{title}, this,
               [this, courseId](const ApiResult<CourseReply> &r) {
                   changed(courseId, r.ok(), tr("Section added."), r.message);
               });
}

void CourseAuthoringService::renameSection(qint64 courseId, qint64 sectionId, const QString &title)
{
    m_api.call(endpoints::RenameSection, sectionId, SectionInput{title}, this,
               [this, courseId](const ApiResult<CourseReply> &r) {
                   changed(courseId, r.ok(), tr("Section renamed."), r.message);
               });
}

void CourseAuthoringService::deleteSection(qint64 courseId, qint64 sectionId)
{
    m_api.call(endpoints::DeleteSection, sectionId, {}, this, [this, courseId](const ApiResult<NoContent> &r) {
        changed(courseId, r.ok(), tr("Section deleted."), r.message);
    });
}

void CourseAuthoringService::addLesson(qint64 courseId, const LessonInput &input)
{
    m_api.call(endpoints::AddLesson, courseId, input, this, [this, courseId](const ApiResult<LessonSummaryReply> &r) {
        changed(courseId, r.ok(), tr("Lesson added."), r.message);
        if (r.ok()) {
            Q_EMIT lessonAdded(courseId, r->value.id);
        }
    });
}

void CourseAuthoringService::editLesson(qint64 courseId, qint64 lessonId, const LessonInput &input)
{
    m_api.call(endpoints::EditLesson, lessonId, input, this, [this, courseId](const ApiResult<LessonSummaryReply> &r) {
        changed(courseId, r.ok(), tr("Lesson saved."), r.message);
    });
}

void CourseAuthoringService::deleteLesson(qint64 courseId, qint64 lessonId)
{
    m_api.call(endpoints::DeleteLesson, lessonId, {}, this, [this, courseId](const ApiResult<NoContent> &r) {
        changed(courseId, r.ok(), tr("Lesson deleted."), r.message);
    });
}

void CourseAuthoringService::reorder(qint64 courseId, const CourseOrder &order)
{
    m_api.call(endpoints::ReorderCourse, courseId, order, this, [this, courseId](const ApiResult<CourseReply> &r) {
        // A refused order is put back as the server has it.
        changed(courseId, r.ok(), tr("New order saved."), r.message);
    });
}

} // namespace guild::app
