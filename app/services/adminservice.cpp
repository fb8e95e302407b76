#include "adminservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

AdminService::AdminService(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void AdminService::searchMembers(const QString &text)
{
    m_lastSearch = text.trimmed().left(64);
    QUrlQuery query;
    query.addQueryItem(u"q"_s, m_lastSearch);
    query.addQueryItem(u"limit"_s, u"200"_s);
    m_api.get(protocol::endpoints::ListMembers.url() + u"?"_s + query.toString(QUrl::FullyEncoded), this,
              [this](const ApiResponse &r) {
                  if (!r.ok) {
                      Q_EMIT notice(r.message, false);
                      return;
                  }
                  QList<MemberRow> rows;
                  for (const QJsonValue &v : r.json.value(u"members"_s).toArray()) {
                      const QJsonObject o = v.toObject();
                      MemberRow m;
                      m.id = o.value(u"id"_s).toInteger();
                      m.username = o.value(u"username"_s).toString();
                      m.displayName = o.value(u"displayName"_s).toString();
                      m.role = o.value(u"role"_s).toString();
                      m.membership = Membership::fromJson(o.value(u"membership"_s).toObject()).value_or(Membership{});
                      m.points = o.value(u"points"_s).toInteger();
                      rows.append(m);
                  }
                  Q_EMIT membersLoaded(rows);
              });
}

void AdminService::setTier(qint64 memberId, Tier tier, int days)
{
    m_api.post(protocol::endpoints::SetMemberTier.url(memberId), {{u"tier"_s, tierCode(tier)}, {u"days"_s, days}}, this,
               [this](const ApiResponse &r) {
                   Q_EMIT notice(r.ok ? tr("Membership changed.") : r.message, r.ok);
                   if (r.ok) {
                       searchMembers(m_lastSearch);
                   }
               });
}

void AdminService::exportCsv()
{
    m_api.get(protocol::endpoints::ExportMembers.url(), this, [this](const ApiResponse &r) {
        if (!r.ok) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT csvReady(r.body);
    });
}

void AdminService::loadFeedback()
{
    m_api.get(protocol::endpoints::ListFeedback.url(), this, [this](const ApiResponse &r) {
        if (!r.ok) {
            Q_EMIT notice(r.message, false);
            return;
        }
        QList<engagement::Feedback> list;
        for (const QJsonValue &v : r.json.value(u"feedback"_s).toArray()) {
            if (const auto f = engagement::Feedback::fromJson(v.toObject())) {
                list.append(*f);
            }
        }
        Q_EMIT feedbackLoaded(list);
    });
}

void AdminService::answerFeedback(qint64 id, const QString &answer)
{
    m_api.post(protocol::endpoints::AnswerFeedback.url(id), {{u"answer"_s, answer}}, this,
               [this](const ApiResponse &r) {
                   Q_EMIT notice(r.ok ? tr("Answer sent; the member is notified.") : r.message, r.ok);
                   if (r.ok) {
                       loadFeedback();
                   }
               });
}

void AdminService::loadHomework()
{
    m_api.get(protocol::endpoints::HomeworkToReview.url(), this, [this](const ApiResponse &r) {
        if (!r.ok) {
            Q_EMIT notice(r.message, false);
            return;
        }
        QList<course::Homework> list;
        for (const QJsonValue &v : r.json.value(u"homework"_s).toArray()) {
            if (const auto h = course::Homework::fromJson(v.toObject())) {
                list.append(*h);
            }
        }
        Q_EMIT homeworkLoaded(list);
    });
}

void AdminService::reviewHomework(qint64 id, bool pass, const QString &comment)
{
    m_api.post(protocol::endpoints::ReviewHomework.url(id),
               {{u"verdict"_s, pass ? u"pass"_s : u"revise"_s}, {u"comment"_s, comment}}, this,
               [this](const ApiResponse &r) {
                   Q_EMIT notice(r.ok ? tr("Review sent; the member is notified.") : r.message, r.ok);
                   if (r.ok) {
                       loadHomework();
                   }
               });
}

} // namespace guild::app
