#include "courseauthoringroutes.h"

#include "domain/courseauthoring.h"
#include "domain/videouploads.h"
#include "http/handle.h"
#include "protocol/endpoints/authoring.h"
#include "protocol/errorcodes.h"

namespace guild::server {

using namespace protocol;
using namespace Qt::StringLiterals;

CourseAuthoringRoutes::CourseAuthoringRoutes(CourseAuthoring &authoring, VideoUploads &uploads)
    : m_authoring(authoring)
    , m_uploads(uploads)
{}

void CourseAuthoringRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::CreateCourse,
           [this](const Call &call, const CourseInput &r) { return m_authoring.create(call.user(), r); });
    handle(server, endpoints::UpdateCourse,
           [this](const Call &call, const CourseInput &r) { return m_authoring.update(call.user(), call.id, r); });
    handle(server, endpoints::SetCourseCover, [this](const Call &call) -> Result<Done> {
        if (call.http.body.isEmpty()) {
            return ApiError::badRequest(errors::InvalidField, u"Send the picture's bytes."_s);
        }
        return m_authoring.setCover(call.user(), call.id, call.http.body);
    });
    handle(server, endpoints::RemoveCourseCover,
           [this](const Call &call) { return m_authoring.setCover(call.user(), call.id, QByteArray()); });
    handle(server, endpoints::CourseCover, [this](const Call &call) {
        const auto image = m_authoring.cover(call.user(), call.id);
        return image.ok() ? Reply::bytes(image.value().first, image.value().second) : Reply::error(image.error());
    });
    handle(server, endpoints::AddSection, [this](const Call &call, const SectionInput &r) {
        return m_authoring.addSection(call.user(), call.id, r.title);
    });
    handle(server, endpoints::RenameSection, [this](const Call &call, const SectionInput &r) {
        return m_authoring.renameSection(call.user(), call.id, r.title);
    });
    handle(server, endpoints::DeleteSection,
           [this](const Call &call) { return m_authoring.deleteSection(call.user(), call.id); });
    handle(server, endpoints::AddLesson,
           [this](const Call &call, const LessonInput &r) { return m_authoring.addLesson(call.user(), call.id, r); });
    handle(server, endpoints::EditLesson,
           [this](const Call &call, const LessonInput &r) { return m_authoring.editLesson(call.user(), call.id, r); });
    handle(server, endpoints::DeleteLesson,
           [this](const Call &call) { return m_authoring.deleteLesson(call.user(), call.id); });
    handle(server, endpoints::ReorderCourse,
           [this](const Call &call, const CourseOrder &r) { return m_authoring.reorder(call.user(), call.id, r); });
    handle(server, endpoints::StartUpload,
           [this](const Call &call, const UploadRequest &r) { return m_uploads.start(call.user(), call.id, r); });
    handle(server, endpoints::UploadPiece, [this](const Call &call) {
        return m_uploads.piece(call.user(), call.key, call.http.headers.value("content-range"), call.http.body);
    });
    handle(server, endpoints::GetUpload, [this](const Call &call) { return m_uploads.status(call.user(), call.key); });
}

} // namespace guild::server
