#include "domain/clock.h"
#include "domain/communityservice.h"
#include "domain/membershipservice.h"
#include "domain/paymentservice.h"
#include "domain/pointsservice.h"
#include "endpoints.h"
#include "protocol/endpoints.h"
#include "protocol/endpoints/testing.h"
#include "protocol/errorcodes.h"
#include "protocol/jsonreader.h"
#include "protocol/limits.h"
#include "protocol/types.h"
#include "replyhelpers.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;
using Method = QHttpServerRequest::Method;

namespace {

Reply readerError(const JsonReader &reader)
{
    return Reply::error(reader.error());
}

} // namespace

void registerMembershipRoutes(ApiServer &server, MembershipService &memberships, PaymentService &payments)
{
    server.route(endpoints::StartTrial, [&server, &memberships](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString tier = reader.requiredString("tier"_L1, 1, 16);
            return reader.ok() ? toReply(memberships.startTrial(user, tier), wrap<Membership>(u"membership"_s))
                               : readerError(reader);
        });
    });
    server.route(endpoints::Checkout, [&server, &payments](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            const auto encode = [](const Checkout &c) {
                return QJsonObject{{u"payment"_s, c.payment.toJson()}, {u"url"_s, c.url}};
            };
            // A course sold on its own, or a tier for a period.
            if (json.contains(u"courseId"_s)) {
                const QJsonValue course = json.value(u"courseId"_s);
                if (!isInteger(course) || course.toInteger() <= 0) {
                    return Reply::error(ApiError::badRequest(errors::InvalidField, u"'courseId' is a course id."_s));
                }
                return toReply(payments.checkoutCourse(user, course.toInteger()), encode, 201);
            }
            JsonReader reader(json);
            const QString tier = reader.requiredString("tier"_L1, 1, 16);
            const QString period = reader.requiredString("period"_L1, 1, 16);
            const QString coupon = reader.optionalString("coupon"_L1, 64).value_or(QString());
            if (!reader.ok()) {
                return readerError(reader);
            }
            return toReply(payments.checkout(user, tier, period, coupon), encode, 201);
        });
    });
    // The provider's side: no bearer token; the signature is the credential.
    server.route(endpoints::PaymentWebhook, [&payments](const Request &request) {
        return toReply(payments.webhook(request.body, request.headers.value("guild-signature")),
                       [](const QJsonObject &o) { return o; });
    });
    server.routeWithKey(endpoints::DemoCheckout, [&payments](const QString &session, const Request &) {
        const Result<Payment> paid = payments.completeDemo(session);
        if (!paid.ok()) {
            return Reply::error(paid.error());
        }
        Reply page;
        page.contentType = "text/html; charset=utf-8";
        page.body = "<!doctype html><meta charset=utf-8><title>Guild</title>"
                    "<p>Payment complete (demo provider). You can return to Guild.</p>";
        return page;
    });
    server.route(endpoints::MyPayments, [&server, &payments](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return Reply::json(listJson(u"payments"_s, payments.history(user.id)));
        });
    });
    server.route(endpoints::Redeem, [&server, &payments](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString code = reader.requiredString("code"_L1, 1, 64);
            return reader.ok()
                       ? toReply(payments.redeem(user, code, request.clientAddress), wrap<Membership>(u"membership"_s))
                       : readerError(reader);
        });
    });
    server.route(endpoints::CreateCode, [&server, &payments](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString kind = reader.requiredString("kind"_L1, 1, 16);
            const QString tier = reader.requiredString("tier"_L1, 1, 16);
            const auto amount = reader.optionalInteger("amount"_L1, 1, 100000);
            const auto uses = reader.optionalInteger("maxUses"_L1, 1, 100000);
            const auto expires = reader.optionalString("expiresAt"_L1, 40);
            if (!reader.ok() || !amount) {
                return reader.ok()
                           ? Reply::error(ApiError::badRequest(errors::InvalidField, u"'amount' is required."_s))
                           : readerError(reader);
            }
            const QDateTime expiresAt = expires ? fromIsoUtc(*expires) : QDateTime();
            if (expires && !expiresAt.isValid()) {
                return Reply::error(ApiError::badRequest(errors::InvalidField, u"'expiresAt' is an ISO time."_s));
            }
            return toReply(
                payments.createCode(user, kind, tier, static_cast<int>(*amount), static_cast<int>(uses.value_or(1)),
                                    expiresAt),
                [](const QString &code) {
                    return QJsonObject{{u"code"_s, code}};
                },
                201);
        });
    });
    server.route(endpoints::ListMembers, [&server, &memberships](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            const auto limit = request.intParam(u"limit"_s, 50, 1, 500);
            if (!limit || request.param(u"q"_s).size() > 64) {
                return Reply::error(ApiError::badRequest(errors::InvalidField, u"'limit' is 1 to 500, 'q' short."_s));
            }
            return toReply(memberships.members(user, request.param(u"q"_s), *limit),
                           [](const QList<MemberSummary> &list) { return listJson(u"members"_s, list); });
        });
    });
    server.route(endpoints::ExportMembers, [&server, &memberships](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            const Result<QByteArray> csv = memberships.membersCsv(user);
            if (!csv.ok()) {
                return Reply::error(csv.error());
            }
            Reply reply;
            reply.contentType = "text/csv; charset=utf-8";
            reply.body = csv.value();
            reply.headers.emplaceBack(QByteArray("Content-Disposition"),
                                      QByteArray("attachment; filename=\"members.csv\""));
            return reply;
        });
    });
    server.routeWithId(endpoints::SetMemberTier, [&server, &memberships](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString tier = reader.requiredString("tier"_L1, 1, 16);
            const auto days = reader.optionalInteger("days"_L1, 0, 100000);
            return reader.ok() ? toReply(memberships.grant(user, id, tier, static_cast<int>(days.value_or(0))),
                                         wrap<Membership>(u"membership"_s))
                               : readerError(reader);
        });
    });
    server.routeWithId(endpoints::MemberPayments, [&server, &payments](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            if (!user.isAdmin()) {
                return Reply::error(ApiError::forbidden(errors::Forbidden, u"Only admins see payments."_s));
            }
            return Reply::json(listJson(u"payments"_s, payments.history(id)));
        });
    });
}

