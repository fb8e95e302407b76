#include "homeworkroutes.h"

#include "domain/homeworkservice.h"
#include "http/handle.h"
#include "protocol/endpoints/courses.h"

namespace guild::server {

using namespace protocol;
using namespace protocol::course;

HomeworkRoutes::HomeworkRoutes(HomeworkService &homework)
    : m_homework(homework)
{}

void HomeworkRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::MyHomework, [this](const Call &call) { return m_homework.mine(call.user(), call.id); });
    handle(server, endpoints::SubmitHomework, [this](const Call &call, const HomeworkRequest &r) {
        return m_homework.submit(call.user(), call.id, r.body);
    });
    handle(server, endpoints::HomeworkToReview, [this](const Call &call) { return m_homework.queue(call.user()); });
    handle(server, endpoints::ReviewHomework, [this](const Call &call, const HomeworkReview &r) {
        return m_homework.review(call.user(), call.id, r.pass ? HomeworkStatus::Passed : HomeworkStatus::Revise,
                                 r.comment);
    });
    handle(server, endpoints::MyNotifications,
           [this](const Call &call) { return Result<QList<Notification>>(m_homework.notifications(call.user())); });
    handle(server, endpoints::MarkNotificationsRead, [this](const Call &call, const MarkReadRequest &r) {
        m_homework.markRead(call.user(), r.ids);
        return Result<Done>(Done{});
    });
}

} // namespace guild::server
