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
    guild::fuzz::roundTrip<analytics::Weights>(*object);
    guild::fuzz::roundTrip<analytics::PeriodFigures>(*object);
    guild::fuzz::roundTrip<analytics::Report>(*object);
    guild::fuzz::roundTrip<chat::Channel>(*object);
    guild::fuzz::roundTrip<chat::Message>(*object);
    guild::fuzz::roundTrip<chat::NotifyPref>(*object);
    guild::fuzz::roundTrip<course::LessonProgress>(*object);
    guild::fuzz::roundTrip<course::LessonSummary>(*object);
    guild::fuzz::roundTrip<course::Section>(*object);
    guild::fuzz::roundTrip<course::Course>(*object);
    guild::fuzz::roundTrip<course::QuizQuestion>(*object);
    guild::fuzz::roundTrip<course::Lesson>(*object);
    guild::fuzz::roundTrip<course::QuizResult>(*object);
    guild::fuzz::roundTrip<course::Homework>(*object);
    guild::fuzz::roundTrip<course::Certificate>(*object);
    guild::fuzz::roundTrip<course::Notification>(*object);
    guild::fuzz::roundTrip<engagement::Payment>(*object);
    guild::fuzz::roundTrip<engagement::PointsEntry>(*object);
    guild::fuzz::roundTrip<engagement::Standing>(*object);
    guild::fuzz::roundTrip<engagement::LeaderboardEntry>(*object);
    guild::fuzz::roundTrip<engagement::Answer>(*object);
    guild::fuzz::roundTrip<engagement::Question>(*object);
    guild::fuzz::roundTrip<engagement::Event>(*object);
    guild::fuzz::roundTrip<engagement::Feedback>(*object);
    guild::fuzz::roundTrip<User>(*object);
    guild::fuzz::roundTrip<Membership>(*object);
    guild::fuzz::roundTrip<TierInfo>(*object);
    guild::fuzz::roundTrip<Article>(*object);
    guild::fuzz::roundTrip<Poll>(*object);
    guild::fuzz::roundTrip<Comment>(*object);
    guild::fuzz::roundTrip<AuthTokens>(*object);
    return 0;
}
