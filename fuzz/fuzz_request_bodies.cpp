// Every request body the server decodes, on whatever JSON object the bytes make: nothing crashes, and a
// request that decodes is one the client's own encoder reproduces and protocol::check() accepts, so
// the client never builds a request the server's rules would refuse once it has been accepted. The
// answers' envelope types round-trip the same way.
#include "fuzzinput.h"
#include "protocol/endpoints.h"
#include "protocol/endpoints/testing.h"
#include "protocol/jsonreader.h"

using namespace guild::protocol;

namespace {

template <typename T>
void request(const QJsonObject &object)
{
    ApiError error;
    const std::optional<T> first = T::fromJson(object, &error);
    if (!first) {
        GUILD_FUZZ_CHECK(error.status == 400 && !error.code.isEmpty() && !error.message.isEmpty());
        return;
    }
    GUILD_FUZZ_CHECK(!check(*first).has_value());
    const QJsonObject encoded = first->toJson();
    const std::optional<T> second = T::fromJson(encoded, &error);
    GUILD_FUZZ_CHECK(second.has_value());
    GUILD_FUZZ_CHECK(second->toJson() == encoded);
}

/// The request and response types of every JSON route, each tried on the object.
template <typename... E>
void everyEndpoint(const QJsonObject &object, const E &...)
{
    (
        [&object] {
            using Req = typename E::Request;
            using Resp = typename E::Response;
            if constexpr (BodyRequest<Req>) {
                request<Req>(object);
            }
            if constexpr (JsonResponse<Resp>) {
                guild::fuzz::roundTrip<Resp>(object);
            }
        }(),
        ...);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApiError error;
    const std::optional<QJsonObject> object = JsonReader::parseObject(guild::fuzz::bytes(data, size), &error);
    if (!object) {
        return 0;
    }
    namespace e = endpoints;
    everyEndpoint(*object, e::Health, e::Register, e::Login, e::Refresh, e::Logout, e::Me, e::MyMembership,
                  e::ListTiers, e::ListArticles, e::CreateArticle, e::GetArticle, e::EditArticle, e::ListComments,
                  e::AddComment, e::GetPoll, e::VotePoll, e::MyScheduledArticles, e::Sync, e::ListChannels,
                  e::ChannelHistory, e::GetThread, e::PromoteToArticle, e::PromoteToQuestion, e::ListCourses,
                  e::GetCourse, e::SaveProgress, e::GrantCourse, e::GetLesson, e::AnswerQuiz, e::VideoLink,
                  e::MyHomework, e::SubmitHomework, e::ReviewHomework, e::MyNotifications, e::MarkNotificationsRead,
                  e::VerifyCertificate, e::StartTrial, e::Checkout, e::MyPayments, e::Redeem, e::CreateCode,
                  e::ListMembers, e::SetMemberTier, e::MyStanding, e::MyPoints, e::CheckIn, e::MyCheckins,
                  e::SetTimezone, e::Leaderboard, e::ListQuestions, e::AskQuestion, e::AnswerQuestion, e::VoteAnswer,
                  e::FeatureAnswer, e::ListEvents, e::CreateEvent, e::Rsvp, e::SendFeedback, e::ListFeedback,
                  e::AnswerFeedback, e::ReportUsage, e::AnalyticsReport, e::WeightHistory, e::SetWeights, e::MyActivity,
                  e::TestClock);
    return 0;
}