void registerEngagementRoutes(ApiServer &server, PointsService &points, CommunityService &community)
{
    server.route(endpoints::MyStanding, [&server, &points](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return toReply(points.standing(user), wrap<Standing>(u"standing"_s));
        });
    });
    server.route(endpoints::MyPoints, [&server, &points](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return Reply::json(listJson(u"ledger"_s, points.ledger(user, 200)));
        });
    });
    server.route(endpoints::CheckIn, [&server, &points](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString note = reader.optionalString("note"_L1, 280).value_or(QString());
            return reader.ok() ? toReply(points.checkIn(user, note), wrap<Standing>(u"standing"_s), 201)
                               : readerError(reader);
        });
    });
    server.route(endpoints::MyCheckins, [&server, &points](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return toReply(points.checkins(user, request.param(u"month"_s)), [](const QStringList &days) {
                return QJsonObject{{u"days"_s, QJsonArray::fromStringList(days)}};
            });
        });
    });
    server.route(endpoints::SetTimezone, [&server, &points](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString zone = reader.requiredString("timezone"_L1, 1, 64);
            return reader.ok() ? toReply(points.setTimezone(user, zone),
                                         [](const QString &z) {
                                             return QJsonObject{{u"timezone"_s, z}};
                                         })
                               : readerError(reader);
        });
    });
    server.route(endpoints::Leaderboard, [&server, &points](const Request &request) {
        return withUser(server, request, [&](const AuthUser &) {
            return toReply(
                points.leaderboard(request.param(u"period"_s).isEmpty() ? u"week"_s : request.param(u"period"_s)),
                [](const QList<LeaderboardEntry> &list) { return listJson(u"leaders"_s, list); });
        });
    });

    server.route(endpoints::ListQuestions, [&server, &community](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return Reply::json(listJson(u"questions"_s, community.questions(user, 100)));
        });
    });
    server.route(endpoints::AskQuestion, [&server, &community](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString title = reader.requiredString("title"_L1, 1, limits::TitleMax);
            const QString body = reader.requiredString("body"_L1, 1, 32 * 1024);
            const QString expert = reader.optionalString("expert"_L1, limits::UsernameMax).value_or(QString());
            const auto bounty = reader.optionalInteger("bounty"_L1, 0, 10000);
            const auto tier = reader.optionalTier("requiredTier"_L1);
            return reader.ok()
                       ? toReply(community.ask(user, title, body, expert, static_cast<int>(bounty.value_or(0)), tier),
                                 wrap<Question>(u"question"_s), 201)
                       : readerError(reader);
        });
    });
    server.routeWithId(endpoints::GetQuestion, [&server, &community](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return toReply(community.question(user, id), wrap<Question>(u"question"_s));
        });
    });
    server.routeWithId(endpoints::AnswerQuestion, [&server, &community](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString body = reader.requiredString("body"_L1, 1, 32 * 1024);
            return reader.ok() ? toReply(community.answer(user, id, body), wrap<Answer>(u"answer"_s), 201)
                               : readerError(reader);
        });
    });
    server.routeWithId(endpoints::VoteAnswer, [&server, &community](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            const QJsonValue value = json.value(u"value"_s);
            if (!isInteger(value)) {
                return Reply::error(ApiError::badRequest(errors::InvalidField, u"'value' is 1, -1 or 0."_s));
            }
            return toReply(community.vote(user, id, static_cast<int>(value.toInteger())), wrap<Answer>(u"answer"_s));
        });
    });
    server.routeWithId(endpoints::FeatureAnswer, [&server, &community](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            const QJsonValue featured = json.value(u"featured"_s);
            if (!featured.isBool()) {
                return Reply::error(ApiError::badRequest(errors::InvalidField, u"'featured' is true or false."_s));
            }
            return toReply(community.feature(user, id, featured.toBool()), wrap<Answer>(u"answer"_s));
        });
    });
    server.routeWithId(endpoints::AcceptAnswer, [&server, &community](qint64 id, const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return toReply(community.accept(user, id), wrap<Question>(u"question"_s));
        });
    });

    server.route(endpoints::ListEvents, [&server, &community](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return Reply::json(listJson(u"events"_s, community.events(user)));
        });
    });
    server.route(endpoints::CreateEvent, [&server, &community](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            Event e;
            e.title = reader.requiredString("title"_L1, 1, limits::TitleMax);
            e.description = reader.optionalString("description"_L1, 32 * 1024).value_or(QString());
            e.startsAt = fromIsoUtc(reader.requiredString("startsAt"_L1, 1, 40));
            e.timezone = reader.requiredString("timezone"_L1, 1, 64);
            e.capacity = static_cast<int>(reader.optionalInteger("capacity"_L1, 1, 100000).value_or(0));
            e.joinUrl = reader.requiredString("joinUrl"_L1, 1, 2000);
            const auto tier = reader.optionalTier("requiredTier"_L1);
            return reader.ok() ? toReply(community.createEvent(user, e, tier), wrap<Event>(u"event"_s), 201)
                               : readerError(reader);
        });
    });
    server.routeWithId(endpoints::Rsvp, [&server, &community](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            const QJsonValue going = json.value(u"going"_s);
            if (!going.isUndefined() && !going.isBool()) {
                return Reply::error(ApiError::badRequest(errors::InvalidField, u"'going' is true or false."_s));
            }
            return toReply(community.rsvp(user, id, going.toBool(true)), wrap<Event>(u"event"_s));
        });
    });

    server.route(endpoints::SendFeedback, [&server, &community](const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString kind = reader.requiredString("kind"_L1, 1, 16);
            const QString body = reader.requiredString("body"_L1, 1, 8000);
            return reader.ok() ? toReply(community.sendFeedback(user, kind, body), wrap<Feedback>(u"feedback"_s), 201)
                               : readerError(reader);
        });
    });
    server.route(endpoints::ListFeedback, [&server, &community](const Request &request) {
        return withUser(server, request, [&](const AuthUser &user) {
            return toReply(community.feedback(user),
                           [](const QList<Feedback> &list) { return listJson(u"feedback"_s, list); });
        });
    });
    server.routeWithId(endpoints::AnswerFeedback, [&server, &community](qint64 id, const Request &request) {
        return withUserAndJson(server, request, [&](const AuthUser &user, const QJsonObject &json) {
            JsonReader reader(json);
            const QString answer = reader.requiredString("answer"_L1, 1, 8000);
            return reader.ok() ? toReply(community.answerFeedback(user, id, answer), wrap<Feedback>(u"feedback"_s))
                               : readerError(reader);
        });
    });
}

void registerTestClockRoute(ApiServer &server, std::function<void()> moved)
{
    server.route(endpoints::TestClock, [moved = std::move(moved)](const Request &request) {
        protocol::ApiError error;
        const auto json = request.jsonBody(&error);
        if (!json || !isInteger(json->value(u"nowMs"_s))) {
            return Reply::error(ApiError::badRequest(errors::InvalidField, u"'nowMs' is a time in milliseconds."_s));
        }
        setClockOffset(json->value(u"nowMs"_s).toInteger() - QDateTime::currentMSecsSinceEpoch());
        moved();
        return Reply::json(QJsonObject{{u"nowMs"_s, nowMs()}});
    });
}

} // namespace guild::server
