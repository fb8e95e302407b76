#include "communityservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol::engagement;

CommunityService::CommunityService(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void CommunityService::loadQuestions()
{
    m_api.get(protocol::endpoints::ListQuestions.url(), this, [this](const ApiResponse &r) {
        if (!r.ok) {
            Q_EMIT notice(r.message, false);
            return;
        }
        QList<Question> list;
        for (const QJsonValue &v : r.json.value(u"questions"_s).toArray()) {
            if (const auto q = Question::fromJson(v.toObject())) {
                list.append(*q);
            }
        }
        Q_EMIT questionsLoaded(list);
    });
}

void CommunityService::openQuestion(qint64 id)
{
    m_api.get(protocol::endpoints::GetQuestion.url(id), this, [this](const ApiResponse &r) {
        if (const auto q = r.ok ? Question::fromJson(r.json.value(u"question"_s).toObject()) : std::nullopt) {
            Q_EMIT questionOpened(*q);
        } else {
            Q_EMIT notice(r.message, false);
        }
    });
}

void CommunityService::ask(const QString &title, const QString &body, const QString &expert, int bounty)
{
    QJsonObject json{{u"title"_s, title.trimmed()}, {u"body"_s, body}, {u"bounty"_s, bounty}};
    if (!expert.trimmed().isEmpty()) {
        json.insert(u"expert"_s, expert.trimmed());
    }
    m_api.post(protocol::endpoints::AskQuestion.url(), json, this, [this](const ApiResponse &r) {
        const auto q = r.ok ? Question::fromJson(r.json.value(u"question"_s).toObject()) : std::nullopt;
        if (!q) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT notice(q->bounty > 0 ? tr("Question posted; %n point(s) held as its bounty.", nullptr, q->bounty)
                                    : tr("Question posted."),
                      true);
        loadQuestions();
        Q_EMIT questionOpened(*q);
    });
}

void CommunityService::answer(qint64 questionId, const QString &body)
{
    m_api.post(protocol::endpoints::AnswerQuestion.url(questionId), {{u"body"_s, body}}, this,
               [this, questionId](const ApiResponse &r) {
                   if (!r.ok) {
                       Q_EMIT notice(r.message, false);
                       return;
                   }
                   Q_EMIT notice(tr("Answer posted."), true);
                   Q_EMIT answered(questionId);
                   openQuestion(questionId);
                   loadQuestions(); // its answer count
               });
}

void CommunityService::vote(qint64 questionId, qint64 answerId, int value)
{
    m_api.post(protocol::endpoints::VoteAnswer.url(answerId), {{u"value"_s, value}}, this,
               [this, questionId](const ApiResponse &r) {
                   if (!r.ok) {
                       Q_EMIT notice(r.message, false);
                       return;
                   }
                   openQuestion(questionId);
               });
}

void CommunityService::accept(qint64 answerId)
{
    m_api.post(protocol::endpoints::AcceptAnswer.url(answerId), {}, this, [this](const ApiResponse &r) {
        const auto q = r.ok ? Question::fromJson(r.json.value(u"question"_s).toObject()) : std::nullopt;
        if (!q) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT notice(tr("Answer accepted."), true);
        Q_EMIT questionOpened(*q);
        loadQuestions();
    });
}

void CommunityService::loadEvents()
{
    m_api.get(protocol::endpoints::ListEvents.url(), this, [this](const ApiResponse &r) {
        if (!r.ok) {
            Q_EMIT notice(r.message, false);
            return;
        }
        QList<Event> list;
        for (const QJsonValue &v : r.json.value(u"events"_s).toArray()) {
            if (const auto e = Event::fromJson(v.toObject())) {
                list.append(*e);
            }
        }
        scheduleReminders(list);
        Q_EMIT eventsLoaded(list);
    });
}

void CommunityService::scheduleReminders(const QList<Event> &events)
{
    constexpr qint64 LeadMs = 15 * 60 * 1000;
    constexpr qint64 HorizonMs = 24LL * 3600 * 1000; // further out, the next refresh schedules it
    m_reminders.clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Event &e : events) {
        const qint64 startsIn = e.startsAt.toMSecsSinceEpoch() - now;
        // A locked event (the tier lapsed after the RSVP) has no join link to remind of.
        if (!e.going || e.locked || m_reminded.contains(e.id) || startsIn <= 0 || startsIn > HorizonMs) {
            continue;
        }
        auto timer = std::make_unique<QTimer>();
        timer->setSingleShot(true);
        connect(timer.get(), &QTimer::timeout, this, [this, e] {
            if (!m_reminded.contains(e.id)) {
                m_reminded.insert(e.id);
                Q_EMIT eventStartingSoon(e);
            }
        });
        timer->start(static_cast<int>(qMax<qint64>(0, startsIn - LeadMs)));
        m_reminders.push_back(std::move(timer));
    }
}

void CommunityService::rsvp(qint64 eventId, bool going)
{
    m_api.post(protocol::endpoints::Rsvp.url(eventId), {{u"going"_s, going}}, this,
               [this, going](const ApiResponse &r) {
                   if (!r.ok) {
                       Q_EMIT notice(r.message, false);
                       return;
                   }
                   Q_EMIT notice(going ? tr("You are going. See you there!") : tr("Your seat is given back."), true);
                   loadEvents();
               });
}

void CommunityService::sendFeedback(const QString &kind, const QString &body)
{
    m_api.post(protocol::endpoints::SendFeedback.url(), {{u"kind"_s, kind}, {u"body"_s, body}}, this,
               [this](const ApiResponse &r) {
                   Q_EMIT notice(r.ok ? tr("Thank you: the admins will read it and answer you.") : r.message, r.ok);
               });
}

void CommunityService::promoteThread(qint64 messageId, const QString &title)
{
    m_api.post(protocol::endpoints::PromoteToQuestion.url(messageId), {{u"title"_s, title.trimmed()}}, this,
               [this](const ApiResponse &r) {
                   const auto q = r.ok ? Question::fromJson(r.json.value(u"question"_s).toObject()) : std::nullopt;
                   if (!q) {
                       Q_EMIT notice(r.message, false);
                       return;
                   }
                   Q_EMIT notice(tr("The thread is now a question in Q&A."), true);
                   loadQuestions();
                   Q_EMIT questionOpened(*q);
               });
}

} // namespace guild::app
