// Every decoder of a wire value in protocol/, on whatever JSON object the bytes make: nothing crashes,
// and a value that decodes encodes to JSON that decodes to the same value again.
#include "fuzzinput.h"
#include "protocol/analytics.h"
#include "protocol/apierror.h"
#include "protocol/chat.h"
#include "protocol/course.h"
#include "protocol/engagement.h"
#include "protocol/jsonreader.h"
#include "protocol/types.h"

using namespace guild::protocol;

namespace {

template <typename T>
void roundTrip(const QJsonObject &object)
{
    const std::optional<T> first = T::fromJson(object);
    if (!first) {
        return;
    }
    const QJsonObject encoded = first->toJson();
    const std::optional<T> second = T::fromJson(encoded);
    GUILD_FUZZ_CHECK(second.has_value());
    GUILD_FUZZ_CHECK(second->toJson() == encoded);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = guild::fuzz::bytes(data, size);
    (void)ApiError::fromResponse(400, input);
    ApiError error;
    const std::optional<QJsonObject> object = JsonReader::parseObject(input, &error);
    if (!object) {
        GUILD_FUZZ_CHECK(!error.code.isEmpty());
        return 0;
    }
    JsonReader reader(*object);
    (void)reader.optionalString(QLatin1StringView("title"), 200);
    (void)reader.optionalInteger(QLatin1StringView("limit"), 1, 100);
    (void)reader.optionalStringList(QLatin1StringView("tags"), 10, 32);
    (void)reader.optionalTier(QLatin1StringView("requiredTier"));

    QString why;
    if (const auto event = analytics::UsageEvent::fromJson(*object, &why)) {
        GUILD_FUZZ_CHECK(event->seconds >= 0 && event->seconds <= 3600);
    }
    roundTrip<analytics::Weights>(*object);
    roundTrip<analytics::PeriodFigures>(*object);
    roundTrip<analytics::Report>(*object);
    roundTrip<chat::Channel>(*object);
    roundTrip<chat::Message>(*object);
    roundTrip<chat::NotifyPref>(*object);
    roundTrip<course::LessonProgress>(*object);
    roundTrip<course::LessonSummary>(*object);
    roundTrip<course::Section>(*object);
    roundTrip<course::Course>(*object);
    roundTrip<course::QuizQuestion>(*object);
    roundTrip<course::Lesson>(*object);
    roundTrip<course::QuizResult>(*object);
    roundTrip<course::Homework>(*object);
    roundTrip<course::Certificate>(*object);
    roundTrip<course::Notification>(*object);
    roundTrip<engagement::Payment>(*object);
    roundTrip<engagement::PointsEntry>(*object);
    roundTrip<engagement::Standing>(*object);
    roundTrip<engagement::LeaderboardEntry>(*object);
    roundTrip<engagement::Answer>(*object);
    roundTrip<engagement::Question>(*object);
    roundTrip<engagement::Event>(*object);
    roundTrip<engagement::Feedback>(*object);
    roundTrip<User>(*object);
    roundTrip<Membership>(*object);
    roundTrip<TierInfo>(*object);
    roundTrip<Article>(*object);
    roundTrip<Poll>(*object);
    roundTrip<Comment>(*object);
    roundTrip<AuthTokens>(*object);
    return 0;
}
