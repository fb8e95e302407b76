// Every query a GET route decodes, on whatever query string the bytes make: nothing crashes, numbers
// stay in their ranges, and a query that decodes is one the client's own encoder reproduces (with
// '%', '&', '+' and '#' inside values arriving as themselves).
#include "fuzzinput.h"
#include "protocol/endpoints.h"

using namespace guild::protocol;

namespace {

template <typename T>
std::optional<T> query(const QUrlQuery &q)
{
    ApiError error;
    const std::optional<T> first = T::fromQuery(q, &error);
    if (!first) {
        GUILD_FUZZ_CHECK(error.status == 400 && !error.code.isEmpty());
        return first;
    }
    // What the client sends goes through a URL: encode it the way ApiClient does, then read it back.
    const QUrlQuery sent(first->toQuery().toString(QUrl::FullyEncoded));
    const std::optional<T> second = T::fromQuery(sent, &error);
    GUILD_FUZZ_CHECK(second.has_value());
    GUILD_FUZZ_CHECK(second->toQuery().toString(QUrl::FullyEncoded) == sent.toString(QUrl::FullyEncoded));
    return first;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QUrlQuery q(QString::fromUtf8(guild::fuzz::bytes(data, size)));
    if (const auto feed = query<FeedRequest>(q)) {
        GUILD_FUZZ_CHECK(feed->limit >= 1 && feed->limit <= 100);
    }
    if (const auto history = query<HistoryRequest>(q)) {
        GUILD_FUZZ_CHECK(history->limit >= 1 && history->before >= 0 && history->after.value_or(0) >= 0);
    }
    (void)query<CommentsRequest>(q);
    (void)query<SyncRequest>(q);
    (void)query<MediaSignature>(q);
    (void)query<MembersRequest>(q);
    (void)query<CheckinsRequest>(q);
    (void)query<LeaderboardRequest>(q);
    (void)query<ReportRequest>(q);
    (void)query<ActivityRequest>(q);
    return 0;
}
